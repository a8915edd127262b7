package org.hallqueue.server.stats;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.persistence.Database;
import org.hallqueue.server.persistence.DatabaseFileWatch;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the statistics over a generated year of history on a real SQLite file (not a test: run
 * it by hand). Generates {@code ticketsPerDay} tickets on each of 312 opening days (Monday to
 * Saturday) with their ISSUED, CALLED (with reason), STARTED and COMPLETED events and the counters'
 * opening and closing, then times the console's queries, cold and warm.
 *
 * <pre>
 * ./mvnw -B -q -f queue-server/pom.xml test-compile
 * java -cp "queue-server/target/test-classes:queue-server/target/classes:$(cat cp.txt)" \
 *   org.hallqueue.server.stats.StatsBenchmark [ticketsPerDay]
 * </pre>
 */
public final class StatsBenchmark {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String[] SERVICES = {"A", "B", "C", "D", "E", "F"};
  static final String[] LANES = {"standard", "standard", "standard", "elderly", "women", "migrant"};
  static final String[] RULES = {"WEIGHTED_AGING", "WEIGHTED_AGING", "AFFINITY", "CAP_EXCEEDED"};
  static final int COUNTERS = 9;

  public static void main(String[] args) throws Exception {
    int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path dir = Files.createTempDirectory("stats-benchmark");
    String url =
        "jdbc:sqlite:"
            + dir.resolve("queue.db")
            + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&transaction_mode=IMMEDIATE";
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    try (HikariDataSource ds = new HikariDataSource(config)) {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      LocalDate last = LocalDate.of(2026, 11, 21); // a Saturday
      LocalDate first = last.minusDays(363);
      long t0 = System.nanoTime();
      int[] counts = generate(ds, first, last, perDay);
      System.out.printf(
          "generated %,d tickets and %,d events over %d opening days in %.1f s; file %,d MB%n",
          counts[0],
          counts[1],
          counts[2],
          (System.nanoTime() - t0) / 1e9,
          Files.size(dir.resolve("queue.db")) / 1_000_000);

      JsonMapper mapper = JsonMapper.builder().build();
      Json json = new Json(mapper);
      JdbcClient db = JdbcClient.create(ds);
      Writes writes =
          new Writes(new JdbcTransactionManager(ds), event -> {}, new DatabaseFileWatch(url), ds);
      CatalogStore catalog = new CatalogStore(db, json, writes, new Database(url));
      Clock clock =
          Clock.fixed(last.atTime(16, 0).atZone(ZONE).toInstant(), ZONE); // the last day is live
      TicketFacts facts = new TicketFacts(db);
      Statistics statistics =
          new Statistics(
              facts, new FairnessAudit(db), new CounterHours(db), catalog, clock, () -> ZONE);
      DailyRollups rollups = new DailyRollups(db, facts, catalog, writes, clock, new Database(url));

      LocalDate middle = first.plusDays(180);
      time("day report, a past day (mid-year)", () -> statistics.report(middle, false));
      time("day report, today (live)", () -> statistics.report(last, false));
      time("week report, a past week", () -> statistics.report(middle, true));
      time(
          "fairness audit alone, a week",
          () -> new FairnessAudit(db).audit(StatsWindow.week(middle, ZONE)));
      once(
          "trend 365 days, cold (computes and stores 364 daily rollups)",
          () -> rollups.days(last.minusDays(364), last, last));
      time(
          "trend 365 days, warm (reads the rollups, today live)",
          () -> rollups.days(last.minusDays(364), last, last));
      time("trend 30 days, warm", () -> rollups.days(last.minusDays(29), last, last));

      System.out.println("\nquery plans:");
      plan(
          db,
          "SELECT office_day, service, lane, status, issued_at, called_at, started_at, finished_at, counter_id, transfer_count FROM ticket WHERE office_day BETWEEN '2026-05-01' AND '2026-05-07'");
      plan(
          db,
          "SELECT json_extract(payload, '$.reason.rule') FROM event WHERE type = 'TICKET_CALLED' AND at >= 0 AND at < 1");
      plan(
          db,
          "SELECT payload FROM event WHERE type = 'CONFIG_CHANGED' AND seq < 9 ORDER BY at DESC, seq DESC LIMIT 50");

      System.out.println("\nwithout the V2 indexes (for comparison):");
      db.sql("DROP INDEX ticket_stats").update();
      db.sql("DROP INDEX event_type_at").update();
      time("day report, a past day (mid-year)", () -> statistics.report(middle, false));
      time("week report, a past week", () -> statistics.report(middle, true));
      writes.destroy();
    }
  }

