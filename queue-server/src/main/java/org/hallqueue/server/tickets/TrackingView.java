package org.hallqueue.server.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.hallqueue.server.events.CounterView;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.events.WaitRange;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Park;

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
    CounterView counter,
    Instant parkedUntil) {

  /** {@code park}: the ticket's park, shown while it is PARKED (when to be back), or null. */
  static TrackingView of(TicketView ticket, Counter counter, Park park) {
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
                counter.id(), counter.number(), counter.name(), null, null, null, null),
        park == null || !"PARKED".equals(ticket.status()) ? null : park.until());
  }
}
