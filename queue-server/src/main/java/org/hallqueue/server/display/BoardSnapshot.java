package org.hallqueue.server.display;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.events.CounterView;
import org.hallqueue.server.events.TicketView;
import tools.jackson.databind.JsonNode;

/**
 * What a display board or a counter dashboard shows when it starts, as of event {@code seq}: the
 * office, how many wait per service, the counters with the ticket each has called or is serving,
 * and the last calls. The page then follows the event stream from {@code seq}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BoardSnapshot(
    long seq,
    Instant serverTime,
    String zone,
    int recallLimit,
    JsonNode office,
    JsonNode notice,
    List<ServiceWaiting> services,
    List<BoardCounter> counters,
    List<JsonNode> recentCalls) {

  /** A service and how many wait for it. */
  record ServiceWaiting(String code, Map<String, String> name, long waiting) {}

  /** A counter and the ticket it has called or is serving, if any. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BoardCounter(@JsonUnwrapped CounterView counter, TicketView current) {}
}