  static int[] generate(HikariDataSource ds, LocalDate first, LocalDate last, int perDay)
      throws Exception {
    Random random = new Random(7);
    int tickets = 0;
    int events = 0;
    int days = 0;
    long seq = 0;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement lane =
              c.prepareStatement("INSERT INTO lane VALUES (?, ?, '{}', ?, ?, 1, 1, 0)");
          PreparedStatement service =
              c.prepareStatement(
                  "INSERT INTO service VALUES (?, ?, '{}', 600, '[]', NULL, NULL, 0)");
          PreparedStatement counter =
              c.prepareStatement(
                  "INSERT INTO counter VALUES (?, ?, ?, '[\"A\",\"B\",\"C\",\"D\",\"E\",\"F\"]', NULL, 'CLOSED', NULL)")) {
        String[][] lanes = {
          {"standard", "1", "3600"},
          {"elderly", "2", "1800"},
          {"women", "1.5", "2400"},
          {"migrant", "1.5", "2400"}
        };
        for (String[] l : lanes) {
          lane.setString(1, l[0]);
          lane.setString(2, "{\"zh-CN\":\"" + l[0] + "\",\"en\":\"" + l[0] + "\"}");
          lane.setDouble(3, Double.parseDouble(l[1]));
          lane.setLong(4, Long.parseLong(l[2]));
          lane.executeUpdate();
        }
        for (String s : SERVICES) {
          service.setString(1, s);
          service.setString(2, "{\"zh-CN\":\"业务" + s + "\",\"en\":\"Service " + s + "\"}");
          service.executeUpdate();
        }
        for (int i = 1; i <= COUNTERS; i++) {
          counter.setString(1, "counter-" + i);
          counter.setInt(2, i);
          counter.setString(3, "{\"zh-CN\":\"" + i + "号窗口\",\"en\":\"Counter " + i + "\"}");
          counter.executeUpdate();
        }
      }
      PreparedStatement ticket =
          c.prepareStatement(
              "INSERT INTO ticket (id, number, issued_service, office_day, day_sequence, service, lane,"
                  + " language, status, issued_at, queued_at, counter_id, called_at, started_at,"
                  + " finished_at, tracking_token, transfer_count) VALUES"
                  + " (?, ?, ?, ?, ?, ?, ?, 'zh-CN', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      PreparedStatement event =
          c.prepareStatement("INSERT INTO event (seq, type, at, payload) VALUES (?, ?, ?, ?)");
      long id = 0;
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        if (day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
          continue;
        }
        days++;
        long open = day.atTime(8, 30).atZone(ZONE).toInstant().toEpochMilli();
        long close = day.atTime(17, 30).atZone(ZONE).toInstant().toEpochMilli();
        for (int k = 1; k <= COUNTERS; k++) {
          events +=
              addEvent(
                  event,
                  ++seq,
                  "COUNTER_STATUS",
                  open,
                  "{\"counter\":{\"id\":\"counter-"
                      + k
                      + "\",\"number\":"
                      + k
                      + ",\"status\":\"OPEN\"},\"by\":\"staff"
                      + k
                      + "\"}");
          events +=
              addEvent(
                  event,
                  ++seq,
                  "COUNTER_STATUS",
                  close,
                  "{\"counter\":{\"id\":\"counter-"
                      + k
                      + "\",\"number\":"
                      + k
                      + ",\"status\":\"CLOSED\"},\"by\":\"staff"
                      + k
                      + "\"}");
        }
        int[] perService = new int[SERVICES.length];
        for (int n = 0; n < perDay; n++) {
          int s = random.nextInt(SERVICES.length);
          String svc = SERVICES[s];
          String laneCode = LANES[random.nextInt(LANES.length)];
          long issued = open + (long) ((close - open - 1_800_000) * random.nextDouble());
          long waited = (long) (random.nextExponential() * 900_000);
          long called = issued + waited;
          boolean noShow = random.nextInt(40) == 0;
          long started = called + 60_000;
          long finished = started + 120_000 + (long) (random.nextExponential() * 480_000);
          int k = 1 + random.nextInt(COUNTERS);
          String number = svc + String.format("%03d", ++perService[s]);
          ticket.setLong(1, ++id);
          ticket.setString(2, number);
          ticket.setString(3, svc);
          ticket.setString(4, day.toString());
          ticket.setInt(5, perService[s]);
          ticket.setString(6, svc);
          ticket.setString(7, laneCode);
          ticket.setString(8, noShow ? "NO_SHOW" : "DONE");
          ticket.setLong(9, issued);
          ticket.setLong(10, issued);
          ticket.setString(11, "counter-" + k);
          ticket.setLong(12, called);
          if (noShow) {
            ticket.setNull(13, java.sql.Types.INTEGER);
          } else {
            ticket.setLong(13, started);
          }
          ticket.setLong(14, noShow ? called + 180_000 : finished);
          ticket.setString(15, "tok-" + id);
          ticket.setInt(16, random.nextInt(30) == 0 ? 1 : 0);
          ticket.addBatch();
          tickets++;
          String t =
              "{\"id\":"
                  + id
                  + ",\"number\":\""
                  + number
                  + "\",\"service\":\""
                  + svc
                  + "\",\"lane\":\""
                  + laneCode
                  + "\",\"status\":\"WAITING\",\"issuedAt\":\""
                  + Instant.ofEpochMilli(issued)
                  + "\"}";
          String ctr = "{\"id\":\"counter-" + k + "\",\"number\":" + k + ",\"status\":\"OPEN\"}";
          int ahead = random.nextInt(5) == 0 ? 1 + random.nextInt(4) : 0;
          events +=
              addEvent(
                  event,
                  ++seq,
                  "TICKET_ISSUED",
                  issued,
                  "{\"seq\":"
                      + seq
                      + ",\"type\":\"TICKET_ISSUED\",\"at\":\""
                      + Instant.ofEpochMilli(issued)
                      + "\",\"ticket\":"
                      + t
                      + "}");
          events +=
              addEvent(
                  event,
                  ++seq,
                  "TICKET_CALLED",
                  called,
                  "{\"seq\":"
                      + seq
                      + ",\"type\":\"TICKET_CALLED\",\"at\":\""
                      + Instant.ofEpochMilli(called)
                      + "\",\"ticket\":"
                      + t
                      + ",\"counter\":"
                      + ctr
                      + ",\"by\":\"staff"
                      + k
                      + "\",\"reason\":{\"strategy\":\"WEIGHTED_AGING\",\"rule\":\""
                      + RULES[random.nextInt(RULES.length)]
                      + "\",\"lane\":\""
                      + laneCode
                      + "\",\"waitedSeconds\":"
                      + waited / 1000
                      + ",\"weight\":1.0,\"urgency\":"
                      + (waited / 1000 + 60)
                      + ".0,\"capSeconds\":3600,\"aheadOfEarlier\":"
                      + ahead
                      + "},\"announcement\":{\"zh-CN\":\"请 "
                      + number
                      + " 号到 "
                      + k
                      + " 号窗口办理\",\"en\":\"Number "
                      + number
                      + ", please go to counter "
                      + k
                      + "\"}}");
          if (!noShow) {
            events +=
                addEvent(
                    event,
                    ++seq,
                    "TICKET_STARTED",
                    started,
                    "{\"seq\":"
                        + seq
                        + ",\"type\":\"TICKET_STARTED\",\"ticket\":"
                        + t
                        + ",\"counter\":"
                        + ctr
                        + "}");
            events +=
                addEvent(
                    event,
                    ++seq,
                    "TICKET_COMPLETED",
                    finished,
                    "{\"seq\":"
                        + seq
                        + ",\"type\":\"TICKET_COMPLETED\",\"ticket\":"
                        + t
                        + ",\"counter\":"
                        + ctr
                        + "}");
          } else {
            events +=
                addEvent(
                    event,
                    ++seq,
                    "TICKET_NO_SHOW",
                    called + 180_000,
                    "{\"seq\":" + seq + ",\"type\":\"TICKET_NO_SHOW\",\"ticket\":" + t + "}");
          }
        }
        ticket.executeBatch();
        event.executeBatch();
        c.commit();
      }
    }
    return new int[] {tickets, events, days};
  }

  private static int addEvent(
      PreparedStatement event, long seq, String type, long at, String payload) throws Exception {
    event.setLong(1, seq);
    event.setString(2, type);
    event.setLong(3, at);
    event.setString(4, payload);
    event.addBatch();
    return 1;
  }

  static void time(String what, Supplier<?> query) {
    query.get(); // warm the page cache and the JIT once
    long[] ms = new long[7];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      query.get();
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    Arrays.sort(ms);
    System.out.printf("%-62s median %5d ms, max %5d ms (7 runs)%n", what, ms[3], ms[6]);
  }

  static void once(String what, Supplier<?> query) {
    long t = System.nanoTime();
    query.get();
    System.out.printf("%-62s %5d ms (once)%n", what, (System.nanoTime() - t) / 1_000_000);
  }

  static void plan(JdbcClient db, String sql) {
    List<String> rows = new ArrayList<>();
    db.sql("EXPLAIN QUERY PLAN " + sql).query((rs, n) -> rows.add(rs.getString(4))).list();
    System.out.println("  " + sql.substring(0, Math.min(70, sql.length())) + "… → " + rows);
  }
}
