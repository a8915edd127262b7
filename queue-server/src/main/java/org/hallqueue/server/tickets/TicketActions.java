package org.hallqueue.server.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.hallqueue.server.web.InvalidInputException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/** What staff do with a called ticket: recall, start, complete, no-show, transfer, cancel. */
@Component
public class TicketActions {
  private final Writes writes;
  private final TicketStore tickets;
  private final CatalogStore catalog;
  private final EventLog events;
  private final QueueSettings settings;
  private final Clock clock;

  public TicketActions(
      Writes writes,
      TicketStore tickets,
      CatalogStore catalog,
      EventLog events,
      QueueSettings settings,
      Clock clock) {
    this.writes = writes;
    this.tickets = tickets;
    this.catalog = catalog;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  public Ticket recall(long id, String by) {
    return change(
        id,
        by,
        (t, now) -> t.recall(settings.recallLimit(), now),
        t ->
            t.status() == TicketStatus.NO_SHOW
                ? EventType.TICKET_NO_SHOW
                : EventType.TICKET_RECALLED);
  }

  public Ticket start(long id, String by) {
    return change(id, by, Ticket::start, t -> EventType.TICKET_STARTED);
  }

  public Ticket complete(long id, String by) {
    return change(id, by, Ticket::complete, t -> EventType.TICKET_COMPLETED);
  }

  public Ticket noShow(long id, String by) {
    return change(id, by, Ticket::noShow, t -> EventType.TICKET_NO_SHOW);
  }

  public Ticket cancel(long id, String by) {
    return change(id, by, Ticket::cancel, t -> EventType.TICKET_CANCELLED);
  }

  public Ticket transfer(long id, String service, String by) {
    if (service == null || service.isBlank()) {
      throw new InvalidInputException("service", "is required: the service to transfer to");
    }
    if (catalog.service(service).isEmpty()) {
      throw new InvalidInputException("service", "is not a service of this office: " + service);
    }
    return change(id, by, (t, now) -> t.transferTo(service), t -> EventType.TICKET_TRANSFERRED);
  }

  private Ticket change(
      long id,
      String by,
      BiFunction<Ticket, Instant, Ticket> transition,
      java.util.function.Function<Ticket, EventType> eventType) {
    return writes.inTransaction(
        () -> {
          Ticket before =
              tickets.byId(id).orElseThrow(() -> new NotFoundException("no ticket with id " + id));
          Ticket after = transition.apply(before, clock.instant());
          tickets.update(after);
          String counterId = after.counterId() != null ? after.counterId() : before.counterId();
          Counter counter = counterId == null ? null : catalog.counter(counterId).orElse(null);
          EventType type = eventType.apply(after);
          events.append(
              type,
              type == EventType.TICKET_RECALLED
                  ? EventBodies.call(after, counter, null, by)
                  : EventBodies.ticket(after, counter, by));
          return after;
        });
  }
}
