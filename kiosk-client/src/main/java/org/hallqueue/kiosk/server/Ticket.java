package org.hallqueue.kiosk.server;

import java.time.Instant;

/**
 * A ticket as the server issued it. {@code estimatedWait} is the range the ticket shows around
 * {@code estimatedWaitSeconds}, or null from a server that gives none.
 */
public record Ticket(
    long id,
    String number,
    String service,
    String lane,
    Instant issuedAt,
    int position,
    long estimatedWaitSeconds,
    WaitRange estimatedWait,
    String trackingUrl) {

  /** The expected wait in whole minutes, from the shortest to the longest. */
  public record WaitRange(long fromMinutes, long toMinutes) {}
}
