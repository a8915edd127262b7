package org.hallqueue.server.planning;

import java.util.List;
import java.util.Map;
import org.hallqueue.server.simulation.Arrival;
import org.hallqueue.server.simulation.CounterShift;
import org.hallqueue.server.simulation.Scenario;
import org.hallqueue.server.simulation.ServiceMinutes;
import org.hallqueue.server.simulation.Transfer;

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
    Map<String, String> zones) {

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
        s.zones());
  }
}
