package org.hallqueue.server.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A floor assistant's pre-check of documents as a scenario parameter (issue 17). */
class PrecheckScenarioTest {
  private final Scenario office =
      Offices.queueing(3, 10.0, 1, 480).toBuilder()
          .serviceMinutes(Map.of("A", ServiceMinutes.fixed(10.0)))
          .build();

  @Test
  void shouldShortenTheCounterTimeOfThePrecheckedShareOfVisitors() {
    double plain = utilisation(office);
    double checked = utilisation(office.toBuilder().precheck(new Precheck(0.5, 0.6)).build());

    // Half the visitors take 6 minutes instead of 10: the counter is busy 0.8 times as long.
    assertThat(checked / plain).isCloseTo(0.8, within(0.03));
  }

  @Test
  void shouldSeeTheSameVisitorsWithAndWithoutAPrecheckThatChangesNothing() {
    SimulationResult plain = OfficeSimulator.run(office);
    SimulationResult none =
        OfficeSimulator.run(office.toBuilder().precheck(new Precheck(0.0, 0.5)).build());

    assertThat(none.lanes().get("standard").meanWaitMinutes())
        .isEqualTo(plain.lanes().get("standard").meanWaitMinutes());
  }

  @Test
  void shouldRefuseAShareAboveOneAndAFactorOutOfRangeNamingTheField() {
    assertThatThrownBy(() -> office.toBuilder().precheck(new Precheck(1.5, 0.8)).build())
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("precheck.share");
    assertThatThrownBy(() -> office.toBuilder().precheck(new Precheck(0.5, 0.0)).build())
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("precheck.serviceTimeFactor");
  }

  private static double utilisation(Scenario scenario) {
    return OfficeSimulator.run(scenario).counters().get("c1").utilisation();
  }
}
