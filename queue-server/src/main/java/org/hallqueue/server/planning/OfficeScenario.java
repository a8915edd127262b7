package org.hallqueue.server.planning;

import java.util.List;
import java.util.Map;

/**
 * Today's office as the console starts a what-if from: the scenario to send back (edited) to {@code
 * POST /api/v1/simulations}, and what the page needs to label it.
 *
 * @param opensAt the clock hour of the scenario's hour 0
 * @param weekday the weekday whose history the demand comes from
 * @param demandSource HISTORY (the last weeks' tickets) or DEMO (no history: {@link DemoDemand})
 * @param historyDays office days the demand averages over
 * @param serviceTimes how each service's time at the counter is known
 */
record OfficeScenario(
    int opensAt,
    String weekday,
    String demandSource,
    int historyDays,
    SimulationRequest scenario,
    List<Service> services,
    List<LaneInfo> lanes,
    List<CounterInfo> counters,
    List<OfficeFloor.Zone> zones,
    Map<String, ServiceTime> serviceTimes) {

  record Service(String code, Map<String, String> name, String zone) {}

  record LaneInfo(String code, Map<String, String> name, double weight, double targetMinutes) {}

  record CounterInfo(
      String id,
      int number,
      Map<String, String> name,
      List<String> services,
      String affinityLane) {}

  /**
   * @param source HISTORY (resampled from {@code observations} finished visits) or EXPECTED (too
   *     little history: exponential around the configured time)
   */
  record ServiceTime(String source, double meanMinutes, int observations) {}
}
