package org.hallqueue.server.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The office days a report covers, from its first to its last day inclusive. */
record StatsWindow(LocalDate from, LocalDate to, ZoneId zone) {

  static StatsWindow day(LocalDate day, ZoneId zone) {
    return new StatsWindow(day, day, zone);
  }

  /** The week, Monday to Sunday, that holds {@code day}. */
  static StatsWindow week(LocalDate day, ZoneId zone) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new StatsWindow(monday, monday.plusDays(6), zone);
  }

  long startMillis() {
    return from.atStartOfDay(zone).toInstant().toEpochMilli();
  }

  long endMillis() {
    return to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
  }

  int days() {
    return (int) (to.toEpochDay() - from.toEpochDay() + 1);
  }
}
