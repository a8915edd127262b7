package org.hallqueue.server.office;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The office's background routines (closing the day, backups), each on its own daemon thread,
 * stopped with the server. A run that fails is logged and tried again at the next turn.
 */
@Component
public class Routines implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(Routines.class);

  private final List<ScheduledExecutorService> timers = new CopyOnWriteArrayList<>();

  /** Runs {@code routine} every {@code period}, the first time one period from now. */
  public void every(Duration period, String name, Runnable routine) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            });
    timers.add(timer);
    long millis = Math.max(1, period.toMillis());
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            routine.run();
          } catch (RuntimeException e) {
            log.warn("{} failed; trying again in {}", name, period, e);
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void destroy() {
    timers.forEach(ScheduledExecutorService::shutdownNow);
  }
}
