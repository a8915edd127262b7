package org.hallqueue.server.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.hallqueue.server.events.CounterView;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.events.WaitRange;
import org.hallqueue.server.queue.Counter;

/**
 * What the visitor's phone page shows of a ticket: no tracking token, no call reason, no staff
 * names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TrackingView(
    String number,
    String service,
    String lane,
    String language,
    String status,
    Instant issuedAt,
    Integer position,
    Long estimatedWaitSeconds,
    WaitRange estimatedWait,
    int recallCount,
    CounterView counter) {

  static TrackingView of(TicketView ticket, Counter counter) {
    return new TrackingView(
        ticket.number(),
        ticket.service(),
        ticket.lane(),
        ticket.language(),
        ticket.status(),
        ticket.issuedAt(),
        ticket.position(),
        ticket.estimatedWaitSeconds(),
        ticket.estimatedWait(),
        ticket.recallCount(),
        counter == null
            ? null
            : new CounterView(
                counter.id(), counter.number(), counter.name(), null, null, null, null));
  }
}
