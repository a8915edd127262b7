package org.hallqueue.server.planning;

import java.util.List;
import java.util.Map;
import org.hallqueue.server.simulation.CounterShift;
import org.hallqueue.server.simulation.SimulationResult;

/**
 * The fewest open counters per hour that keep every lane's p90 wait within its target, found by
 * simulation, beside the per-hour Erlang C answer.
 *
 * @param targets the p90 wait target of each lane, in minutes
 * @param met whether the simulated plan keeps every lane within its target in every hour
 * @param erlangCMet whether the Erlang C plan, simulated the same way, does
 * @param erlangCMisses the hours (0 = opening hour) where the Erlang C plan misses a target
 * @param simulations how many whole days were simulated to find the plan
 * @param shifts the counters' opening intervals that carry out the plan
 * @param result the simulated day with the plan
 */
record StaffingPlan(
    Map<String, Double> targets,
    List<Hour> hours,
    boolean met,
    boolean erlangCMet,
    List<Integer> erlangCMisses,
    int simulations,
    List<CounterShift> shifts,
    SimulationResult result) {

  /**
   * One hour of the day.
   *
   * @param arrivals mean visitors arriving in the hour
   * @param erlangC counters per Erlang C for this hour alone (steady state, FIFO)
   * @param simulated counters the simulation found
   * @param p90WaitMinutes each lane's p90 wait in the hour with the simulated plan
   * @param erlangCP90WaitMinutes the same with the Erlang C plan
   */
  record Hour(
      int hour,
      String clock,
      double arrivals,
      int erlangC,
      int simulated,
      Map<String, Double> p90WaitMinutes,
      Map<String, Double> erlangCP90WaitMinutes) {}
}
