package org.hallqueue.server.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.hallqueue.server.simulation.Arrival;
import org.hallqueue.server.simulation.CounterShift;
import org.hallqueue.server.simulation.ErlangC;
import org.hallqueue.server.simulation.OfficeSimulator;
import org.hallqueue.server.simulation.Scenario;
import org.hallqueue.server.simulation.SimulationResult;

/**
 * Finds the fewest counters per hour that keep each lane's p90 wait within its target, by
 * simulating whole days: it starts from the per-hour Erlang C answer, adds a counter in the first
 * hour that misses a target until none does, then takes counters away where the targets still hold.
 * Every day simulated uses the scenario's seed, so plans differ by their counters, not by luck
 * (common random numbers). Plain Java.
 */
final class StaffingPlanner {
  /** Most whole-day simulations one plan may take. */
  static final int MAX_SIMULATIONS = 60;

  /** Replications per simulated day while searching. */
  static final int REPLICATIONS = 20;

  /** Counters beyond the office's own that a plan may ask for. */
  static final int EXTRA_COUNTERS = 10;

  private final Scenario scenario;
  private final Map<String, Double> targets;
  private final List<CounterShift> order;
  private final int hours;
  private final int cover;
  private final IntConsumer progress;
  private int simulations;

  /**
   * @param targets p90 wait target by lane, minutes; lanes not named are held to the scenario's
   *     target or else their cap
   */
  StaffingPlanner(Scenario scenario, Map<String, Double> targets, IntConsumer progress) {
    this.scenario = scenario;
    this.targets = new LinkedHashMap<>();
    scenario
        .lanes()
        .forEach(
            (code, lane) ->
                this.targets.put(
                    code,
                    targets != null && targets.get(code) != null
                        ? targets.get(code)
                        : scenario
                            .targetMinutes()
                            .getOrDefault(code, lane.maxWait().toSeconds() / 60.0)));
    this.hours = (scenario.openMinutes() + 59) / 60;
    this.order = counterOrder();
    this.cover = coverCount();
    this.progress = progress;
  }

  StaffingPlan plan() {
    int[] erlang = erlangC();
    SimulationResult erlangResult = simulate(erlang);
    int firstMiss = firstMiss(erlangResult);
    List<Integer> erlangMisses = misses(erlangResult);
    int[] plan = erlang.clone();
    SimulationResult result = erlangResult;
    while (firstMiss >= 0 && simulations < MAX_SIMULATIONS && plan[firstMiss] < order.size()) {
      plan[firstMiss]++;
      result = simulate(plan);
      firstMiss = firstMiss(result);
    }
    boolean met = firstMiss < 0;
    if (met) {
      for (int h = 0; h < hours && simulations < MAX_SIMULATIONS; h++) {
        while (plan[h] > cover && simulations < MAX_SIMULATIONS) {
          plan[h]--;
          SimulationResult fewer = simulate(plan);
          if (firstMiss(fewer) >= 0) {
            plan[h]++;
            break;
          }
          result = fewer;
        }
      }
    }
    List<StaffingPlan.Hour> rows = new ArrayList<>();
    for (int h = 0; h < hours; h++) {
      rows.add(
          new StaffingPlan.Hour(
              h,
              String.format("%02d:00", OfficeHours.OPENS_AT_HOUR + h),
              Math.round(arrivalsPerHour(h) * 100) / 100.0,
              erlang[h],
              plan[h],
              p90s(result, h),
              p90s(erlangResult, h)));
    }
    return new StaffingPlan(
        targets,
        rows,
        met,
        erlangMisses.isEmpty(),
        erlangMisses,
        simulations,
        shifts(plan),
        result);
  }

  /** Per hour, the fewest counters for which Erlang C puts the p90 wait within the target. */
  int[] erlangC() {
    double target = targets.getOrDefault(busiestLane(), 30.0);
    int[] counters = new int[hours];
    for (int h = 0; h < hours; h++) {
      double lambda = arrivalsPerHour(h);
      int c = cover;
      if (lambda > 0) {
        double mu = 60.0 / meanServiceMinutes(h);
        c = Math.max(c, (int) Math.floor(lambda / mu) + 1);
        while (c < order.size() && p90Exceeds(lambda, mu, c, target)) {
          c++;
        }
      }
      counters[h] = Math.min(c, order.size());
    }
    return counters;
  }

  /** P(wait > target) above 10% in M/M/c: C(c, a)·e^{-(cμ-λ)t}. */
  private static boolean p90Exceeds(double lambda, double mu, int c, double targetMinutes) {
    double tail =
        ErlangC.waitProbability(lambda, mu, c) * Math.exp(-(c * mu - lambda) * targetMinutes / 60);
    return tail > 0.10;
  }

