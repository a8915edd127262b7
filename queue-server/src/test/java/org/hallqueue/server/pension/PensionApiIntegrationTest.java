package org.hallqueue.server.pension;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The calculator over HTTP: public estimates, plain answers to mistakes, figures as data. */
class PensionApiIntegrationTest extends ServerTest {

  @Test
  void shouldEstimateFromTheDemoOfficesExampleFiguresWithoutSignIn() {
    Api.Response r =
        api.get(
            "/api/v1/pension/estimate?basePercent=60&years=20&retirementAge=60&retirementYear=2028",
            Api.Auth.none());

    assertThat(r.status()).isEqualTo(200);
    JsonNode a = r.json();
    assertThat(a.path("example").asBoolean()).isTrue();
    assertThat(a.path("estimate").path("monthlyContribution").asDouble()).isEqualTo(960.0);
    assertThat(a.path("estimate").path("basicPension").asDouble()).isEqualTo(1280.0);
    assertThat(a.path("estimate").path("monthsDivisor").asInt()).isEqualTo(139);
    assertThat(Math.round(a.path("monthlyPension").asDouble())).isEqualTo(1943);
    assertThat(a.path("formula").get(2).path("text").path("zh-CN").asString())
        .isEqualTo("基础养老金 = (8,000 + 4,800) ÷ 2 × 20 年 × 1% = 1,280 元");
  }

  @Test
  void shouldNameTheFieldAndSayItPlainlyWhenTheBaseIsOutOfRange() {
    Api.Response r =
        api.get(
            "/api/v1/pension/estimate?basePercent=50&years=20&retirementAge=60", Api.Auth.none());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("field").asString()).isEqualTo("basePercent");
    JsonNode problem = r.json().path("errors").get(0);
    assertThat(problem.path("messages").path("zh-CN").asString())
        .isEqualTo("缴费基数要在社平工资的 60% 到 300% 之间。");
    assertThat(problem.path("messages").path("en").asString())
        .isEqualTo("The contribution base must be between 60% and 300% of the average wage.");
  }

  @Test
  void shouldListEveryMissingOrWrongFieldAtOnce() {
    Api.Response r =
        api.get("/api/v1/pension/estimate?basePercent=abc&retirementAge=70", Api.Auth.none());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").findValuesAsString("field"))
        .containsExactly("basePercent", "years", "retirementAge");
  }

  @Test
  void shouldLetAManagerChangeTheLocalFiguresAndTheEstimateFollow() {
    JsonNode read = api.get("/api/v1/admin/pension-figures", MANAGER).json();
    ObjectNode figures = (ObjectNode) read.path("figures").deepCopy();
    figures.put("averageMonthlyWage", 10_000).put("example", false).put("year", 2026);
    try {
      Api.Response saved =
          api.put(
              "/api/v1/admin/pension-figures?version=" + read.path("version").asLong(),
              figures.toString(),
              MANAGER);
      assertThat(saved.status()).isEqualTo(200);

      JsonNode a =
          api.get(
                  "/api/v1/pension/estimate?basePercent=100&years=10&retirementAge=63",
                  Api.Auth.none())
              .json();
      assertThat(a.path("example").asBoolean()).isFalse();
      assertThat(a.path("figuresYear").asInt()).isEqualTo(2026);
      assertThat(a.path("estimate").path("monthlyContribution").asDouble()).isEqualTo(2000.0);
      assertThat(a.path("estimate").path("basicPension").asDouble()).isEqualTo(1000.0);

      Api.Response stale =
          api.put(
              "/api/v1/admin/pension-figures?version=" + read.path("version").asLong(),
              figures.toString(),
              MANAGER);
      assertThat(stale.status()).isEqualTo(409);
    } finally {
      JsonNode now = api.get("/api/v1/admin/pension-figures", MANAGER).json();
      assertThat(
              api.put(
                      "/api/v1/admin/pension-figures?version=" + now.path("version").asLong(),
                      read.path("figures").toString(),
                      MANAGER)
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  void shouldRefuseWrongFiguresNamingTheFieldAndKeepTheOldOnes() {
    ObjectNode figures =
        (ObjectNode)
            api.get("/api/v1/admin/pension-figures", MANAGER).json().path("figures").deepCopy();
    figures.put("personalAccountRatePercent", 30);

    Api.Response r = api.put("/api/v1/admin/pension-figures", figures.toString(), MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("figures.personalAccountRatePercent");
    assertThat(
            api.get("/api/v1/pension/figures", Api.Auth.none())
                .json()
                .path("personalAccountRatePercent")
                .asDouble())
        .isEqualTo(8.0);
  }

  @Test
  void shouldKeepTheFiguresForManagers() {
    assertThat(api.get("/api/v1/admin/pension-figures", Api.Auth.none()).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/admin/pension-figures", STAFF).status()).isEqualTo(403);
    assertThat(api.put("/api/v1/admin/pension-figures", "{}", STAFF).status()).isEqualTo(403);
  }
}
