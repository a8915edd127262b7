package org.hallqueue.server.ratings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The office's working days: Monday to Friday, except the holidays on its calendar, plus the
 * weekend days its calendar names as worked (调休). A follow-up of a bad rating is due a number of
 * working days after the rating.
 */
public final class WorkingDays {
  /** What a calendar day is, where it differs from the ordinary week. */
  public enum DayKind {
    HOLIDAY,
    WORKDAY
  }

  /** No office calendar has more than a year of holidays in a row; a guard against a bad list. */
  private static final int MAX_STEPS = 800;

  private final Map<LocalDate, DayKind> calendar;

  public WorkingDays(Map<LocalDate, DayKind> calendar) {
    this.calendar = Map.copyOf(calendar);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayKind kind = calendar.get(day);
    if (kind != null) {
      return kind == DayKind.WORKDAY;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** The {@code days}-th working day after {@code from} (from itself does not count). */
  public LocalDate after(LocalDate from, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    LocalDate day = from;
    int counted = 0;
    for (int step = 0; counted < days; step++) {
      if (step > MAX_STEPS) {
        throw new IllegalStateException("no working day within " + MAX_STEPS + " days of " + from);
      }
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
