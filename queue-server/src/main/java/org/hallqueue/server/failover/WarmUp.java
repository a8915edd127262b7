package org.hallqueue.server.failover;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standby starts the whole server once, on a scratch schema of the hall's database and a port of
 * its own, then stops it and drops the schema: its classes are loaded and compiled, so taking over
 * later is a warm start, several times quicker than a cold one. Nothing of the hall's own tables is
 * touched.
 */
final class WarmUp {
  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

  private WarmUp() {}

  static void run(LaunchSettings settings, Consumer<String[]> server) {
    String schema = "hallqueue_warmup_" + ProcessHandle.current().pid();
    String url = settings.databaseUrl();
    String scratch = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    List<String> args = new ArrayList<>();
    for (String arg : settings.args()) {
      if (!arg.startsWith("--server.port=") && !arg.startsWith("--spring.datasource.url=")) {
        args.add(arg);
      }
    }
    args.add("--server.port=0");
    args.add("--spring.datasource.url=" + scratch);
    args.add("--spring.flyway.schemas=" + schema);
    args.add("--queue.backup.every=PT0S");
    long t0 = System.nanoTime();
    try {
      server.accept(args.toArray(String[]::new));
      log.info("warmed up in {} ms", (System.nanoTime() - t0) / 1_000_000);
    } catch (RuntimeException e) {
      log.warn("the warm-up start failed ({}); taking over will be a cold start", e.getMessage());
    } finally {
      drop(settings, schema);
    }
  }

  private static void drop(LaunchSettings settings, String schema) {
    Properties credentials = new Properties();
    settings.value("spring.datasource.username").ifPresent(u -> credentials.setProperty("user", u));
    settings
        .value("spring.datasource.password")
        .ifPresent(p -> credentials.setProperty("password", p));
    try (Connection db = DriverManager.getConnection(settings.databaseUrl(), credentials);
        Statement statement = db.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      log.warn("the warm-up schema {} could not be dropped: {}", schema, e.getMessage());
    }
  }
}
