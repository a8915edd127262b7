package org.hallqueue.server.planning;

/**
 * The office day a plan is made for. The catalog holds no opening hours yet, so a plan covers the
 * usual hall day: doors open at 09:00 for eight hours; hour {@code i} of a scenario is the clock
 * hour {@code 9 + i}.
 */
final class OfficeHours {
  static final int OPENS_AT_HOUR = 9;
  static final int OPEN_MINUTES = 480;
  static final int HOURS = OPEN_MINUTES / 60;

  private OfficeHours() {}

  /** The scenario's hour for a clock hour, clamped into the day (early birds count in hour 0). */
  static int hourOf(int clockHour) {
    return Math.max(0, Math.min(HOURS - 1, clockHour - OPENS_AT_HOUR));
  }
}
