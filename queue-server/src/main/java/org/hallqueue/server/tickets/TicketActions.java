package org.hallqueue.server.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.hallqueue.server.catalog.OfficeCatalog;
import org.hallqueue.server.events.EventJournal;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.events.QueueEvent;
import org.hallqueue.server.events.QueueEvent.TicketCalled;
import org.hallqueue.server.events.QueueEvent.TicketChanged;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.persistence.Transactions;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.Transition;
import org.hallqueue.server.web.InvalidInputException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/** What staff do with a called ticket: recall, start, complete, no-show, transfer, cancel. */
@Component
public class TicketActions {
  private final Transactions writes;
  private final TicketLedger tickets;
  private final OfficeCatalog catalog;
  private final EventJournal events;
  private final QueueSettings settings;
  private final Clock clock;

  public TicketActions(
      Transactions writes,
      TicketLedger tickets,
      OfficeCatalog catalog,
      EventJournal events,
      QueueSettings settings,
      Clock clock) {
    this.writes = writes;
    this.tickets = tickets;
    this.catalog = catalog;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  public Transition recall(long id, String by) {
    return change(id, by, (t, now) -> t.recall(settings.recallLimit(), now));
  }

  public Transition start(long id, String by) {
    return change(id, by, Ticket::start);
  }

  public Transition complete(long id, String by) {
    return change(id, by, Ticket::complete);
  }

  public Transition noShow(long id, String by) {
    return change(id, by, Ticket::noShow);
  }

  public Transition cancel(long id, String by) {
    return change(id, by, Ticket::cancel);
  }

  public Transition transfer(long id, String service, String by) {
    if (service == null || service.isBlank()) {
      throw new InvalidInputException("service", "is required: the service to transfer to");
    }
    if (catalog.service(service).isEmpty()) {
      throw new InvalidInputException("service", "is not a service of this office: " + service);
    }
    return change(id, by, (t, now) -> t.transferTo(service));
  }

  /** Loads the ticket, lets it decide, and saves and publishes a move. */
  private Transition change(long id, String by, BiFunction<Ticket, Instant, Transition> decide) {
    return writes.inTransaction(
        () -> {
          Ticket before =
              tickets.byId(id).orElseThrow(() -> new NotFoundException("no ticket with id " + id));
          Transition outcome = decide.apply(before, clock.instant());
          if (outcome instanceof Transition.Moved moved) {
            Ticket after = moved.ticket();
            tickets.update(after);
            String counterId = after.counterId() != null ? after.counterId() : before.counterId();
            Counter counter = counterId == null ? null : catalog.counter(counterId).orElse(null);
            events.append(event(after, counter, by));
          }
          return outcome;
        });
  }

  /** The event that tells the screens of a ticket's new state. */
  private static QueueEvent event(Ticket after, Counter counter, String by) {
    return switch (after.status()) {
      case CALLED -> TicketCalled.of(EventType.TICKET_RECALLED, after, counter, null, by);
      case SERVING -> TicketChanged.of(EventType.TICKET_STARTED, after, counter, by);
      case DONE -> TicketChanged.of(EventType.TICKET_COMPLETED, after, counter, by);
      case NO_SHOW -> TicketChanged.of(EventType.TICKET_NO_SHOW, after, counter, by);
      case CANCELLED -> TicketChanged.of(EventType.TICKET_CANCELLED, after, counter, by);
      case EXPIRED -> TicketChanged.of(EventType.TICKET_EXPIRED, after, counter, by);
      case WAITING -> TicketChanged.of(EventType.TICKET_TRANSFERRED, after, counter, by);
    };
  }
}
