package org.hallqueue.kiosk.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The kiosk's background executor under the test's control, on the test's thread: work runs at once
 * (or waits while held, until released), and delayed work waits until the test runs it, its delay
 * written down.
 */
final class ControlledScheduler extends AbstractExecutorService
    implements ScheduledExecutorService {

  private final List<Runnable> held = new ArrayList<>();
  private final List<Runnable> delayed = new ArrayList<>();
  private final List<Duration> delays = new ArrayList<>();
  private boolean holding;

  @Override
  public void execute(Runnable work) {
    if (holding) {
      held.add(work);
    } else {
      work.run();
    }
  }

  /** From now on, work waits until {@link #release()}. */
  void hold() {
    holding = true;
  }

  /** Runs the work held so far, and runs new work at once again. */
  void release() {
    holding = false;
    List<Runnable> now = new ArrayList<>(held);
    held.clear();
    now.forEach(Runnable::run);
  }

  /** Runs the delayed work due so far (as if its delay had passed). */
  void runDelayed() {
    List<Runnable> now = new ArrayList<>(delayed);
    delayed.clear();
    now.forEach(Runnable::run);
  }

  /** The delays asked for, in order. */
  List<Duration> delays() {
    return List.copyOf(delays);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable work, long delay, TimeUnit unit) {
    delayed.add(work);
    delays.add(Duration.of(delay, unit.toChronoUnit()));
    return null; // the kiosk never cancels delayed work
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> work, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException("the kiosk schedules runnables only");
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable work, long initialDelay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException("the kiosk repeats nothing on this executor");
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable work, long initialDelay, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException("the kiosk repeats nothing on this executor");
  }

  @Override
  public void shutdown() {}

  @Override
  public List<Runnable> shutdownNow() {
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return true;
  }
}
