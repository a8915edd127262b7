package org.hallqueue.server.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.hallqueue.server.queue.CallReason;
import org.hallqueue.server.queue.Ticket;

/**
 * A ticket as the API shows it. {@code trackingToken} is only given to whoever issued the ticket
 * and to staff; events never carry it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketView(
    long id,
    String number,
    String service,
    String lane,
    String language,
    String status,
    Instant issuedAt,
    Instant queuedAt,
    String counter,
    int recallCount,
    int transferCount,
    Instant calledAt,
    Instant startedAt,
    Instant finishedAt,
    Integer position,
    Long estimatedWaitSeconds,
    String trackingToken,
    CallReason reason) {

  public static TicketView of(Ticket t) {
    return new TicketView(
        t.id(),
        t.number(),
        t.service(),
        t.lane(),
        t.language(),
        t.status().name(),
        t.issuedAt(),
        t.queuedAt(),
        t.counterId(),
        t.recallCount(),
        t.transferCount(),
        t.calledAt(),
        t.startedAt(),
        t.finishedAt(),
        null,
        null,
        null,
        null);
  }

  public TicketView withPlace(Integer place, Long waitSeconds) {
    return new TicketView(
        id,
        number,
        service,
        lane,
        language,
        status,
        issuedAt,
        queuedAt,
        counter,
        recallCount,
        transferCount,
        calledAt,
        startedAt,
        finishedAt,
        place,
        waitSeconds,
        trackingToken,
        reason);
  }

  public TicketView withTrackingToken(String token) {
    return new TicketView(
        id,
        number,
        service,
        lane,
        language,
        status,
        issuedAt,
        queuedAt,
        counter,
        recallCount,
        transferCount,
        calledAt,
        startedAt,
        finishedAt,
        position,
        estimatedWaitSeconds,
        token,
        reason);
  }

  public TicketView withReason(CallReason why) {
    return new TicketView(
        id,
        number,
        service,
        lane,
        language,
        status,
        issuedAt,
        queuedAt,
        counter,
        recallCount,
        transferCount,
        calledAt,
        startedAt,
        finishedAt,
        position,
        estimatedWaitSeconds,
        trackingToken,
        why);
  }
}
