package org.hallqueue.server.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * A visitor's ticket. Immutable: every transition returns the ticket's next state or throws {@link
 * IllegalTransitionException}. {@code queuedAt} is the original issue time and is kept on transfer,
 * so a transferred visitor keeps their place.
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

  public Ticket call(String counter, Instant now) {
    require(TicketStatus.WAITING, "call");
    return with(TicketStatus.CALLED, counter, 0, now, null, null, service, transferCount);
  }

  /**
   * Calls the visitor again. Past {@code limit} recalls the visitor is taken to be gone and the
   * ticket becomes NO_SHOW instead.
   */
  public Ticket recall(int limit, Instant now) {
    require(TicketStatus.CALLED, "recall");
    if (recallCount >= limit) {
      return noShow(now);
    }
    return with(
        TicketStatus.CALLED, counterId, recallCount + 1, now, null, null, service, transferCount);
  }

  public Ticket start(Instant now) {
    require(TicketStatus.CALLED, "start");
    return with(
        TicketStatus.SERVING, counterId, recallCount, calledAt, now, null, service, transferCount);
  }

  public Ticket complete(Instant now) {
    require(TicketStatus.SERVING, "complete");
    return with(
        TicketStatus.DONE,
        counterId,
        recallCount,
        calledAt,
        startedAt,
        now,
        service,
        transferCount);
  }

  public Ticket noShow(Instant now) {
    require(TicketStatus.CALLED, "mark as no-show");
    return with(
        TicketStatus.NO_SHOW,
        counterId,
        recallCount,
        calledAt,
        startedAt,
        now,
        service,
        transferCount);
  }

  public Ticket cancel(Instant now) {
    require(TicketStatus.WAITING, "cancel");
    return with(TicketStatus.CANCELLED, null, recallCount, null, null, now, service, transferCount);
  }

  /** Sends the visitor to another service's queue, keeping lane and original issue time. */
  public Ticket transferTo(String otherService) {
    if (status.isFinal()) {
      throw new IllegalTransitionException(status.name(), "transfer");
    }
    if (otherService.equals(service)) {
      throw new IllegalTransitionException(
          status.name(), "transfer", "the ticket already waits for service " + service);
    }
    return with(TicketStatus.WAITING, null, 0, null, null, null, otherService, transferCount + 1);
  }

  private void require(TicketStatus expected, String action) {
    if (status != expected) {
      throw new IllegalTransitionException(status.name(), action);
    }
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
