package org.hallqueue.server.queue;

import java.time.Duration;

/**
 * The range a ticket shows instead of one falsely precise number: from 0.6 × the estimate (whole
 * minutes, rounded down) to 1.5 × the estimate + 5 minutes (rounded up). The simulator measures the
 * share of visitors called within it; the ticket, kiosk and phone page are meant to print the same.
 */
public record EstimateRange(Duration low, Duration high) {
  private static final double LOW_FACTOR = 0.6;
  private static final double HIGH_FACTOR = 1.5;
  private static final long HIGH_MARGIN_SECONDS = 5 * 60;

  public static EstimateRange around(Duration estimate) {
    long seconds = Math.max(0, estimate.toSeconds());
    long low = (long) Math.floor(seconds * LOW_FACTOR / 60.0);
    long high = (long) Math.ceil((seconds * HIGH_FACTOR + HIGH_MARGIN_SECONDS) / 60.0);
    return new EstimateRange(Duration.ofMinutes(low), Duration.ofMinutes(high));
  }

  public boolean contains(Duration wait) {
    return wait.compareTo(low) >= 0 && wait.compareTo(high) <= 0;
  }
}
