package org.hallqueue.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Stored totals of closed days, and what happens when one of their tickets changes later. */
class DailyRollupsIntegrationTest extends ServerTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 2);

  @Autowired JdbcClient db;

  @Test
  void shouldRecomputeAClosedDayWhenOneOfItsTicketsIsFinishedAfterTheDayWasStored() {
    long nine = DAY.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
    db.sql(
            """
            INSERT INTO ticket (number, issued_service, office_day, day_sequence, service, lane,
              language, status, issued_at, queued_at, tracking_token)
            VALUES ('A901', 'A', ?, 901, 'A', 'standard', 'zh-CN', 'WAITING', ?, ?, 'rollup-test')""")
        .params(DAY.toString(), nine, nine)
        .update();
    JsonNode stored = day();
    assertThat(stored.path("issued").asInt()).isEqualTo(1);
    assertThat(stored.path("served").asInt()).isZero();
    assertThat(
            db.sql("SELECT COUNT(*) FROM stats_day WHERE office_day = ?")
                .param(DAY.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    db.sql(
            """
            UPDATE ticket SET status = 'DONE', counter_id = 'counter-1', called_at = ?,
              started_at = ?, finished_at = ? WHERE tracking_token = 'rollup-test'""")
        .params(nine + 600_000, nine + 660_000, nine + 1_200_000)
        .update();

    JsonNode recomputed = day();
    assertThat(recomputed.path("called").asInt()).isEqualTo(1);
    assertThat(recomputed.path("served").asInt()).isEqualTo(1);
    assertThat(recomputed.path("waitMedian").asLong()).isEqualTo(600);
  }

  private JsonNode day() {
    JsonNode days = api.get("/api/v1/admin/stats/trend?to=" + DAY + "&days=1", MANAGER).json();
    assertThat(days.size()).isEqualTo(1);
    return days.get(0);
  }
}
