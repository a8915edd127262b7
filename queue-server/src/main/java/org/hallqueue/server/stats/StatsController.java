package org.hallqueue.server.stats;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics for managers: a day or a week as JSON or CSV, and daily trends up to a year. */
@RestController
@RequestMapping("/api/v1/admin/stats")
class StatsController {
  private final Statistics statistics;
  private final DailyRollups rollups;
  private final StatsCsv csv;

  StatsController(Statistics statistics, DailyRollups rollups, StatsCsv csv) {
    this.statistics = statistics;
    this.rollups = rollups;
    this.csv = csv;
  }

  @GetMapping
  StatsReport report(
      @RequestParam(required = false) String day, @RequestParam(defaultValue = "day") String span) {
    return statistics.report(day(day, "day"), week(span));
  }

  @GetMapping(value = "/csv", produces = "text/csv")
  ResponseEntity<byte[]> reportCsv(
      @RequestParam(required = false) String day, @RequestParam(defaultValue = "day") String span) {
    StatsReport report = statistics.report(day(day, "day"), week(span));
    String name = "hallqueue-stats-" + report.from() + "-" + span + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.write(report).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/trend")
  List<DailyRollups.Day> trend(
      @RequestParam(required = false) String to, @RequestParam(defaultValue = "30") int days) {
    if (days < 1 || days > DailyRollups.MAX_DAYS) {
      throw new InvalidInputException("days", "must be between 1 and " + DailyRollups.MAX_DAYS);
    }
    LocalDate last = day(to, "to");
    return rollups.days(last.minusDays(days - 1L), last, statistics.today());
  }

  /** Statistics reach back to 2000 and forward to 2100; a date beyond is a mistake. */
  private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

  private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

  private LocalDate day(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return statistics.today();
    }
    LocalDate day;
    try {
      day = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          parameter, "must be a date like 2026-11-23, got " + Checks.quote(value));
    }
    if (day.isBefore(FIRST) || day.isAfter(LAST)) {
      throw new InvalidInputException(parameter, "must be between " + FIRST + " and " + LAST);
    }
    return day;
  }

  private static boolean week(String span) {
    return switch (span) {
      case "day" -> false;
      case "week" -> true;
      default ->
          throw new InvalidInputException("span", "must be day or week, got " + Checks.quote(span));
    };
  }
}
