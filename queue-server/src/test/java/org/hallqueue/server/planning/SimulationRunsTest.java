package org.hallqueue.server.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimulationRunsTest {
  /** A clock the test moves by hand. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-12-07T01:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static SimulationRuns.Progress waitDone(SimulationRuns runs, String id)
      throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      SimulationRuns.Progress p = runs.progress(id).orElseThrow();
      if (p.status().equals("DONE") || p.status().equals("FAILED")) {
        return p;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("run " + id + " never finished");
  }

  @Test
  void shouldReportEachStepAndTheResultWhenDone() throws InterruptedException {
    SimulationRuns runs = new SimulationRuns(new Hands());
    String id =
        runs.start(
                3,
                step -> {
                  for (int i = 1; i <= 3; i++) {
                    step.accept(i);
                  }
                  return "answer";
                })
            .id();

    SimulationRuns.Progress done = waitDone(runs, id);

    assertThat(done.done()).isEqualTo(3);
    assertThat(done.total()).isEqualTo(3);
    assertThat(done.result()).isEqualTo("answer");
    runs.destroy();
  }

  @Test
  void shouldAnswerAtOnceOnTheSamePoolAndPassOnItsFailure() {
    SimulationRuns runs = new SimulationRuns(new Hands());

    assertThat(runs.now(() -> "answer")).isEqualTo("answer");
    assertThatThrownBy(
            () ->
                runs.now(
                    () -> {
                      throw new IllegalArgumentException("bad scenario");
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad scenario");
    runs.destroy();
  }

  @Test
  void shouldTellWhyARunFailed() throws InterruptedException {
    SimulationRuns runs = new SimulationRuns(new Hands());
    String id =
        runs.start(
                1,
                step -> {
                  throw new IllegalStateException("no counter opens");
                })
            .id();

    assertThat(waitDone(runs, id).error()).isEqualTo("no counter opens");
    runs.destroy();
  }

  @Test
  void shouldRefuseARunWhenThePoolAndItsQueueAreFull() throws InterruptedException {
    SimulationRuns runs = new SimulationRuns(new Hands());
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < SimulationRuns.THREADS + SimulationRuns.QUEUED; i++) {
      runs.start(
          1,
          step -> {
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return null;
          });
    }

    assertThatThrownBy(() -> runs.start(1, step -> null)).isInstanceOf(SimulationRuns.Busy.class);
    assertThatThrownBy(() -> runs.now(() -> "at once")).isInstanceOf(SimulationRuns.Busy.class);
    release.countDown();
    runs.destroy();
  }

  @Test
  void shouldForgetARunAfterSomeMinutes() throws InterruptedException {
    Hands clock = new Hands();
    SimulationRuns runs = new SimulationRuns(clock);
    String id = runs.start(1, step -> "kept").id();
    waitDone(runs, id);

    clock.now = clock.now.plus(SimulationRuns.KEEP).plus(Duration.ofSeconds(1));

    assertThat(runs.progress(id)).isEmpty();
    runs.destroy();
  }
}
