package org.hallqueue.server.stats;

import java.util.Arrays;

/**
 * Median, 90th percentile and maximum of some durations in seconds (nearest-rank percentiles, so
 * each is a value that actually occurred). All null when there are none.
 */
public record Spread(int count, Long median, Long p90, Long max) {

  public static Spread of(long[] seconds, int n) {
    if (n == 0) {
      return new Spread(0, null, null, null);
    }
    long[] sorted = Arrays.copyOf(seconds, n);
    Arrays.sort(sorted);
    return new Spread(n, rank(sorted, 0.5), rank(sorted, 0.9), sorted[n - 1]);
  }

  private static long rank(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** A growable list of seconds, to summarise as a {@link Spread}. */
  static final class Samples {
    private long[] values = new long[16];
    private int n;

    void add(long value) {
      if (n == values.length) {
        values = Arrays.copyOf(values, n * 2);
      }
      values[n++] = value;
    }

    int size() {
      return n;
    }

    Spread spread() {
      return Spread.of(values, n);
    }
  }
}
