package org.hallqueue.server.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.server.support.MovableClock;
import org.junit.jupiter.api.Test;

class PlaysTest {
  private final MovableClock clock = new MovableClock();
  private final Plays plays = new Plays(5, clock);

  private static Tally step(String play, String step) {
    return new Tally(play, step, step.equals("ANSWERED") ? "YES" : null, "PHONE");
  }

  @Test
  void shouldCountEachStepOfAGameOnce() {
    assertThat(plays.take(step("game-0001", "STARTED"), "10.0.0.1")).isEqualTo(Plays.Refusal.NONE);
    assertThat(plays.take(step("game-0001", "STARTED"), "10.0.0.1"))
        .isEqualTo(Plays.Refusal.DUPLICATE);
    assertThat(plays.take(step("game-0001", "FINISHED"), "10.0.0.1")).isEqualTo(Plays.Refusal.NONE);
    assertThat(plays.take(step("game-0001", "FINISHED"), "10.0.0.1"))
        .isEqualTo(Plays.Refusal.DUPLICATE);
  }

  @Test
  void shouldNotCountAFinishOrAnswerForAGameThatNeverStarted() {
    assertThat(plays.take(step("never-started", "FINISHED"), "10.0.0.1"))
        .isEqualTo(Plays.Refusal.NOT_STARTED);
    assertThat(plays.take(step("never-started", "ANSWERED"), "10.0.0.1"))
        .isEqualTo(Plays.Refusal.NOT_STARTED);
  }

  @Test
  void shouldLimitTheCountsOfOneAddressPerMinuteButNotOthers() {
    for (int i = 0; i < 5; i++) {
      assertThat(plays.take(step("game-a" + i + "xxxx", "STARTED"), "10.0.0.1"))
          .isEqualTo(Plays.Refusal.NONE);
    }
    assertThat(plays.take(step("game-a9xxxx", "STARTED"), "10.0.0.1"))
        .isEqualTo(Plays.Refusal.TOO_MANY);
    assertThat(plays.take(step("game-b1xxxx", "STARTED"), "10.0.0.2"))
        .isEqualTo(Plays.Refusal.NONE);

    clock.advance(Duration.ofMinutes(1));
    assertThat(plays.take(step("game-a9xxxx", "STARTED"), "10.0.0.1"))
        .isEqualTo(Plays.Refusal.NONE);
  }

  @Test
  void shouldForgetAGameAfterAFewHours() {
    plays.take(step("game-long-ago", "STARTED"), "10.0.0.1");
    clock.advance(Duration.ofHours(4));

    assertThat(plays.take(step("game-long-ago", "FINISHED"), "10.0.0.1"))
        .isEqualTo(Plays.Refusal.NOT_STARTED);
  }
}
