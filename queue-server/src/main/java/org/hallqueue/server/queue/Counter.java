package org.hallqueue.server.queue;

import java.util.List;
import java.util.Map;

/**
 * A service window (窗口). It serves some services and may prefer one lane (affinity), for example
 * the migrant workers' counter.
 */
public record Counter(
    String id,
    int number,
    Map<String, String> name,
    List<String> services,
    String affinityLane,
    CounterStatus status,
    String zone) {

  public boolean serves(String service) {
    return services.contains(service);
  }

  public Counter withStatus(CounterStatus newStatus) {
    return new Counter(id, number, name, services, affinityLane, newStatus, zone);
  }
}
