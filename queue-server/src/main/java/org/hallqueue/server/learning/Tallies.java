package org.hallqueue.server.learning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The counts, per office day, channel and what was counted. */
@Component
class Tallies {
  private final JdbcClient db;
  private final Writes writes;
  private final OfficeDay officeDay;

  Tallies(JdbcClient db, Writes writes, OfficeDay officeDay) {
    this.db = db;
    this.writes = writes;
    this.officeDay = officeDay;
  }

  void count(Tally tally) {
    String day = officeDay.today().toString();
    writes.inTransaction(
        () ->
            db.sql(
                    "INSERT INTO learning_tally (office_day, channel, what, tally) VALUES (?, ?, ?, 1)"
                        + " ON CONFLICT (office_day, channel, what)"
                        + " DO UPDATE SET tally = learning_tally.tally + 1")
                .params(day, tally.channel(), tally.what())
                .update());
  }

  /** Counts of one channel over some days. */
  record Counts(String channel, long started, long finished, long yes, long no, long notSure) {}

  /** The counts per channel from {@code from} to {@code to}, both included, then the total. */
  Map<String, Counts> between(LocalDate from, LocalDate to) {
    Map<String, Map<String, Long>> byChannel = new LinkedHashMap<>();
    for (String channel : Tally.CHANNELS) {
      byChannel.put(channel, new LinkedHashMap<>());
    }
    db.sql(
            "SELECT channel, what, SUM(tally) FROM learning_tally"
                + " WHERE office_day >= ? AND office_day <= ? GROUP BY channel, what")
        .params(from.toString(), to.toString())
        .query(
            rs -> {
              byChannel
                  .computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>())
                  .put(rs.getString(2), rs.getLong(3));
            });
    Map<String, Counts> out = new LinkedHashMap<>();
    Map<String, Long> total = new LinkedHashMap<>();
    byChannel.forEach(
        (channel, counts) -> {
          out.put(channel, counts(channel, counts));
          counts.forEach((what, n) -> total.merge(what, n, Long::sum));
        });
    out.put("ALL", counts("ALL", total));
    return out;
  }

  private static Counts counts(String channel, Map<String, Long> c) {
    return new Counts(
        channel,
        c.getOrDefault("STARTED", 0L),
        c.getOrDefault("FINISHED", 0L),
        c.getOrDefault("ANSWER_YES", 0L),
        c.getOrDefault("ANSWER_NO", 0L),
        c.getOrDefault("ANSWER_NOT_SURE", 0L));
  }
}
