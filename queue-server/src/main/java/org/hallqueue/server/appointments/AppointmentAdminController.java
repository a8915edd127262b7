package org.hallqueue.server.appointments;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.changes.ConfigAudit;
import org.hallqueue.server.changes.ConfigVersions;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The manager's side: the slot rules and holidays, and what the bookings came to. */
@RestController
@RequestMapping("/api/v1/admin/appointments")
class AppointmentAdminController {
  private final RuleBook rules;
  private final CatalogStore catalog;
  private final AppointmentStore store;
  private final Writes writes;
  private final ConfigVersions versions;
  private final ConfigAudit audit;
  private final OfficeDay officeDay;
  private final Clock clock;

  AppointmentAdminController(
      RuleBook rules,
      CatalogStore catalog,
      AppointmentStore store,
      Writes writes,
      ConfigVersions versions,
      ConfigAudit audit,
      OfficeDay officeDay,
      Clock clock) {
    this.rules = rules;
    this.catalog = catalog;
    this.store = store;
    this.writes = writes;
    this.versions = versions;
    this.audit = audit;
    this.officeDay = officeDay;
    this.clock = clock;
  }

  @GetMapping("/rules")
  AppointmentRules read() {
    return rules.rules();
  }

  /** Replaces the rules after every check; an invalid document changes nothing. */
  @PutMapping("/rules")
  AppointmentRules replace(@RequestBody(required = false) AppointmentRules body, Principal who) {
    if (body == null) {
      throw new InvalidInputException("body", "the appointment rules document is required");
    }
    Set<String> services =
        catalog.services().stream().map(OfficeService::code).collect(Collectors.toSet());
    Checks checks = body.check(services);
    if (!checks.problems().isEmpty()) {
      throw new InvalidInputException(checks.problems(), checks.notListed());
    }
    return writes.inTransaction(
        () -> {
          AppointmentRules before = rules.rules();
          rules.put(body);
          ConfigVersions.Stamp stamp = versions.sign("document", RuleBook.DOCUMENT, who.getName());
          audit.record(
              "appointments",
              "updated",
              null,
              who.getName(),
              stamp.version(),
              audit.diff(before, body));
          return body;
        });
  }

  /** Bookings of the office days {@code from} to {@code to} (default: today). */
  @GetMapping("/stats")
  AppointmentStats stats(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate first = day(from, "from");
    LocalDate last = to == null ? first : day(to, "to");
    if (last.isBefore(first)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    ZoneId zone = officeDay.zone();
    return AppointmentStats.of(
        store.starting(
            first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant()),
        clock.instant(),
        Duration.ofMinutes(rules.rules().checkInAfterMinutes()));
  }

  private LocalDate day(String text, String field) {
    if (text == null) {
      return officeDay.today();
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date such as 2026-03-03");
    }
  }
}
