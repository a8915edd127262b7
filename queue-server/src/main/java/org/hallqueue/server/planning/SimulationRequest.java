package org.hallqueue.server.planning;

import java.util.List;
import java.util.Map;
import org.hallqueue.server.simulation.Arrival;
import org.hallqueue.server.simulation.CounterShift;
import org.hallqueue.server.simulation.Scenario;
import org.hallqueue.server.simulation.ServiceMinutes;
import org.hallqueue.server.simulation.Transfer;
import org.hallqueue.server.web.InvalidInputException;

/**
 * A scenario as {@code POST /api/v1/simulations} takes it (ARCHITECTURE.md, "Planning: the digital
 * playbook"): every field but {@code arrivals} may be left out, and {@link TodaysOffice} fills it
 * in from the office.
 */
record SimulationRequest(
    Integer openMinutes,
    Integer warmupMinutes,
    Integer replications,
    Long seed,
    String strategy,
    List<Arrival> arrivals,
    Map<String, ServiceMinutes> serviceMinutes,
    List<CounterShift> counters,
    Double noShowShare,
    Double recallShare,
    Double recallSeconds,
    Integer recallLimit,
    List<Transfer> transfers,
    Map<String, Double> targetMinutes,
    Map<String, String> zones,
    Precheck precheck) {

  /**
   * The floor assistant's pre-check as a scenario parameter: the {@code share} of visitors whose
   * documents are checked before the counter, and their service time as a multiple of the others'
   * ({@code serviceFactor}, e.g. 0.8). Modelled on the mean: every service time is scaled by {@code
   * 1 - share × (1 - serviceFactor)}.
   */
  record Precheck(Double share, Double serviceFactor) {

    /** The factor on every service time, or 400 naming the field at fault. */
    double factor() {
      if (share == null || share < 0 || share > 1) {
        throw new InvalidInputException("precheck.share", "must be between 0 and 1");
      }
      if (serviceFactor == null || !(serviceFactor > 0) || serviceFactor > 2) {
        throw new InvalidInputException(
            "precheck.serviceFactor", "must be more than 0 and at most 2");
      }
      return 1 - share * (1 - serviceFactor);
    }
  }

  /**
   * Refuses the nulls the scenario's records cannot hold, naming the field (null list elements
   * inside an arrival or a counter are refused while reading the JSON; the scenario's own check
   * names every other fault).
   */
  void requireNoNulls() {
    for (int i = 0; arrivals != null && i < arrivals.size(); i++) {
      Arrival a = arrivals.get(i);
      String at = "arrivals[" + i + "]";
      present(a, at);
      present(a.service(), at + ".service");
      present(a.lane(), at + ".lane");
    }
    for (int i = 0; counters != null && i < counters.size(); i++) {
      present(counters.get(i), "counters[" + i + "]");
    }
    for (int i = 0; transfers != null && i < transfers.size(); i++) {
      present(transfers.get(i), "transfers[" + i + "]");
    }
    valuesPresent(serviceMinutes, "serviceMinutes");
    valuesPresent(targetMinutes, "targetMinutes");
    valuesPresent(zones, "zones");
  }

  private static void valuesPresent(Map<String, ?> map, String at) {
    if (map != null) {
      map.forEach((key, value) -> present(value, at + "." + key));
    }
  }

  private static void present(Object value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
  }

  /** The request that asks for exactly this scenario (lanes are always the office's). */
  static SimulationRequest of(Scenario s) {
    return new SimulationRequest(
        s.openMinutes(),
        s.warmupMinutes(),
        s.replications(),
        s.seed(),
        s.strategy(),
        s.arrivals(),
        null,
        s.counters(),
        s.noShowShare(),
        s.recallShare(),
        s.recallSeconds(),
        s.recallLimit(),
        s.transfers(),
        s.targetMinutes(),
        s.zones(),
        null);
  }
}
