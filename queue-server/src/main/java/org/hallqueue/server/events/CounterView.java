package org.hallqueue.server.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.queue.Counter;

/** A counter as the pages and events show it: the one JSON shape of a counter. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CounterView(
    String id,
    int number,
    Map<String, String> name,
    String status,
    String zone,
    List<String> services,
    String affinityLane) {

  /** The counter with everything a screen shows of it. */
  public static CounterView of(Counter c) {
    return new CounterView(
        c.id(), c.number(), c.name(), c.status().name(), c.zone(), c.services(), c.affinityLane());
  }
}
