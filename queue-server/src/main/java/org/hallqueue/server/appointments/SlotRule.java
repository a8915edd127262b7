package org.hallqueue.server.appointments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When one service takes appointments: on {@code days}, from {@code opens} to {@code closes}, in
 * slots of {@code slotMinutes} with {@code places} visitors each. {@code counterShare} is the
 * percentage of that service's counter time the office keeps for appointments: the manager's guide
 * when setting the places, shown beside the rule in the console.
 */
public record SlotRule(
    String service,
    List<DayOfWeek> days,
    LocalTime opens,
    LocalTime closes,
    int slotMinutes,
    int places,
    int counterShare) {

  public SlotRule {
    days = days == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(days));
  }

  /** The slots this rule opens on {@code date} (none on a day it does not cover). */
  public List<Slot> slotsOn(LocalDate date) {
    List<Slot> slots = new ArrayList<>();
    if (!days.contains(date.getDayOfWeek())
        || slotMinutes <= 0
        || opens == null
        || closes == null) {
      return slots;
    }
    for (LocalTime start = opens;
        !start.plusMinutes(slotMinutes).isAfter(closes) && !start.isBefore(opens);
        start = start.plusMinutes(slotMinutes)) {
      slots.add(new Slot(date, start, start.plusMinutes(slotMinutes), places));
      if (start.plusMinutes(slotMinutes).isBefore(start)) {
        break; // past midnight
      }
    }
    return slots;
  }

  /** One slot of a day: its local start and end, and how many visitors it takes. */
  public record Slot(LocalDate date, LocalTime start, LocalTime end, int capacity) {}
}
