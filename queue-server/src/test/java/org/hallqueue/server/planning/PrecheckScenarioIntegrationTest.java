package org.hallqueue.server.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The floor assistant's pre-check as a planning scenario parameter: a share of visitors pre-checked
 * and their service time as a multiple of the others' change the simulated day the same way for the
 * same visitors.
 */
class PrecheckScenarioIntegrationTest extends ServerTest {
  private static final String DAY =
      """
      {"replications":5,"serviceMinutes":{"A":{"mean":8,"distribution":"FIXED","cv":0}},
       "arrivals":[{"service":"A","lane":"standard","perHour":[40]}]%s}""";

  private JsonNode simulate(String precheck) {
    Api.Response r = api.post("/api/v1/simulations", DAY.formatted(precheck), MANAGER);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    return r.json();
  }

  private static double utilisation(JsonNode result) {
    return result.path("counters").path("counter-1").path("utilisation").asDouble();
  }

  @Test
  void shouldShortenTheDayWhenPrecheckedVisitorsAreServedFaster() {
    JsonNode without = simulate("");
    JsonNode half = simulate(",\"precheck\":{\"share\":0.5,\"serviceTimeFactor\":0.5}");
    JsonNode none = simulate(",\"precheck\":{\"share\":0,\"serviceTimeFactor\":0.5}");

    assertThat(utilisation(half)).isLessThan(utilisation(without));
    assertThat(half.path("lanes").path("standard").path("meanWaitMinutes").asDouble())
        .isLessThanOrEqualTo(
            without.path("lanes").path("standard").path("meanWaitMinutes").asDouble());
    assertThat(none).as("a share of 0 changes nothing").isEqualTo(without);
  }

  @Test
  void shouldRefuseAShareOrFactorOutOfRangeNamingTheField() {
    Api.Response share =
        api.post(
            "/api/v1/simulations",
            DAY.formatted(",\"precheck\":{\"share\":1.5,\"serviceTimeFactor\":0.8}"),
            MANAGER);
    assertThat(share.status()).isEqualTo(400);
    assertThat(share.json().path("field").asString()).isEqualTo("precheck.share");
    Api.Response factor =
        api.post("/api/v1/simulations", DAY.formatted(",\"precheck\":{\"share\":0.3}"), MANAGER);
    assertThat(factor.status()).isEqualTo(400);
    assertThat(factor.json().path("field").asString()).isEqualTo("precheck.serviceTimeFactor");
  }
}
