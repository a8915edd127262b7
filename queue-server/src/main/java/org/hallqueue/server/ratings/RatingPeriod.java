package org.hallqueue.server.ratings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.hallqueue.server.web.Checks;

/** Office days from {@code from} to {@code to}, both included; by default this month so far. */
record RatingPeriod(LocalDate from, LocalDate to) {
  static final int MAX_DAYS = 366;

  /** The period asked for ({@code from}, {@code to} as YYYY-MM-DD), or 400 naming the field. */
  static RatingPeriod of(String from, String to, LocalDate today) {
    Checks checks = new Checks();
    LocalDate end = day(to, "to", today, checks);
    LocalDate start = day(from, "from", today.withDayOfMonth(1), checks);
    checks.throwIfAny();
    if (checks.require(!start.isAfter(end), "from", "must not be after to")) {
      checks.require(
          ChronoUnit.DAYS.between(start, end) < MAX_DAYS,
          "from",
          "the period may span at most " + MAX_DAYS + " days");
    }
    checks.throwIfAny();
    return new RatingPeriod(start, end);
  }

  private static LocalDate day(String text, String field, LocalDate fallback, Checks checks) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      checks.problem(field, "must be a date YYYY-MM-DD: " + Checks.quote(text));
      return fallback;
    }
  }
}
