package org.hallqueue.server.tickets;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.events.QueueEvent.TicketChanged;
import org.hallqueue.server.failover.Leadership;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.office.Routines;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.Transition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes each office day at its midnight: tickets still waiting, or called and never come, end
 * EXPIRED with a TICKET_EXPIRED event, so that yesterday's B001 never waits beside today's. Runs on
 * the active server, at start or takeover (a server that was off over midnight closes the days it
 * missed) and then every {@code queue.day-close-check} (30 s), acting only once the office day has
 * changed.
 */
@Component
class DayClose {
  private static final Logger log = LoggerFactory.getLogger(DayClose.class);
  static final String BY = "day-close";

  private final Writes writes;
  private final TicketStore tickets;
  private final CatalogStore catalog;
  private final EventLog events;
  private final OfficeDay officeDay;
  private final Routines routines;
  private final Duration every;
  private final Leadership leadership;
  private LocalDate closedBefore;

  DayClose(
      Writes writes,
      TicketStore tickets,
      CatalogStore catalog,
      EventLog events,
      OfficeDay officeDay,
      Routines routines,
      @Value("${queue.day-close-check:PT30S}") Duration every,
      Leadership leadership) {
    this.writes = writes;
    this.tickets = tickets;
    this.catalog = catalog;
    this.events = events;
    this.officeDay = officeDay;
    this.routines = routines;
    this.every = every;
    this.leadership = leadership;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startOnTheActiveServer() {
    leadership.whenActive("closing ended days", this::start);
  }

  private void start() {
    closeEndedDays();
    routines.every(every, "day-close", this::closeEndedDays);
  }

  /** Expires what the office days before today left behind; returns how many tickets. */
  synchronized int closeEndedDays() {
    LocalDate today = officeDay.today();
    if (today.equals(closedBefore)) {
      return 0;
    }
    int expired =
        writes.inTransaction(
            () -> {
              List<Ticket> left = tickets.unfinishedBefore(today);
              for (Ticket ticket : left) {
                Instant midnight = officeDay.endOf(officeDay.of(ticket.issuedAt()));
                if (ticket.expire(midnight) instanceof Transition.Moved moved) {
                  Ticket after = moved.ticket();
                  tickets.update(after);
                  Counter counter =
                      after.counterId() == null
                          ? null
                          : catalog.counter(after.counterId()).orElse(null);
                  events.append(TicketChanged.of(EventType.TICKET_EXPIRED, after, counter, BY));
                }
              }
              return left.size();
            });
    closedBefore = today;
    if (expired > 0) {
      log.info("office days before {} closed: {} tickets expired", today, expired);
    }
    return expired;
  }
}
