package org.hallqueue.server.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/simulations} and {@code /api/v1/playbook} tried as with curl on the demo office.
 */
class SimulationApiIntegrationTest extends ServerTest {
  private static final String SMALL =
      """
      {"replications":5,"arrivals":[{"service":"A","lane":"standard","perHour":[20]},
       {"service":"A","lane":"elderly","perHour":[4,6,2]}]}""";

  private Api.Response simulate(String json) {
    return api.post("/api/v1/simulations", json, MANAGER);
  }

  @Test
  void shouldAnswerAScenarioWithTheContractsResultFillingTheRestFromTheOffice() {
    Api.Response r = simulate(SMALL);

    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.path("simulatedVisitors").asLong()).isPositive();
    assertThat(body.path("replications").asInt()).isEqualTo(5);
    JsonNode standard = body.path("lanes").path("standard");
    for (String field :
        new String[] {
          "served",
          "meanWaitMinutes",
          "p50WaitMinutes",
          "p90WaitMinutes",
          "maxWaitMinutes",
          "withinTargetShare"
        }) {
      assertThat(standard.has(field)).as(field).isTrue();
    }
    assertThat(standard.path("meanWaitCi95").size()).isEqualTo(2);
    assertThat(body.path("counters").path("counter-1").path("utilisation").isNumber()).isTrue();
    assertThat(body.path("counters").size()).as("the office's nine counters").isEqualTo(9);
    assertThat(body.path("byHour").size()).isEqualTo(8);
    assertThat(body.path("byHour").get(0).path("zones").has("zone-a")).isTrue();
    assertThat(body.path("estimates").path("maeMinutes").isNumber()).isTrue();
  }

  @Test
  void shouldGiveTheSameResultForTheSameScenarioAndSeed() {
    assertThat(simulate(SMALL).json()).isEqualTo(simulate(SMALL).json());
  }

  @Test
  void shouldRefuseABadScenarioNamingTheField() {
    Api.Response negative =
        simulate("{\"arrivals\":[{\"service\":\"A\",\"lane\":\"standard\",\"perHour\":[-3]}]}");
    Api.Response unknownLane =
        simulate("{\"arrivals\":[{\"service\":\"A\",\"lane\":\"vip\",\"perHour\":[3]}]}");
    Api.Response badStrategy = simulate("{\"strategy\":\"RANDOM\"," + SMALL.substring(1));
    Api.Response noArrivals = simulate("{}");

    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.contentType()).startsWith("application/problem+json");
    assertThat(negative.json().path("field").asString()).isEqualTo("arrivals[0].perHour");
    assertThat(unknownLane.json().path("field").asString()).isEqualTo("arrivals[0].lane");
    assertThat(badStrategy.json().path("field").asString()).isEqualTo("strategy");
    assertThat(noArrivals.json().path("field").asString()).isEqualTo("arrivals");
  }

  @Test
  void shouldRefuseMissingValuesNamingTheFieldRatherThanFailing() {
    assertThat(simulate("{\"arrivals\":[null]}").json().path("field").asString())
        .isEqualTo("arrivals[0]");
    assertThat(
            simulate("{\"arrivals\":[{\"lane\":\"standard\",\"perHour\":[1]}]}")
                .json()
                .path("field")
                .asString())
        .isEqualTo("arrivals[0].service");
    Api.Response nullTimes = simulate("{\"serviceMinutes\":{\"A\":null}," + SMALL.substring(1));
    assertThat(nullTimes.status()).isEqualTo(400);
    assertThat(nullTimes.json().path("field").asString()).isEqualTo("serviceMinutes.A");
    Api.Response nullRate =
        simulate("{\"arrivals\":[{\"service\":\"A\",\"lane\":\"standard\",\"perHour\":[null]}]}");
    assertThat(nullRate.status()).isEqualTo(400);
    assertThat(nullRate.json().path("field").asString()).startsWith("arrivals");
  }

  @Test
  void shouldRefuseAnAbsurdlyLargeScenarioWithoutRunningIt() {
    long before = System.nanoTime();
    Api.Response r =
        simulate(
            "{\"replications\":10000,\"arrivals\":[{\"service\":\"A\",\"lane\":\"standard\","
                + "\"perHour\":[90000]}]}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("replications");
    assertThat(r.json().path("detail").asString()).contains("at most 10000000");
    assertThat(System.nanoTime() - before).isLessThan(5_000_000_000L);
  }

  @Test
  void shouldForbidStaffAndStrangers() {
    assertThat(api.post("/api/v1/simulations", SMALL, STAFF).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/simulations/office", STAFF).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/playbook", STAFF).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/simulations", SMALL, Api.Auth.none()).status()).isEqualTo(401);
  }

  @Test
  void shouldRunInTheBackgroundAndReportProgressUntilDone() throws InterruptedException {
    Api.Response started = api.post("/api/v1/simulations/runs", SMALL, MANAGER);

    assertThat(started.status()).isEqualTo(202);
    String id = started.json().path("id").asString();
    JsonNode run = null;
    for (int i = 0; i < 100; i++) {
      run = api.get("/api/v1/simulations/runs/" + id, MANAGER).json();
      if ("DONE".equals(run.path("status").asString())) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(run.path("status").asString()).isEqualTo("DONE");
    assertThat(run.path("done").asInt()).isEqualTo(5);
    assertThat(run.path("total").asInt()).isEqualTo(5);
    assertThat(run.path("result").path("lanes").has("standard")).isTrue();
    assertThat(api.get("/api/v1/simulations/runs/nope", MANAGER).status()).isEqualTo(404);
  }

  @Test
  void shouldStartFromTodaysOfficeWithItsCountersZonesAndDemand() {
    JsonNode office = api.get("/api/v1/simulations/office", MANAGER).json();

    assertThat(office.path("demandSource").asString()).isIn("DEMO", "HISTORY");
    assertThat(office.path("scenario").path("arrivals").size()).isPositive();
    assertThat(office.path("scenario").path("counters").size()).isEqualTo(9);
    assertThat(office.path("scenario").path("strategy").asString()).isEqualTo("WEIGHTED_AGING");
    assertThat(office.path("counters").get(6).path("affinityLane").asString()).isEqualTo("migrant");
    assertThat(office.path("zones").get(0).path("id").asString()).isEqualTo("zone-a");
    assertThat(office.path("zones").get(0).path("seats").asInt()).isEqualTo(40);
    assertThat(office.path("serviceTimes").path("A").path("meanMinutes").asDouble()).isPositive();
    ObjectNode scenario = (ObjectNode) office.path("scenario");
    scenario.put("replications", 5);
    assertThat(simulate(scenario.toString()).status()).isEqualTo(200);
  }

  @Test
  void shouldRecommendStaffingPerHourWithErlangCBesideIt() {
    ObjectNode scenario =
        (ObjectNode) api.get("/api/v1/simulations/office", MANAGER).json().path("scenario");
    scenario.put("replications", 10);
    Api.Response r =
        api.post("/api/v1/simulations/staffing", "{\"scenario\":" + scenario + "}", MANAGER);

    assertThat(r.status()).isEqualTo(200);
    JsonNode plan = r.json();
    assertThat(plan.path("hours").size()).isEqualTo(8);
    assertThat(plan.path("met").asBoolean()).isTrue();
    JsonNode nine = plan.path("hours").get(0);
    assertThat(nine.path("clock").asString()).isEqualTo("09:00");
    assertThat(nine.path("erlangC").asInt()).isPositive();
    assertThat(nine.path("simulated").asInt()).isPositive();
    assertThat(
            api.post(
                    "/api/v1/simulations/staffing",
                    "{\"scenario\":" + scenario + ",\"targets\":{\"standard\":-1}}",
                    MANAGER)
                .json()
                .path("field")
                .asString())
        .isEqualTo("targets.standard");
  }

  @Test
  void shouldWriteThePlaybookReportWithEverySection() {
    Api.Response r = api.get("/api/v1/playbook", MANAGER);

    assertThat(r.status()).isEqualTo(200);
    JsonNode report = r.json();
    assertThat(report.path("demandByHour").size()).isEqualTo(8);
    assertThat(report.path("staffing").path("hours").size()).isEqualTo(8);
    assertThat(report.path("waitsByLane").has("standard")).isTrue();
    assertThat(report.path("zones").get(0).path("seats").asInt()).isEqualTo(40);
    assertThat(report.path("walks").size()).isEqualTo(9);
    assertThat(report.path("walks").get(0).path("walkingMeters").asDouble()).isPositive();
    assertThat(report.path("findings").isArray()).isTrue();
    assertThat(report.path("specialServices").get(1).path("kind").asString()).isEqualTo("MIGRANT");
    assertThat(report.path("specialServices").get(1).path("counters").get(0).asString())
        .isEqualTo("counter-7");
    assertThat(report.path("specialServices").get(2).path("kind").asString())
        .isEqualTo("GREEN_CHANNEL");
    assertThat(report.path("specialServices").get(2).path("lane").asBoolean())
        .as("the elderly lane is named the green channel (绿色通道)")
        .isTrue();
    assertThat(report.path("guidance").path("present").asBoolean()).isTrue();
    assertThat(report.path("guidance").path("servicesWithoutPath").size()).isZero();
  }
}
