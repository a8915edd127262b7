package org.hallqueue.server.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hallqueue.server.simulation.SimulationResult.EstimateAccuracy;
import org.hallqueue.server.simulation.SimulationResult.PredictorAccuracy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wait the live server prints at issue against the wait that followed (issue 12, section 5),
 * beside the queue-length predictor (n+1)/(s·μ) and the last-to-enter-service predictor, on the
 * demo office at 85% load and on a bursty day of the same office (a morning rush and an afternoon
 * peak above the counters' capacity), 100 days each under weighted aging. The table is printed.
 */
class WaitEstimateAccuracyTest {
  /** Demand by hour relative to the day's mean; the busiest hours bring 1.6 times as many. */
  static final double[] BURSTY = {0.5, 1.6, 1.4, 0.8, 0.5, 1.2, 1.3, 0.7};

  private static final Map<String, EstimateAccuracy> RUNS = new LinkedHashMap<>();

  @BeforeAll
  static void simulate() {
    DemoOfficeScenario demo = new DemoOfficeScenario();
    RUNS.put("demo 85%", run(demo.atLoad(0.85, "WEIGHTED_AGING")));
    RUNS.put("bursty 85%", run(demo.shaped(0.85, BURSTY, "WEIGHTED_AGING")));
    System.out.println(table());
  }

  @Test
  void shouldMeasureEveryPredictorOnEveryVisitorCalled() {
    RUNS.forEach(
        (name, accuracy) -> {
          assertThat(accuracy.visitors()).as(name).isGreaterThan(30_000);
          assertThat(accuracy.predictors())
              .containsOnlyKeys("estimator", "queueLength", "lastToEnterService");
          assertThat(accuracy.maeMinutes())
              .isEqualTo(accuracy.predictors().get("estimator").maeMinutes());
          assertThat(accuracy.baselineMaeMinutes())
              .isEqualTo(accuracy.predictors().get("queueLength").maeMinutes());
        });
  }

  @Test
  void shouldPredictWithAtMostFourFifthsOfTheQueueLengthPredictorsError() {
    RUNS.forEach(
        (name, accuracy) ->
            assertThat(accuracy.maeMinutes())
                .as(name)
                .isLessThanOrEqualTo(0.8 * accuracy.baselineMaeMinutes()));
  }

  @Test
  void shouldCallAtLeastFourInFiveVisitorsWithinTheRangeTheirTicketShows() {
    RUNS.forEach(
        (name, accuracy) ->
            assertThat(accuracy.withinRangeShare()).as(name).isGreaterThanOrEqualTo(0.8));
  }

  private static EstimateAccuracy run(Scenario scenario) {
    return OfficeSimulator.run(scenario.toBuilder().runs(100, 7L, 0).build()).estimates();
  }

  private static String table() {
    List<String> rows = new ArrayList<>();
    rows.add(
        String.format(
            Locale.ROOT,
            "Wait estimates at issue, 100 days, seed 7 (minutes)%n%-11s %-19s %6s %8s %8s %8s",
            "scenario",
            "predictor",
            "MAE",
            "p90 err",
            "under",
            "in range"));
    RUNS.forEach(
        (name, accuracy) ->
            accuracy.predictors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                    e -> {
                      PredictorAccuracy p = e.getValue();
                      rows.add(
                          String.format(
                              Locale.ROOT,
                              "%-11s %-19s %6.2f %8.2f %7.1f%% %7.1f%%",
                              name,
                              e.getKey(),
                              p.maeMinutes(),
                              p.p90AbsErrorMinutes(),
                              100 * p.underPredictionShare(),
                              100 * p.withinRangeShare()));
                    }));
    return String.join(System.lineSeparator(), rows);
  }
}
