package org.hallqueue.server.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.queue.Lane;

/** Intention-revealing scenarios for simulator tests. */
final class Offices {
  static final Lane STANDARD = lane("standard", 1.0, Duration.ofHours(10));
  static final Lane ELDERLY = lane("elderly", 2.0, Duration.ofMinutes(30));

  private Offices() {}

  static Lane lane(String code, double weight, Duration cap) {
    return new Lane(code, Map.of("zh-CN", code, "en", code), Map.of(), weight, cap, true, true, 0);
  }

  /**
   * The textbook M/M/c queue: one service "A", one lane, exponential service times, {@code
   * counters} identical counters open all day, first come first served.
   */
  static Scenario queueing(
      double arrivalsPerHour, double serviceMinutes, int counters, int openMinutes) {
    List<CounterShift> shifts = new ArrayList<>();
    for (int i = 1; i <= counters; i++) {
      shifts.add(CounterShift.allDay("c" + i, List.of("A"), null, openMinutes));
    }
    return Scenario.builder()
        .openMinutes(openMinutes)
        .strategy("FIFO")
        .arrivals(List.of(new Arrival("A", "standard", List.of(arrivalsPerHour))))
        .serviceMinutes(Map.of("A", ServiceMinutes.exponential(serviceMinutes)))
        .counters(shifts)
        .lanes(Map.of("standard", STANDARD))
        .build();
  }

  /** One day (replication 0) of the scenario, visitor by visitor. */
  static Day day(Scenario scenario) {
    return new Day(new DayPlan(scenario), 0).run();
  }
}
