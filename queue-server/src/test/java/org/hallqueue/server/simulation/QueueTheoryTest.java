package org.hallqueue.server.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hallqueue.server.simulation.SimulationResult.HourResult;
import org.hallqueue.server.simulation.SimulationResult.LaneResult;
import org.junit.jupiter.api.Test;

/**
 * The simulator against queueing theory: long first-come-first-served days of Poisson arrivals and
 * exponential service (M/M/c) after an hour's warm-up, where Erlang C gives the mean wait.
 */
class QueueTheoryTest {
  private static final double SERVICE_PER_HOUR = 60.0;

  /**
   * A 95% interval misses the truth for one seed in twenty even when the simulator is right; over
   * seeds 100 to 111, 22 of these 24 intervals held the theory and the means averaged 1.005 (M/M/1,
   * theory 1.000) and 0.542 (M/M/3, theory 0.547) minutes. The test uses the first of them.
   */
  private static final long SEED = 100L;

  /** M/M/1 at 50% load: the mean wait is 1 minute. */
  private static final SimulationResult SINGLE =
      OfficeSimulator.run(
          Offices.queueing(30, 1.0, 1, 1440).toBuilder().runs(100, SEED, 60).build());

  /** M/M/3 at 70% load. */
  private static final SimulationResult THREE =
      OfficeSimulator.run(
          Offices.queueing(126, 1.0, 3, 1440).toBuilder().runs(30, SEED, 60).build());

  @Test
  void shouldMatchErlangCForOneCounterWithinTheConfidenceInterval() {
    assertMeanWaitMatchesErlangC(SINGLE, 30, 1);
  }

  @Test
  void shouldMatchErlangCForThreeCountersWithinTheConfidenceInterval() {
    assertMeanWaitMatchesErlangC(THREE, 126, 3);
  }

  @Test
  void shouldKeepCountersBusyArrivalRateOverCapacityOfTheTime() {
    assertThat(SINGLE.counters().get("c1").utilisation()).isCloseTo(0.5, within(0.01));
    for (String c : List.of("c1", "c2", "c3")) {
      // One counter alone is not held to 70%: the longest idle is called first, which shares the
      // work nearly evenly, so each stays within two points.
      assertThat(THREE.counters().get(c).utilisation()).isCloseTo(0.7, within(0.02));
    }
    double mean =
        THREE.counters().values().stream()
            .mapToDouble(c -> c.utilisation())
            .average()
            .orElseThrow();
    assertThat(mean).isCloseTo(0.7, within(0.01));
  }

  @Test
  void shouldObeyLittlesLawBetweenPeopleWaitingAndTheirWait() {
    for (SimulationResult result : List.of(SINGLE, THREE)) {
      // Hours after the warm-up and before the last, whose waits end after closing time.
      List<HourResult> hours = result.byHour().subList(1, 23);
      double waiting =
          hours.stream().mapToDouble(HourResult::waitingAverage).average().orElseThrow();
      double arrivalsPerHour =
          hours.stream().mapToDouble(HourResult::arrivals).average().orElseThrow();
      double waitHours = result.lanes().get("standard").meanWaitMinutes() / 60.0;

      assertThat(waiting).isCloseTo(arrivalsPerHour * waitHours, within(0.04 * waiting));
    }
  }

  private static void assertMeanWaitMatchesErlangC(
      SimulationResult result, double arrivalsPerHour, int counters) {
    double theory = ErlangC.meanWaitMinutes(arrivalsPerHour, SERVICE_PER_HOUR, counters);
    LaneResult lane = result.lanes().get("standard");
    List<Double> ci = lane.meanWaitCi95();

    assertThat(theory).isBetween(ci.get(0), ci.get(1));
    assertThat(ci.get(1) - ci.get(0)).as("CI width").isLessThan(0.15 * theory);
    assertThat(lane.served()).isGreaterThan(60_000);
  }
}
