package org.hallqueue.server.failover;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leader lock of a PostgreSQL database: a session-level advisory lock held on a connection of
 * its own for the life of the active server. PostgreSQL releases it the moment that session ends
 * (the process died, its host or network went away), and a standby takes it. A server that finds
 * its lock session gone stops at once: the standby may already be the active one, and two writers
 * would call the same ticket.
 */
final class LeaderLock {
  private static final Logger log = LoggerFactory.getLogger(LeaderLock.class);

  /** "HallQueu" in ASCII: the one advisory lock key of a HallQueue database. */
  static final long KEY = 0x48616c6c51756575L;

  static final int EXIT_LOCK_LOST = 3;

  private final Connection session;
  private volatile boolean closed;
  private volatile Thread watcher;

  private LeaderLock(Connection session) {
    this.session = session;
  }

  /** Opens the session that takes the lock (once the lock is free) and holds it. */
  static LeaderLock open(String url, String username, String password) throws SQLException {
    Properties credentials = new Properties();
    if (!username.isBlank()) {
      credentials.setProperty("user", username);
      credentials.setProperty("password", password);
    }
    credentials.setProperty("ApplicationName", "hallqueue-leader-lock");
    credentials.setProperty("tcpKeepAlive", "true");
    return new LeaderLock(DriverManager.getConnection(url, credentials));
  }

  /** Takes the lock on this session; false while another server's session holds it. */
  boolean take() throws SQLException {
    try (Statement statement = session.createStatement();
        ResultSet rs = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * Stops checking the lock: the server is shutting down, and its session (so the lock) ends with
   * the process, after everything that writes has stopped.
   */
  void stopWatching() {
    closed = true;
    Thread w = watcher;
    if (w != null) {
      w.interrupt();
    }
  }

  /** Ends the session (a standby's that failed). */
  void close() {
    stopWatching();
    try {
      session.close();
    } catch (SQLException ignored) {
      // the session is gone already
    }
  }

  /** How often the active server checks its lock's session. */
  static final long CHECK_MILLIS = 250;

  /** Checks the lock's session four times a second; stops the process the moment it is gone. */
  void watch() {
    Thread watcher =
        new Thread(
            () -> {
              while (!closed) {
                try {
                  TimeUnit.MILLISECONDS.sleep(CHECK_MILLIS);
                  if (!stillHeld()) {
                    stop("the leader lock is no longer held");
                    return;
                  }
                } catch (InterruptedException e) {
                  return;
                } catch (SQLException | RuntimeException e) {
                  stop("the leader lock's database session failed: " + e.getMessage());
                  return;
                }
              }
            },
            "leader-lock");
    watcher.setDaemon(true);
    this.watcher = watcher;
    watcher.start();
  }

  private boolean stillHeld() throws SQLException {
    try (Statement statement = session.createStatement()) {
      statement.setQueryTimeout(3);
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                  + " AND pid = pg_backend_pid() AND objid = "
                  + (KEY & 0xffffffffL))) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /**
   * Stops the process at once (exit 3), unless this server is ending anyway: its lock closed by the
   * server's own shutdown, or the JVM shutting down (its database may go first then).
   */
  private void stop(String why) {
    if (closed || shuttingDown()) {
      log.info("the leader lock ended while this server shuts down: {}", why);
      return;
    }
    log.error(
        "STOPPING: {}. Another server may be the active one now; restart this one to run as its"
            + " standby.",
        why);
    Runtime.getRuntime().halt(EXIT_LOCK_LOST);
  }

  private static boolean shuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true; // "Shutdown in progress"
    }
  }
}