  private SimulationResult simulate(int[] plan) {
    Scenario day =
        scenario.toBuilder()
            .counters(shifts(plan))
            .runs(
                Math.min(REPLICATIONS, scenario.replications()),
                scenario.seed(),
                scenario.warmupMinutes())
            .targetMinutes(targets)
            .build();
    SimulationResult result = OfficeSimulator.run(day);
    simulations++;
    progress.accept(simulations);
    return result;
  }

  private int firstMiss(SimulationResult result) {
    List<Integer> m = misses(result);
    return m.isEmpty() ? -1 : m.get(0);
  }

  private List<Integer> misses(SimulationResult result) {
    List<Integer> missed = new ArrayList<>();
    for (int h = 0; h < hours && h < result.byHour().size(); h++) {
      for (Map.Entry<String, Double> p90 : p90s(result, h).entrySet()) {
        if (p90.getValue() > targets.get(p90.getKey())) {
          missed.add(h);
          break;
        }
      }
    }
    return missed;
  }

  private static Map<String, Double> p90s(SimulationResult result, int hour) {
    Map<String, Double> p90 = new LinkedHashMap<>();
    if (hour < result.byHour().size()) {
      result
          .byHour()
          .get(hour)
          .lanes()
          .forEach(
              (lane, wait) -> {
                if (wait != null && wait.p90WaitMinutes() != null) {
                  p90.put(lane, round(wait.p90WaitMinutes()));
                }
              });
    }
    return p90;
  }

  /** The counters that carry out a plan: the first {@code plan[h]} of the order open in hour h. */
  List<CounterShift> shifts(int[] plan) {
    List<CounterShift> shifts = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      List<List<Integer>> open = new ArrayList<>();
      int start = -1;
      for (int h = 0; h <= hours; h++) {
        boolean isOpen = h < hours && plan[h] > k;
        if (isOpen && start < 0) {
          start = h * 60;
        } else if (!isOpen && start >= 0) {
          open.add(List.of(start, Math.min(h * 60, scenario.openMinutes())));
          start = -1;
        }
      }
      if (!open.isEmpty()) {
        CounterShift c = order.get(k);
        shifts.add(new CounterShift(c.id(), c.services(), c.affinityLane(), open));
      }
    }
    return shifts;
  }

  /**
   * The order counters open in: first those that together serve every service in demand (the one
   * adding most services first), then the rest, then extra counters like the most versatile one.
   */
  private List<CounterShift> counterOrder() {
    List<CounterShift> left = new ArrayList<>(scenario.counters());
    List<CounterShift> ordered = new ArrayList<>();
    Set<String> needed = new HashSet<>();
    scenario.arrivals().forEach(a -> needed.add(a.service()));
    while (!needed.isEmpty()) {
      CounterShift best = null;
      long most = 0;
      for (CounterShift c : left) {
        long adds = c.services().stream().filter(needed::contains).count();
        if (adds > most) {
          best = c;
          most = adds;
        }
      }
      if (best == null) {
        break;
      }
      ordered.add(best);
      left.remove(best);
      needed.removeAll(best.services());
    }
    ordered.addAll(left);
    CounterShift versatile =
        scenario.counters().stream()
            .max((a, b) -> Integer.compare(a.services().size(), b.services().size()))
            .orElseThrow();
    for (int i = 1; i <= EXTRA_COUNTERS; i++) {
      ordered.add(new CounterShift("extra-" + i, versatile.services(), null, List.of()));
    }
    return ordered;
  }

  private int coverCount() {
    Set<String> needed = new HashSet<>();
    scenario.arrivals().forEach(a -> needed.add(a.service()));
    int k = 0;
    while (!needed.isEmpty() && k < order.size()) {
      needed.removeAll(order.get(k).services());
      k++;
    }
    return Math.max(1, k);
  }

  private String busiestLane() {
    Map<String, Double> byLane = new LinkedHashMap<>();
    for (Arrival a : scenario.arrivals()) {
      for (int h = 0; h < hours; h++) {
        byLane.merge(a.lane(), rate(a, h), Double::sum);
      }
    }
    return byLane.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("standard");
  }

  double arrivalsPerHour(int hour) {
    return scenario.arrivals().stream().mapToDouble(a -> rate(a, hour)).sum();
  }

  private double meanServiceMinutes(int hour) {
    double weighted = 0;
    double total = 0;
    for (Arrival a : scenario.arrivals()) {
      double rate = rate(a, hour);
      weighted += rate * scenario.serviceMinutes().get(a.service()).meanMinutes();
      total += rate;
    }
    return total > 0 ? weighted / total : 1.0;
  }

  /** Visitors an hour of one stream in the given hour of the day. */
  static double rate(Arrival a, int hour) {
    List<Double> perHour = a.perHour();
    if (perHour.size() == 1) {
      return perHour.get(0);
    }
    return hour < perHour.size() ? perHour.get(hour) : 0.0;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
