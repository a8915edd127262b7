package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;

import org.junit.jupiter.api.Test;

class TicketTest {
  private final Ticket waiting = Fixtures.waiting(1, "elderly", minutes(5));

  @Test
  void shouldGoThroughCallStartAndComplete() {
    Ticket done =
        waiting
            .call("counter-3", OPENING)
            .next()
            .start(OPENING.plusSeconds(30))
            .next()
            .complete(OPENING.plusSeconds(400))
            .next();

    assertThat(done.status()).isEqualTo(TicketStatus.DONE);
    assertThat(done.counterId()).isEqualTo("counter-3");
    assertThat(done.startedAt()).isEqualTo(OPENING.plusSeconds(30));
    assertThat(done.finishedAt()).isEqualTo(OPENING.plusSeconds(400));
  }

  @Test
  void shouldRefuseToCompleteATicketThatIsOnlyWaiting() {
    assertThat(waiting.complete(OPENING))
        .isEqualTo(
            new Transition.Refused(
                TicketStatus.WAITING, "complete", "cannot complete a ticket that is WAITING"));
  }

  @Test
  void shouldBecomeNoShowWhenRecalledPastTheLimit() {
    Ticket called = waiting.call("counter-1", OPENING).next();

    Ticket twice =
        called.recall(2, OPENING.plusSeconds(60)).next().recall(2, OPENING.plusSeconds(120)).next();
    Ticket gone = twice.recall(2, OPENING.plusSeconds(180)).next();

    assertThat(twice.status()).isEqualTo(TicketStatus.CALLED);
    assertThat(twice.recallCount()).isEqualTo(2);
    assertThat(gone.status()).isEqualTo(TicketStatus.NO_SHOW);
  }

  @Test
  void shouldExpireAWaitingOrCalledTicketAtTheEndOfItsDayButNotOneBeingServed() {
    Ticket called = waiting.call("counter-1", OPENING).next();
    Ticket serving = called.start(OPENING.plusSeconds(30)).next();
    java.time.Instant midnight = OPENING.plusSeconds(12 * 3600);

    Ticket expired = waiting.expire(midnight).next();

    assertThat(expired.status()).isEqualTo(TicketStatus.EXPIRED);
    assertThat(expired.finishedAt()).isEqualTo(midnight);
    assertThat(expired.status().isFinal()).isTrue();
    assertThat(called.expire(midnight).next().counterId()).isEqualTo("counter-1");
    assertThat(serving.expire(midnight)).isInstanceOf(Transition.Refused.class);
    assertThat(expired.call("counter-1", midnight)).isInstanceOf(Transition.Refused.class);
  }

  @Test
  void shouldKeepLaneAndOriginalIssueTimeWhenTransferred() {
    Ticket moved =
        waiting.call("counter-1", OPENING).next().start(OPENING).next().transferTo("B").next();

    assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
    assertThat(moved.service()).isEqualTo("B");
    assertThat(moved.lane()).isEqualTo("elderly");
    assertThat(moved.queuedAt()).isEqualTo(waiting.queuedAt());
    assertThat(moved.number()).isEqualTo(waiting.number());
    assertThat(moved.counterId()).isNull();
    assertThat(moved.transferCount()).isEqualTo(1);
  }

  @Test
  void shouldRefuseTransferToTheSameServiceOrOfAFinishedTicket() {
    assertThat(waiting.transferTo("A")).isInstanceOf(Transition.Refused.class);
    Ticket cancelled = waiting.cancel(OPENING).next();
    assertThat(cancelled.transferTo("B")).isInstanceOf(Transition.Refused.class);
  }

  @Test
  void shouldOnlyCancelWhileWaiting() {
    assertThat(waiting.cancel(OPENING).next().status()).isEqualTo(TicketStatus.CANCELLED);
    Ticket called = waiting.call("c", OPENING).next();
    assertThat(called.cancel(OPENING)).isInstanceOf(Transition.Refused.class);
    assertThatThrownBy(() -> called.cancel(OPENING).next())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot cancel a ticket that is CALLED");
  }
}
