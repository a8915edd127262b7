package org.hallqueue.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Ticket numbers: the service letter and at least three digits (A001 … A999, then A1000), counted
 * per service per office day in the office's time zone.
 */
public final class TicketNumbers {
  private TicketNumbers() {}

  public static String format(String serviceCode, long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("ticket sequence starts at 1, got " + sequence);
    }
    return serviceCode + String.format("%03d", sequence);
  }

  public static LocalDate officeDay(Instant at, ZoneId officeZone) {
    return at.atZone(officeZone).toLocalDate();
  }
}
