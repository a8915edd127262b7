package org.hallqueue.server.failover;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active and standby servers on one PostgreSQL database. Before the server starts, it takes the
 * database's leader lock; while another server holds it, this one is the standby: it answers {@link
 * StandbyAnswers} on its port and tries the lock twice a second. Once it has the lock (the active
 * one died), it starts as the active server: numbering and the event log go on from the database,
 * where the other left them. On SQLite nothing of this applies (one server per file, held by its
 * lock file).
 */
public final class Leadership {
  private static final Logger log = LoggerFactory.getLogger(Leadership.class);
  private static final long RETRY_MILLIS = 500;

  /** Held for the life of the process: its session is the lock. */
  private static LeaderLock held;

  private Leadership() {}

  /**
   * Returns once this process may run the server: at once on SQLite, as leader on PostgreSQL. A
   * standby first runs {@code warmUp} with the arguments of a {@link WarmUp} (the server once, on a
   * scratch schema), so that taking over is a warm start.
   */
  public static void await(String[] args, java.util.function.Consumer<String[]> warmUp) {
    LaunchSettings settings = new LaunchSettings(args);
    if (!settings.databaseUrl().startsWith("jdbc:postgresql:")) {
      return;
    }
    try {
      Optional<LeaderLock> lock = LeaderLock.tryTake(settings);
      if (lock.isEmpty()) {
        lock = standBy(settings, warmUp);
      }
      held = lock.get();
      held.watch();
      log.info("this server holds the leader lock and starts as the active server");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The server cannot reach its PostgreSQL database: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException(
          "The standby server cannot listen on its port: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while standing by", e);
    }
  }

  private static Optional<LeaderLock> standBy(
      LaunchSettings settings, java.util.function.Consumer<String[]> warmUp)
      throws IOException, InterruptedException {
    log.info(
        "another server holds the leader lock: standing by on port {} until it is gone",
        settings.port());
    try (StandbyAnswers answers = StandbyAnswers.listen(settings.port())) {
      WarmUp.run(settings, warmUp);
      answers.warmedUp();
      while (true) {
        TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
        try {
          Optional<LeaderLock> lock = LeaderLock.tryTake(settings);
          if (lock.isPresent()) {
            log.info("the active server is gone: taking over");
            return lock;
          }
        } catch (SQLException e) {
          log.warn("cannot reach the database to check the leader lock: {}", e.getMessage());
        }
      }
    }
  }
}
