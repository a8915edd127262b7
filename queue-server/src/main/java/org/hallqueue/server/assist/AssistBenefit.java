package org.hallqueue.server.assist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.stats.Spread;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the floor assistant helps, measured on one office day: how many visitors were
 * pre-checked, how soon help calls were answered, and, for pre-checked visitors against the others,
 * the counter's service time and the share that must come back (no-shows, and pre-checked visitors
 * who reached the counter with documents still missing). The counter records no reason when it
 * completes a visit, so the others' come-back share counts no-shows only.
 */
@Component
class AssistBenefit {
  private final JdbcClient db;
  private final OfficeDay officeDay;

  AssistBenefit(JdbcClient db, OfficeDay officeDay) {
    this.db = db;
    this.officeDay = officeDay;
  }

  /** One group of visitors: how many, finished how, served how long (seconds). */
  record Group(
      int tickets, int finished, int comeBack, Double comeBackShare, Spread serviceSeconds) {}

  /** Help calls: raised, answered, and seconds from the press to the accept. */
  record Help(int calls, int answered, Spread answerSeconds) {}

  record Benefit(
      LocalDate date,
      int tickets,
      int prechecked,
      Double precheckedShare,
      Group precheckedVisitors,
      Group others,
      Help help) {}

  Benefit of(LocalDate date) {
    LocalDate day = date == null ? officeDay.today() : date;
    List<Visit> visits =
        db.sql(
                """
                SELECT t.status, t.started_at, t.finished_at, p.ticket_id AS checked,
                  p.total - p.checked AS missing
                FROM ticket t LEFT JOIN ticket_precheck p ON p.ticket_id = t.id
                WHERE t.office_day = ?""")
            .param(day.toString())
            .query(
                (rs, row) -> {
                  long started = rs.getLong("started_at");
                  boolean hasStart = !rs.wasNull();
                  long finished = rs.getLong("finished_at");
                  boolean hasFinish = !rs.wasNull();
                  rs.getLong("checked");
                  boolean checked = !rs.wasNull();
                  return new Visit(
                      rs.getString("status"),
                      hasStart && hasFinish ? (finished - started) / 1000 : null,
                      checked,
                      checked && rs.getInt("missing") > 0);
                })
            .list();
    List<Visit> pre = visits.stream().filter(Visit::prechecked).toList();
    List<Visit> rest = visits.stream().filter(v -> !v.prechecked()).toList();
    return new Benefit(
        day,
        visits.size(),
        pre.size(),
        share(pre.size(), visits.size()),
        group(pre),
        group(rest),
        help(day));
  }

  private record Visit(String status, Long servedSeconds, boolean prechecked, boolean missing) {}

  private static Group group(List<Visit> visits) {
    int finished = 0;
    int comeBack = 0;
    List<Long> served = new ArrayList<>();
    for (Visit v : visits) {
      boolean noShow = v.status().equals("NO_SHOW");
      boolean done = v.status().equals("DONE");
      if (noShow || done) {
        finished++;
      }
      if (noShow || (done && v.missing())) {
        comeBack++;
      }
      if (done && v.servedSeconds() != null) {
        served.add(v.servedSeconds());
      }
    }
    return new Group(visits.size(), finished, comeBack, share(comeBack, finished), spread(served));
  }

  private Help help(LocalDate day) {
    long from = officeDay.endOf(day.minusDays(1)).toEpochMilli();
    long to = officeDay.endOf(day).toEpochMilli();
    List<Long> answers = new ArrayList<>();
    int[] calls = {0};
    db.sql(
            "SELECT requested_at, accepted_at FROM help_call WHERE requested_at >= ? AND requested_at < ?")
        .params(from, to)
        .query(
            (rs, row) -> {
              calls[0]++;
              long requested = rs.getLong(1);
              long accepted = rs.getLong(2);
              if (!rs.wasNull()) {
                answers.add(Math.max(0, (accepted - requested) / 1000));
              }
              return null;
            })
        .list();
    return new Help(calls[0], answers.size(), spread(answers));
  }

  private static Spread spread(List<Long> seconds) {
    return Spread.of(seconds.stream().mapToLong(Long::longValue).toArray(), seconds.size());
  }

  private static Double share(int part, int whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
  }
}
