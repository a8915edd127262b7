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
            .start(OPENING.plusSeconds(30))
            .complete(OPENING.plusSeconds(400));

    assertThat(done.status()).isEqualTo(TicketStatus.DONE);
    assertThat(done.counterId()).isEqualTo("counter-3");
    assertThat(done.startedAt()).isEqualTo(OPENING.plusSeconds(30));
    assertThat(done.finishedAt()).isEqualTo(OPENING.plusSeconds(400));
  }

  @Test
  void shouldRefuseToCompleteATicketThatIsOnlyWaiting() {
    assertThatThrownBy(() -> waiting.complete(OPENING))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("cannot complete a ticket that is WAITING");
  }

  @Test
  void shouldBecomeNoShowWhenRecalledPastTheLimit() {
    Ticket called = waiting.call("counter-1", OPENING);

    Ticket twice = called.recall(2, OPENING.plusSeconds(60)).recall(2, OPENING.plusSeconds(120));
    Ticket gone = twice.recall(2, OPENING.plusSeconds(180));

    assertThat(twice.status()).isEqualTo(TicketStatus.CALLED);
    assertThat(twice.recallCount()).isEqualTo(2);
    assertThat(gone.status()).isEqualTo(TicketStatus.NO_SHOW);
  }

  @Test
  void shouldKeepLaneAndOriginalIssueTimeWhenTransferred() {
    Ticket moved = waiting.call("counter-1", OPENING).start(OPENING).transferTo("B");

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
    assertThatThrownBy(() -> waiting.transferTo("A"))
        .isInstanceOf(IllegalTransitionException.class);
    Ticket cancelled = waiting.cancel(OPENING);
    assertThatThrownBy(() -> cancelled.transferTo("B"))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void shouldOnlyCancelWhileWaiting() {
    assertThat(waiting.cancel(OPENING).status()).isEqualTo(TicketStatus.CANCELLED);
    assertThatThrownBy(() -> waiting.call("c", OPENING).cancel(OPENING))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
