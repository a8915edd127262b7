package org.hallqueue.server.counters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hallqueue.server.catalog.OfficeCatalog;
import org.hallqueue.server.events.CounterView;
import org.hallqueue.server.events.EventJournal;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.events.QueueEvent.CounterStatusChanged;
import org.hallqueue.server.events.QueueEvent.TicketCalled;
import org.hallqueue.server.events.QueueEvent.TicketChanged;
import org.hallqueue.server.persistence.Transactions;
import org.hallqueue.server.queue.CallNext;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.QueueState;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.tickets.TicketLedger;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What staff do with their counter: open, pause, close, and call the next visitor. Each loads what
 * the rule needs, lets the domain decide ({@link CallNext}), saves and publishes the outcome.
 */
@Component
public class CounterActions {
  private final Transactions writes;
  private final OfficeCatalog catalog;
  private final TicketLedger tickets;
  private final EventJournal events;
  private final CallNext callNext;
  private final java.time.Clock clock;

  public CounterActions(
      Transactions writes,
      OfficeCatalog catalog,
      TicketLedger tickets,
      EventJournal events,
      CallNext callNext,
      java.time.Clock clock) {
    this.writes = writes;
    this.catalog = catalog;
    this.tickets = tickets;
    this.events = events;
    this.callNext = callNext;
    this.clock = clock;
  }

  public Counter setStatus(String id, CounterStatus status, String by) {
    return writes.inTransaction(
        () -> {
          Counter counter = find(id).withStatus(status);
          catalog.updateCounterStatus(id, status);
          events.append(new CounterStatusChanged(CounterView.of(counter), by));
          return counter;
        });
  }

  /** Calls the next visitor this counter serves, as {@link CallNext} decides. */
  public CallNext.Outcome callNext(String id, String by) {
    return writes.inTransaction(
        () -> {
          Counter counter = find(id);
          Ticket current = tickets.currentAt(id).orElse(null);
          QueueState waiting =
              new QueueState(candidates(counter), catalog.lanesByCode(), clock.instant());
          CallNext.Outcome outcome = callNext.decide(counter, current, waiting);
          if (outcome instanceof CallNext.Called called) {
            completed(called.completed(), counter, by);
            tickets.update(called.called());
            events.append(
                TicketCalled.of(
                    EventType.TICKET_CALLED, called.called(), counter, called.reason(), by));
          } else if (outcome instanceof CallNext.NothingWaiting nothing) {
            completed(nothing.completed(), counter, by);
          }
          return outcome;
        });
  }

  private void completed(Ticket done, Counter counter, String by) {
    if (done != null) {
      tickets.update(done);
      events.append(TicketChanged.of(EventType.TICKET_COMPLETED, done, counter, by));
    }
  }

  /**
   * The waiting tickets of this counter's services, as this transaction sees them (read from
   * memory, with what earlier changes of the same group-commit batch did): reading only these keeps
   * call-next's cost to the counter's own services.
   */
  private List<Ticket> candidates(Counter counter) {
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
