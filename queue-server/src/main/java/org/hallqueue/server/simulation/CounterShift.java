package org.hallqueue.server.simulation;

import java.util.List;

/**
 * A counter of the scenario and when it is open.
 *
 * @param open intervals in minutes from opening, e.g. {@code [[0,240],[300,480]]} for a lunch
 *     break; a counter still open at closing time serves everyone who is waiting before it closes
 */
public record CounterShift(
    String id, List<String> services, String affinityLane, List<List<Integer>> open) {

  public CounterShift {
    services = services == null ? List.of() : List.copyOf(services);
    open = open == null ? List.of() : open.stream().map(List::copyOf).toList();
  }

  /** A counter open the whole day. */
  public static CounterShift allDay(
      String id, List<String> services, String affinityLane, int openMinutes) {
    return new CounterShift(id, services, affinityLane, List.of(List.of(0, openMinutes)));
  }
}
