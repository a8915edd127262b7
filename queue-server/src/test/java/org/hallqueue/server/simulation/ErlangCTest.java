package org.hallqueue.server.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangCTest {

  @Test
  void shouldGiveTheTextbookWaitProbability() {
    // Offered load 2 Erlang on 3 servers: C(3, 2) = 4/9.
    assertThat(ErlangC.waitProbability(2, 1, 3)).isCloseTo(4.0 / 9, within(1e-12));
    // One server: the probability of waiting is the load.
    assertThat(ErlangC.waitProbability(0.8, 1, 1)).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void shouldGiveTheMeanWaitOfOneCounterAsLoadOverSpareCapacity() {
    // M/M/1: Wq = ρ / (μ − λ) = 0.5 / 30 hours = 1 minute.
    assertThat(ErlangC.meanWaitMinutes(30, 60, 1)).isCloseTo(1.0, within(1e-12));
    assertThat(ErlangC.meanWaitMinutes(60, 60, 1)).isInfinite();
  }

  @Test
  void shouldFindTheFewestCountersKeepingTheMeanWaitWithinTarget() {
    int counters = ErlangC.countersFor(100, 10, 2.0);

    assertThat(ErlangC.meanWaitMinutes(100, 10, counters)).isLessThanOrEqualTo(2.0);
    assertThat(ErlangC.meanWaitMinutes(100, 10, counters - 1)).isGreaterThan(2.0);
  }
}
