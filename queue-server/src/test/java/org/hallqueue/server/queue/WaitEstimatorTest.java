package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitEstimatorTest {
  private final WaitEstimator estimator = new WaitEstimator();

  @Test
  void shouldStartFromTheExpectedTimeAndFollowWhatHappens() {
    Duration expected = Duration.ofMinutes(10);

    assertThat(estimator.meanServiceTime(expected, List.of())).isEqualTo(expected);
    Duration quick = estimator.meanServiceTime(expected, nCopies(20, Duration.ofMinutes(4)));
    assertThat(quick).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
  }

  @Test
  void shouldDivideTheWaitAmongOpenCountersServingTheService() {
    Counter a1 = Fixtures.counter("c1", null, "A");
    Counter a2 = Fixtures.counter("c2", null, "A");
    double capacity = estimator.capacity("A", List.of(a1, a2), Map.of("A", 6));

    assertThat(capacity).isEqualTo(2.0);
    assertThat(estimator.estimate(6, Duration.ofMinutes(10), capacity))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void shouldShareACountersTimeByWhatWaitsForEachOfItsServices() {
    Counter shared = Fixtures.counter("c1", null, "A", "D");

    assertThat(estimator.capacity("A", List.of(shared), Map.of("A", 4, "D", 1))).isEqualTo(0.8);
    assertThat(estimator.capacity("A", List.of(shared), Map.of())).isEqualTo(0.5);
  }

  @Test
  void shouldCountClosedCountersOnlyWhenNoneIsOpen() {
    Counter closed = Fixtures.counter("c1", null, "A").withStatus(CounterStatus.CLOSED);

    assertThat(estimator.capacity("A", List.of(closed), Map.of())).isEqualTo(1.0);
    assertThat(estimator.capacity("B", List.of(closed), Map.of())).isEqualTo(1.0);
  }

  @Test
  void shouldEstimateNoWaitForTheFirstInLine() {
    assertThat(estimator.estimate(0, Duration.ofMinutes(10), 1.0)).isEqualTo(Duration.ZERO);
  }

  private static List<Duration> nCopies(int n, Duration d) {
    return java.util.Collections.nCopies(n, d);
  }
}
