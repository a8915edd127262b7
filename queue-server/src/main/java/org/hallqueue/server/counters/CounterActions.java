package org.hallqueue.server.counters;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.CallStrategy;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.IllegalTransitionException;
import org.hallqueue.server.queue.QueueState;
import org.hallqueue.server.queue.RankedTicket;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.hallqueue.server.tickets.EventBodies;
import org.hallqueue.server.tickets.TicketStore;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/** What staff do with their counter: open, pause, close, and call the next visitor. */
@Component
public class CounterActions {
  private final Writes writes;
  private final CatalogStore catalog;
  private final TicketStore tickets;
  private final EventLog events;
  private final CallStrategy strategy;
  private final Clock clock;

  public CounterActions(
      Writes writes,
      CatalogStore catalog,
      TicketStore tickets,
      EventLog events,
      CallStrategy strategy,
      Clock clock) {
    this.writes = writes;
    this.catalog = catalog;
    this.tickets = tickets;
    this.events = events;
    this.strategy = strategy;
    this.clock = clock;
  }

  public Counter setStatus(String id, CounterStatus status, String by) {
    return writes.inTransaction(
        () -> {
          Counter counter = find(id).withStatus(status);
          catalog.updateCounterStatus(id, status);
          java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
          body.put("counter", EventBodies.counter(counter));
          body.put("by", by);
          events.append(EventType.COUNTER_STATUS, body);
          return counter;
        });
  }

  /**
   * Calls the next visitor this counter serves, as the call strategy decides. A visit still being
   * served is completed first; a visitor called but not yet started must be started, marked no-show
   * or transferred before the next call.
   */
  public Optional<RankedTicket> callNext(String id, String by) {
    return writes.inTransaction(
        () -> {
          Counter counter = find(id);
          if (counter.status() != CounterStatus.OPEN) {
            throw new IllegalTransitionException(
                counter.status().name(),
                "call-next",
                "counter " + counter.number() + " is " + counter.status() + "; open it first");
          }
          Instant now = clock.instant();
          Optional<Ticket> current = tickets.currentAt(id);
          if (current.isPresent()) {
            Ticket t = current.get();
            if (t.status() == TicketStatus.CALLED) {
              throw new IllegalTransitionException(
                  t.status().name(),
                  "call-next",
                  "ticket "
                      + t.number()
                      + " was called and not started; start it, recall it, mark it no-show"
                      + " or transfer it first");
            }
            Ticket done = t.complete(now);
            tickets.update(done);
            events.append(EventType.TICKET_COMPLETED, EventBodies.ticket(done, counter, by));
          }
          QueueState state = new QueueState(servable(counter), catalog.lanesByCode(), now);
          Optional<RankedTicket> choice = strategy.choose(state, counter);
          choice.ifPresent(
              r -> {
                Ticket called = r.ticket().call(id, now);
                tickets.update(called);
                events.append(
                    EventType.TICKET_CALLED, EventBodies.call(called, counter, r.reason(), by));
              });
          return choice.map(r -> new RankedTicket(r.ticket().call(id, now), r.reason()));
        });
  }

  /**
   * The tickets waiting for the services this counter serves, as this transaction sees them: read
   * from memory, including what changes earlier in the same group-commit batch did. The strategy
   * chooses among exactly these (it would filter the others out).
   */
  private List<Ticket> servable(Counter counter) {
    List<Ticket> waiting = new ArrayList<>();
    for (String service : new LinkedHashSet<>(counter.services())) {
      waiting.addAll(tickets.waiting(service));
    }
    return waiting;
  }

  private Counter find(String id) {
    return catalog.counter(id).orElseThrow(() -> new NotFoundException("no counter with id " + id));
  }
}
