package org.hallqueue.server.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import org.hallqueue.server.catalog.OfficeCatalog;
import org.hallqueue.server.events.EventJournal;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.events.QueueEvent;
import org.hallqueue.server.events.QueueEvent.TicketCalled;
import org.hallqueue.server.events.QueueEvent.TicketChanged;
import org.hallqueue.server.events.QueueEvent.TicketParked;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.persistence.Transactions;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.Transition;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.InvalidInputException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What staff do with a called ticket: recall, start, complete, no-show, transfer, cancel, park and
 * unpark.
 */
@Component
public class TicketActions {
  /** The longest a visitor is put aside: past it, a clerk serves them anew. */
  static final int MAX_PARK_MINUTES = 240;

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

  /** Puts a called or served visitor aside for {@code minutes}; their counter is free meanwhile. */
  public Transition park(long id, Integer minutes, String reason, String by) {
    Checks checks = new Checks();
    if (checks.present(minutes, "minutes")) {
      checks.require(
          minutes >= 1 && minutes <= MAX_PARK_MINUTES,
          "minutes",
          "must be a whole number of minutes from 1 to " + MAX_PARK_MINUTES);
    }
    checks.text(reason, "reason", 200, false);
    checks.throwIfAny();
    String note = reason == null || reason.isBlank() ? null : reason.strip();
    return change(id, by, (t, now) -> t.park(Duration.ofMinutes(minutes), note, now));
  }

  /** Brings a parked ticket back to the front of its service now. */
  public Transition unpark(long id, String by) {
    return change(id, by, Ticket::unpark);
  }

  /** Brings back every parked ticket whose minutes are up; returns how many. */
  int returnParked(String by) {
    if (tickets.parked().stream().noneMatch(t -> t.parkEndedAt(clock.instant()))) {
      return 0;
    }
    return writes.inTransaction(
        () -> {
          Instant now = clock.instant();
          int returned = 0;
          for (Ticket parked : tickets.parked()) {
            if (parked.parkEndedAt(now)) {
              save(parked, parked.unpark(now), by);
              returned++;
            }
          }
          return returned;
        });
  }

  /** Loads the ticket, lets it decide, and saves and publishes a move. */
  private Transition change(long id, String by, BiFunction<Ticket, Instant, Transition> decide) {
    return writes.inTransaction(
        () -> {
          Ticket before =
              tickets.byId(id).orElseThrow(() -> new NotFoundException("no ticket with id " + id));
          return save(before, decide.apply(before, clock.instant()), by);
        });
  }

  /** Saves and publishes a move; a refusal changes nothing. */
  private Transition save(Ticket before, Transition outcome, String by) {
    if (outcome instanceof Transition.Moved moved) {
      Ticket after = moved.ticket();
      tickets.update(after);
      String counterId = after.counterId() != null ? after.counterId() : before.counterId();
      Counter counter = counterId == null ? null : catalog.counter(counterId).orElse(null);
      events.append(event(after, counter, by));
    }
    return outcome;
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
      case PARKED -> TicketParked.of(EventType.TICKET_PARKED, after, counter, by);
      case WAITING ->
          after.isBackFromPark()
              ? TicketParked.of(EventType.TICKET_UNPARKED, after, counter, by)
              : TicketChanged.of(EventType.TICKET_TRANSFERRED, after, counter, by);
    };
  }
}
