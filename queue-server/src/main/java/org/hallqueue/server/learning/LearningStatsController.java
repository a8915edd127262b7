package org.hallqueue.server.learning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The game's counts for the statistics page: the days up to {@code to}, per channel and all. */
@RestController
class LearningStatsController {
  private final Tallies tallies;
  private final OfficeDay officeDay;

  LearningStatsController(Tallies tallies, OfficeDay officeDay) {
    this.tallies = tallies;
    this.officeDay = officeDay;
  }

  record Report(LocalDate from, LocalDate to, Collection<Tallies.Counts> channels) {}

  @GetMapping("/api/v1/admin/learning")
  Report report(
      @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") String days) {
    LocalDate last = officeDay.today();
    if (to != null && !to.isBlank()) {
      try {
        last = LocalDate.parse(to);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            "to", "must be a date like 2026-11-23, got " + Checks.quote(to));
      }
    }
    if (!days.matches("\\d{1,3}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > 366) {
      throw new InvalidInputException("days", "must be a whole number from 1 to 366");
    }
    LocalDate first = last.minusDays(Integer.parseInt(days) - 1L);
    return new Report(first, last, tallies.between(first, last).values());
  }
}
