package org.hallqueue.server.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * A visitor's ticket. Immutable: every transition returns a {@link Transition}, the ticket's next
 * state or a refusal that says why. {@code queuedAt} is the original issue time and is kept on
 * transfer, so a transferred visitor keeps their place. {@code park} is set while the ticket is
 * PARKED and once it is back in the queue from there, and cleared by its next move.
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
    int transferCount,
    Park park) {

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
        0,
        null);
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
   * Ends a ticket its office day left behind: still waiting, parked, or called and never come, at
   * the office's midnight. Tomorrow's numbers start again, and nobody is called from yesterday.
   */
  public Transition expire(Instant now) {
    if (status != TicketStatus.WAITING
        && status != TicketStatus.CALLED
        && status != TicketStatus.PARKED) {
      return refused("expire");
    }
    return ended(TicketStatus.EXPIRED, now);
  }

  /**
   * Puts a called or served visitor aside for {@code minutes} (to fetch a missing copy, say): the
   * counter is free for the next visitor, and the ticket is called by no one until it is back.
   */
  public Transition park(Duration minutes, String reason, Instant now) {
    if (status != TicketStatus.CALLED && status != TicketStatus.SERVING) {
      return refused("park");
    }
    return new Transition.Moved(
        with(
            TicketStatus.PARKED,
            counterId,
            recallCount,
            calledAt,
            startedAt,
            null,
            service,
            transferCount,
            new Park(now.plus(minutes), reason)));
  }

  /**
   * Brings a parked ticket back to its service's queue, at the front ({@link #isBackFromPark}): on
   * a clerk's unpark, or when its minutes are up. It came back at its park's end or {@code now},
   * whichever is earlier, so a server that was off returns it as if it had been running.
   */
  public Transition unpark(Instant now) {
    if (status != TicketStatus.PARKED) {
      return refused("unpark");
    }
    Instant back = park.until().isBefore(now) ? park.until() : now;
    return new Transition.Moved(
        with(
            TicketStatus.WAITING,
            null,
            0,
            null,
            null,
            null,
            service,
            transferCount,
            new Park(back, park.reason())));
  }

  /** Whether the park's minutes are up at {@code now}. */
  public boolean parkEndedAt(Instant now) {
    return status == TicketStatus.PARKED && !now.isBefore(park.until());
  }

  /** A ticket back from a park waits at the front of its service (see {@link ParkedFirst}). */
  public boolean isBackFromPark() {
    return status == TicketStatus.WAITING && park != null;
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
        with(newStatus, counter, recalls, called, started, finished, newService, transfers, null));
  }

  private Ticket with(
      TicketStatus newStatus,
      String counter,
      int recalls,
      Instant called,
      Instant started,
      Instant finished,
      String newService,
      int transfers,
      Park newPark) {
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
        transfers,
        newPark);
  }
}
