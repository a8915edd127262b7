package org.hallqueue.server.simulation;

import java.util.function.IntConsumer;

/**
 * Simulates office days on the office's own rules: the live call strategy, ticket lifecycle,
 * numbering and wait estimator, never a copy of them. Plain Java, no I/O: one thread, no shared
 * state, so callers may run several scenarios at once.
 *
 * <pre>{@code
 * SimulationResult result = OfficeSimulator.run(scenario);
 * }</pre>
 */
public final class OfficeSimulator {
  private OfficeSimulator() {}

  public static SimulationResult run(Scenario scenario) {
    return run(scenario, done -> {});
  }

  /**
   * @param progress told the number of replications done after each one, for a progress bar
   * @throws ScenarioException naming the first bad field of the scenario
   */
  public static SimulationResult run(Scenario scenario, IntConsumer progress) {
    DayPlan plan = new DayPlan(scenario.checked());
    Tally tally = new Tally(plan);
    for (int r = 0; r < scenario.replications(); r++) {
      tally.add(new Day(plan, r).run());
      progress.accept(r + 1);
    }
    return tally.result();
  }
}
