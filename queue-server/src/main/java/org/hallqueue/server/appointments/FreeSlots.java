package org.hallqueue.server.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.stereotype.Component;

/** The slots the rules open and the places still free in each, as read now. */
@Component
class FreeSlots {
  private final RuleBook rules;
  private final AppointmentStore store;
  private final CatalogStore catalog;
  private final OfficeDay officeDay;
  private final Clock clock;

  FreeSlots(
      RuleBook rules,
      AppointmentStore store,
      CatalogStore catalog,
      OfficeDay officeDay,
      Clock clock) {
    this.rules = rules;
    this.store = store;
    this.catalog = catalog;
    this.officeDay = officeDay;
    this.clock = clock;
  }

  /** One slot: when, how many places, how many free, and whether it can still be booked. */
  record FreeSlot(
      Instant start,
      Instant end,
      String date,
      String startTime,
      String endTime,
      int capacity,
      int free,
      boolean bookable) {}

  /** A day with slots, and the places still free that day. */
  record FreeDay(String date, int free) {}

  AppointmentRules rules() {
    return rules.rules();
  }

  String service(String code) {
    if (code == null) {
      throw new InvalidInputException("service", "is required, e.g. A");
    }
    if (catalog.service(code).isEmpty()) {
      throw new InvalidInputException("service", "is not a service of this office: " + code);
    }
    return code;
  }

  List<FreeSlot> of(String service, LocalDate date) {
    ZoneId zone = officeDay.zone();
    Instant now = clock.instant();
    LocalDate last = officeDay.today().plusDays(rules().bookAheadDays());
    List<FreeSlot> free = new ArrayList<>();
    for (SlotRule.Slot slot : rules().slots(service, date)) {
      Instant start = slot.start().atDate(date).atZone(zone).toInstant();
      Instant end = slot.end().atDate(date).atZone(zone).toInstant();
      int left = Math.max(0, slot.capacity() - store.taken(service, start));
      free.add(
          new FreeSlot(
              start,
              end,
              date.toString(),
              slot.start().toString(),
              slot.end().toString(),
              slot.capacity(),
              left,
              left > 0 && start.isAfter(now) && !date.isAfter(last)));
    }
    return free;
  }

  /** The days from today to the last bookable day that have a bookable slot. */
  List<FreeDay> days(String service) {
    List<FreeDay> days = new ArrayList<>();
    LocalDate today = officeDay.today();
    for (int i = 0; i <= rules().bookAheadDays(); i++) {
      LocalDate date = today.plusDays(i);
      int free =
          of(service, date).stream().filter(FreeSlot::bookable).mapToInt(FreeSlot::free).sum();
      if (free > 0) {
        days.add(new FreeDay(date.toString(), free));
      }
    }
    return days;
  }
}
