package org.hallqueue.server.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hallqueue.server.simulation.ServiceMinutes;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demand and service times learned from tickets of weeks long past (no other test uses them). */
class OfficeHistoryIntegrationTest extends ServerTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);

  @Autowired JdbcClient db;
  @Autowired OfficeHistory history;
  @Autowired TodaysOffice office;

  private void visitors(LocalDate day, int count, int clockHour, int serviceMinutes) {
    for (int i = 0; i < count; i++) {
      long issued = day.atTime(clockHour, i % 60).atZone(SHANGHAI).toInstant().toEpochMilli();
      long started = issued + 300_000;
      db.sql(
              """
              INSERT INTO ticket (number, issued_service, office_day, day_sequence, service, lane,
                language, status, issued_at, queued_at, called_at, started_at, finished_at,
                counter_id, tracking_token)
              VALUES (?, 'B', ?, ?, 'B', 'standard', 'zh-CN', 'DONE', ?, ?, ?, ?, ?, 'counter-3', ?)""")
          .params(
              "B" + (500 + i),
              day.toString(),
              500 + clockHour * 100 + i,
              issued,
              issued,
              started - 60_000,
              started,
              started + serviceMinutes * 60_000L,
              "history-" + day + "-" + clockHour + "-" + i)
          .update();
    }
  }

  @Test
  void shouldLearnTheWeekdaysDemandPerHourAndTheServiceTimesFromFinishedTickets() {
    visitors(LocalDate.of(2020, 5, 18), 40, 10, 12);
    visitors(LocalDate.of(2020, 5, 25), 20, 10, 12);
    visitors(LocalDate.of(2020, 5, 26), 7, 14, 20);

    OfficeHistory.Learned mondays = history.learn(TODAY, DayOfWeek.MONDAY, SHANGHAI);

    assertThat(mondays.days()).isEqualTo(2);
    assertThat(mondays.demand().get("B/standard")[1]).as("10:00 on Mondays").isEqualTo(30.0);
    assertThat(mondays.demand().get("B/standard")[0]).isZero();
    assertThat(mondays.serviceMinutes().get("B")).hasSize(67);
    assertThat(mondays.serviceMinutesByHour().get("B").get(5)).hasSize(7).containsOnly(20.0);

    ServiceMinutes learned = office.serviceMinutes(mondays).get("B");
    assertThat(learned.distribution()).isEqualTo(ServiceMinutes.Distribution.EMPIRICAL);
    assertThat(learned.expectedMinutes()).as("the configured 15 minutes").isEqualTo(15.0);
    assertThat(office.serviceMinutes(mondays).get("A").distribution())
        .as("too little history: the configured time, exponential")
        .isEqualTo(ServiceMinutes.Distribution.EXPONENTIAL);
  }
}
