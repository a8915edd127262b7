package org.hallqueue.server.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many visitors the simulator simulates per second on one thread. Not a test: run it with the
 * command in {@code queue-server/BENCHMARK.md} ("Simulator").
 *
 * <p>Scenarios: the demo office (its lanes, services and nine counters, demand of {@link
 * DemoOfficeScenario}) at 85% load, each strategy, 30 replications of an eight-hour day (about 420
 * visitors), and a 1,000-visitor day (the same office open 19 hours). Each is warmed up for about 3
 * seconds, then timed over repeated runs for about 5 seconds; wall time and the thread's CPU time
 * are both reported, since other processes may share the core.
 */
public final class SimulatorBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5.0;
    DemoOfficeScenario demo = new DemoOfficeScenario();
    Map<String, Scenario> scenarios = new LinkedHashMap<>();
    for (String strategy : new String[] {"WEIGHTED_AGING", "FIFO", "STRICT_PRIORITY"}) {
      scenarios.put("demo 85% 8 h x30 " + strategy, demo.atLoad(0.85, strategy));
    }
    scenarios.put(
        "demo 85% 19 h (1,000 visitors) x30 WEIGHTED_AGING",
        demo.atLoad(0.85, "WEIGHTED_AGING", 19 * 60));
    // Warm every path up before timing any, so the first scenario does not pay for the JIT.
    scenarios.values().forEach(scenario -> run(scenario, seconds * 0.6));
    System.out.printf(
        "%-50s %9s %11s %11s %14s%n",
        "scenario (30 replications each)",
        "visitors",
        "ms per run",
        "visitors/s",
        "visitors/cpu-s");
    scenarios.forEach((name, scenario) -> measure(name, scenario, seconds));
  }

  private static void measure(String name, Scenario scenario, double seconds) {
    long visitors = 0;
    int runs = 0;
    long wall0 = System.nanoTime();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    while (THREADS.getCurrentThreadCpuTime() - cpu0 < seconds * 1e9) {
      visitors += OfficeSimulator.run(scenario).simulatedVisitors();
      runs++;
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-50s %9d %11.1f %11.0f %14.0f%n",
        name,
        visitors / runs,
        wall * 1000 / runs,
        visitors / wall,
        visitors / cpu);
  }

  private static void run(Scenario scenario, double seconds) {
    long start = THREADS.getCurrentThreadCpuTime();
    while (THREADS.getCurrentThreadCpuTime() - start < seconds * 1e9) {
      OfficeSimulator.run(scenario);
    }
  }
}
