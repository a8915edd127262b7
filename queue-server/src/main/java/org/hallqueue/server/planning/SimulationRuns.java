package org.hallqueue.server.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Simulations run in the background so the console can show their progress: at most {@link
 * #THREADS} at once and {@link #QUEUED} waiting (answers given at once included, see {@link #now});
 * beyond that a new run is refused (429). A run's outcome is kept for {@link #KEEP} after it was
 * started, then forgotten. Nothing is stored.
 */
@Component
class SimulationRuns implements DisposableBean {
  static final int THREADS = 2;
  static final int QUEUED = 4;
  static final Duration KEEP = Duration.ofMinutes(10);

  /** What a run has done so far; {@code result} once DONE, {@code error} once FAILED. */
  record Progress(String id, String status, int done, int total, Object result, String error) {}

  /** Too many runs at once. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("the server is already running " + (THREADS + QUEUED) + " simulations; try again soon");
    }
  }

  private final class Run {
    final String id = UUID.randomUUID().toString();
    final Instant started = clock.instant();
    final AtomicInteger done = new AtomicInteger();
    final int total;
    volatile String status = "QUEUED";
    volatile Object result;
    volatile String error;

    Run(int total) {
      this.total = total;
    }

    Progress progress() {
      return new Progress(id, status, done.get(), total, result, error);
    }
  }

  private final Clock clock;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          THREADS,
          THREADS,
          30,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(QUEUED),
          r -> {
            Thread t = new Thread(r, "simulation");
            t.setDaemon(true);
            return t;
          });

  SimulationRuns(Clock clock) {
    this.clock = clock;
    executor.allowCoreThreadTimeOut(true);
  }

  /**
   * Starts a run of {@code total} steps; {@code work} reports each step done to its argument.
   *
   * @throws Busy when the pool and its queue are full
   */
  Progress start(int total, Function<IntConsumer, Object> work) {
    forgetOld();
    Run run = new Run(total);
    runs.put(run.id, run);
    try {
      executor.execute(
          () -> {
            run.status = "RUNNING";
            try {
              run.result = work.apply(run.done::set);
              run.done.set(total);
              run.status = "DONE";
            } catch (RuntimeException e) {
              run.error = e.getMessage();
              run.status = "FAILED";
            }
          });
    } catch (RejectedExecutionException e) {
      runs.remove(run.id);
      throw new Busy();
    }
    return run.progress();
  }

  /**
   * Runs {@code work} on the same bounded pool and waits for it, so answers given at once share the
   * pool's limits with background runs.
   *
   * @throws Busy when the pool and its queue are full
   */
  <T> T now(Supplier<T> work) {
    Future<T> answer;
    try {
      answer = executor.submit(work::get);
    } catch (RejectedExecutionException e) {
      throw new Busy();
    }
    try {
      return answer.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while simulating", e);
    }
  }

  Optional<Progress> progress(String id) {
    forgetOld();
    return Optional.ofNullable(runs.get(id)).map(Run::progress);
  }

  private void forgetOld() {
    Instant cutoff = clock.instant().minus(KEEP);
    runs.values().removeIf(r -> r.started.isBefore(cutoff));
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
