package org.hallqueue.server.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

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
    System.out.printf(
        "%-44s %10s %12s %12s %14s%n",
        "scenario", "visitors", "ms per run", "visitors/s", "visitors/cpu-s");
    for (String strategy : new String[] {"WEIGHTED_AGING", "FIFO", "STRICT_PRIORITY"}) {
      measure("demo 85% 8 h x30 " + strategy, demo.atLoad(0.85, strategy), seconds);
    }
    Scenario longDay = demo.atLoad(0.85, "WEIGHTED_AGING", 19 * 60);
    measure("demo 85% 19 h (1,000 visitors) x30 WEIGHTED_AGING", longDay, seconds);
  }

  private static void measure(String name, Scenario scenario, double seconds) {
    run(scenario, seconds * 0.6);
    long visitors = 0;
    int runs = 0;
    long wall0 = System.nanoTime();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    while (System.nanoTime() - wall0 < seconds * 1e9) {
      visitors += OfficeSimulator.run(scenario).simulatedVisitors();
      runs++;
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-44s %10d %12.1f %12.0f %14.0f%n",
        name,
        visitors / runs,
        wall * 1000 / runs,
        visitors / wall,
        visitors / cpu);
  }

  private static void run(Scenario scenario, double seconds) {
    long start = System.nanoTime();
    while (System.nanoTime() - start < seconds * 1e9) {
      OfficeSimulator.run(scenario);
    }
  }
}
