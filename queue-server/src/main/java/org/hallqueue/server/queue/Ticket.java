package org.hallqueue.server.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * A visitor's ticket. Immutable: every transition returns a {@link Transition}, the ticket's next
 * state or a refusal that says why. {@code queuedAt} is the original issue time and is kept on
 * transfer, so a transferred visitor keeps their place.
 */
public record Ticket(
    long id,
    String number,
    String service,
    String lane,
    String language,
    TicketStatus status,
    Instant issuedAt,
    Instant queuedAt,
    String counterId,
    int recallCount,
    Instant calledAt,
    Instant startedAt,
    Instant finishedAt,
    String trackingToken,
    int transferCount) {

  /** A freshly issued ticket, waiting. */
  public static Ticket issued(
      long id,
      String number,
      String service,
      String lane,
      String language,
      Instant issuedAt,
      String trackingToken) {
    return new Ticket(
        id,
        number,
        service,
        lane,
        language,
        TicketStatus.WAITING,
        issuedAt,
        issuedAt,
        null,
        0,
        null,
        null,
        null,
        trackingToken,
        0);
  }

  public Duration waitedAt(Instant now) {
    Duration waited = Duration.between(queuedAt, now);
    return waited.isNegative() ? Duration.ZERO : waited;
  }

  public Transition call(String counter, Instant now) {
    if (status != TicketStatus.WAITING) {
      return refused("call");
    }
    return moved(TicketStatus.CALLED, counter, 0, now, null, null, service, transferCount);
  }

  /**
   * Calls the visitor again. Past {@code limit} recalls the visitor is taken to be gone and the
   * ticket becomes NO_SHOW instead.
   */
  public Transition recall(int limit, Instant now) {
    if (status != TicketStatus.CALLED) {
      return refused("recall");
    }
    if (recallCount >= limit) {
      return noShow(now);
    }
    return moved(
        TicketStatus.CALLED, counterId, recallCount + 1, now, null, null, service, transferCount);
  }

  public Transition start(Instant now) {
    if (status != TicketStatus.CALLED) {
      return refused("start");
    }
    return moved(
        TicketStatus.SERVING, counterId, recallCount, calledAt, now, null, service, transferCount);
  }

  public Transition complete(Instant now) {
    if (status != TicketStatus.SERVING) {
      return refused("complete");
    }
    return ended(TicketStatus.DONE, now);
  }

  public Transition noShow(Instant now) {
    if (status != TicketStatus.CALLED) {
      return refused("mark as no-show");
    }
    return ended(TicketStatus.NO_SHOW, now);
  }

  public Transition cancel(Instant now) {
    if (status != TicketStatus.WAITING) {
      return refused("cancel");
    }
    return moved(
        TicketStatus.CANCELLED, null, recallCount, null, null, now, service, transferCount);
  }

  /**
   * Ends a ticket its office day left behind: still waiting, or called and never come, at the
   * office's midnight. Tomorrow's numbers start again, and nobody is called from yesterday.
   */
  public Transition expire(Instant now) {
    if (status != TicketStatus.WAITING && status != TicketStatus.CALLED) {
      return refused("expire");
    }
    return ended(TicketStatus.EXPIRED, now);
  }

  /** Sends the visitor to another service's queue, keeping lane and original issue time. */
  public Transition transferTo(String otherService) {
    if (status.isFinal()) {
      return refused("transfer");
    }
    if (otherService.equals(service)) {
      return new Transition.Refused(
          status, "transfer", "the ticket already waits for service " + service);
    }
    return moved(TicketStatus.WAITING, null, 0, null, null, null, otherService, transferCount + 1);
  }

  /** The visit ends where it stands: same counter, calls and times, finished {@code now}. */
  private Transition ended(TicketStatus end, Instant now) {
    return moved(end, counterId, recallCount, calledAt, startedAt, now, service, transferCount);
  }

  private Transition refused(String action) {
    return new Transition.Refused(
        status, action, "cannot " + action + " a ticket that is " + status.name());
  }

  private Transition moved(
      TicketStatus newStatus,
      String counter,
      int recalls,
      Instant called,
      Instant started,
      Instant finished,
      String newService,
      int transfers) {
    return new Transition.Moved(
        with(newStatus, counter, recalls, called, started, finished, newService, transfers));
  }

  private Ticket with(
      TicketStatus newStatus,
      String counter,
      int recalls,
      Instant called,
      Instant started,
      Instant finished,
      String newService,
      int transfers) {
    return new Ticket(
        id,
        number,
        newService,
        lane,
        language,
        newStatus,
        issuedAt,
        queuedAt,
        counter,
        recalls,
        called,
        started,
        finished,
        trackingToken,
        transfers);
  }
}
