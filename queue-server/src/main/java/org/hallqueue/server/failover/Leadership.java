package org.hallqueue.server.failover;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Active and standby servers on one PostgreSQL database. The server takes the database's leader
 * lock as its context starts, before anything reads the hall's tables. Without it, it is a hot
 * standby: its context and web server are up, it answers {@link StandbyAnswers}, and it tries the
 * lock five times a second on a session of its own. Everything that reads the hall's state at start
 * or writes (migrations, the waiting tickets, the event pump, the admin account, timers) is a duty
 * given to {@link #whenActive}: run at once on the active server, in the order of a start, and on a
 * standby only once it holds the lock, in the same order; then requests go through. On SQLite the
 * server is active at once (one server per file, held by its lock file).
 */
@Component
public class Leadership implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(Leadership.class);
  private static final long RETRY_MILLIS = 200;

  /**
   * A standby that got the lock waits this long before it reads or writes: should the former active
   * server still run (only its lock's session ended), it has checked its lock four times meanwhile
   * and stopped.
   */
  private static final long GRACE_MILLIS = 4 * LeaderLock.CHECK_MILLIS;

  private final String url;
  private final String username;
  private final String password;

  /** The duties a standby runs when it takes over, in the order they were given. */
  private final List<Duty> duties = new ArrayList<>();

  private volatile boolean active;
  private volatile Thread standby;

  /** The lock's session (opened at start, retried by the standby): held for life once taken. */
  private volatile LeaderLock session;

  private record Duty(String name, Runnable work) {}

  Leadership(
      @Value("${spring.datasource.url}") String url,
      @Value("${spring.datasource.username:}") String username,
      @Value("${spring.datasource.password:}") String password) {
    this.url = url;
    this.username = username;
    this.password = password;
    if (!url.startsWith("jdbc:postgresql:")) {
      active = true;
      return;
    }
    if (tryTake()) {
      session.watch();
      active = true;
      log.info("this server holds the leader lock and starts as the active server");
    } else {
      log.info("another server holds the leader lock: this one starts as its standby");
    }
  }

  /** Whether this server is the active one: it takes requests and writes. */
  public boolean active() {
    return active;
  }

  /**
   * Runs {@code duty} now on the active server; on a standby, when it takes over, after the duties
   * given before it.
   */
  public synchronized void whenActive(String name, Runnable duty) {
    if (active) {
      duty.run();
    } else {
      duties.add(new Duty(name, duty));
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void standByUntilTheLockIsFree() {
    if (active) {
      return;
    }
    Thread waiting = new Thread(this::standBy, "standby");
    waiting.setDaemon(true);
    standby = waiting;
    waiting.start();
    log.info("standing by, ready to take over");
  }

  private void standBy() {
    try {
      while (true) {
        TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
        if (tryTakeOrWait()) {
          takeOver();
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void takeOver() throws InterruptedException {
    long t0 = System.nanoTime();
    log.info("the active server is gone: taking over");
    session.watch();
    TimeUnit.MILLISECONDS.sleep(GRACE_MILLIS);
    try {
      for (Duty duty : duties) {
        long d0 = System.nanoTime();
        duty.work().run();
        log.info("took over {} in {} ms", duty.name(), (System.nanoTime() - d0) / 1_000_000);
      }
    } catch (RuntimeException e) {
      log.error("STOPPING: taking over failed; restart this server", e);
      Runtime.getRuntime().halt(1);
    }
    duties.clear();
    active = true;
    log.info("this server is the active one, {} ms after it got the lock", ms(t0));
  }

  private boolean tryTake() {
    try {
      if (session == null) {
        session = LeaderLock.open(url, username, password);
      }
      return session.take();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The server cannot reach its PostgreSQL database: " + e.getMessage(), e);
    }
  }

  private boolean tryTakeOrWait() {
    try {
      return tryTake();
    } catch (IllegalStateException e) {
      log.warn("cannot reach the database to check the leader lock: {}", e.getMessage());
      if (session != null) {
        session.close();
        session = null;
      }
      return false;
    }
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  /** The server shuts down: it stops standing by, or stops watching the lock it holds. */
  @Override
  public void destroy() {
    Thread waiting = standby;
    if (waiting != null) {
      waiting.interrupt();
    }
    LeaderLock lock = session;
    if (lock != null) {
      lock.stopWatching();
    }
  }
}
