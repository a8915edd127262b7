package org.hallqueue.server.appointments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hallqueue.server.web.Checks;

/**
 * The office's appointment rules, one document the manager edits in the console: the slot rules per
 * service, the holidays (no slots at all), the check-in window around a slot's start, how far ahead
 * visitors may book, and how a checked-in visitor is called ({@code AHEAD}: before the walk-ins of
 * their service; {@code IN_TURN}: in the ordinary order).
 */
public record AppointmentRules(
    List<SlotRule> rules,
    List<LocalDate> holidays,
    int checkInBeforeMinutes,
    int checkInAfterMinutes,
    int bookAheadDays,
    String callRule) {

  public static final String AHEAD = "AHEAD";
  public static final String IN_TURN = "IN_TURN";

  public AppointmentRules {
    rules = rules == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rules));
    holidays =
        holidays == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(holidays));
    callRule = callRule == null ? AHEAD : callRule;
  }

  /** No slots anywhere: an office that has not set up appointments. */
  public static AppointmentRules none() {
    return new AppointmentRules(List.of(), List.of(), 15, 10, 14, AHEAD);
  }

  public boolean callsAhead() {
    return AHEAD.equals(callRule);
  }

  /** The slots of a service on a date, in time order: none on a holiday. */
  public List<SlotRule.Slot> slots(String service, LocalDate date) {
    if (holidays.contains(date)) {
      return List.of();
    }
    List<SlotRule.Slot> slots = new ArrayList<>();
    for (SlotRule rule : rules) {
      if (rule != null && service.equals(rule.service())) {
        slots.addAll(rule.slotsOn(date));
      }
    }
    slots.sort(Comparator.comparing(SlotRule.Slot::start));
    return slots;
  }

  /** The slot of a service that starts at {@code start} on {@code date}, if the rules open one. */
  public Optional<SlotRule.Slot> slot(String service, LocalDate date, LocalTime start) {
    return slots(service, date).stream().filter(s -> s.start().equals(start)).findFirst();
  }

  /** Every problem of this document, each naming its field; {@code services} are the office's. */
  public Checks check(Set<String> services) {
    Checks checks = new Checks();
    checks.require(
        checkInBeforeMinutes >= 0 && checkInBeforeMinutes <= 240,
        "checkInBeforeMinutes",
        "must be 0 to 240 minutes");
    checks.require(
        checkInAfterMinutes >= 0 && checkInAfterMinutes <= 240,
        "checkInAfterMinutes",
        "must be 0 to 240 minutes");
    checks.require(
        bookAheadDays >= 1 && bookAheadDays <= 366, "bookAheadDays", "must be 1 to 366 days");
    checks.require(
        AHEAD.equals(callRule) || IN_TURN.equals(callRule), "callRule", "must be AHEAD or IN_TURN");
    for (int i = 0; i < rules.size(); i++) {
      checkRule(rules.get(i), "rules[" + i + "]", services, checks);
    }
    checks.require(holidays.stream().noneMatch(d -> d == null), "holidays", "has an empty date");
    checks.distinct(holidays, "holidays");
    return checks;
  }

  private static void checkRule(SlotRule rule, String field, Set<String> services, Checks checks) {
    if (rule == null) {
      checks.problem(field, "is required");
      return;
    }
    if (checks.present(rule.service(), field + ".service")) {
      checks.require(
          services.contains(rule.service()),
          field + ".service",
          "is not a service of this office: " + Checks.quote(rule.service()));
    }
    checks.require(!rule.days().isEmpty(), field + ".days", "needs at least one day");
    checks.require(
        rule.days().stream().noneMatch(d -> d == null), field + ".days", "has an empty day");
    checks.distinct(new ArrayList<DayOfWeek>(rule.days()), field + ".days");
    boolean times = checks.present(rule.opens(), field + ".opens");
    times &= checks.present(rule.closes(), field + ".closes");
    if (times) {
      checks.require(
          rule.opens().isBefore(rule.closes()), field + ".closes", "must be after opens");
    }
    if (checks.require(
            rule.slotMinutes() >= 5 && rule.slotMinutes() <= 240,
            field + ".slotMinutes",
            "must be 5 to 240 minutes")
        && times
        && rule.opens().isBefore(rule.closes())) {
      checks.require(
          !rule.opens().plusMinutes(rule.slotMinutes()).isAfter(rule.closes()),
          field + ".slotMinutes",
          "is longer than the hours from opens to closes");
    }
    checks.require(
        rule.places() >= 1 && rule.places() <= 500, field + ".places", "must be 1 to 500");
    checks.require(
        rule.counterShare() >= 0 && rule.counterShare() <= 100,
        field + ".counterShare",
        "must be 0 to 100 (per cent)");
  }
}
