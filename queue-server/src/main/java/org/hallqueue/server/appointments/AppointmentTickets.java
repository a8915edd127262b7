package org.hallqueue.server.appointments;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hallqueue.server.failover.Leadership;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Ticket;
import org.springframework.stereotype.Component;

/**
 * The tickets given at check-in, kept in memory for the call rule ({@code AppointmentsAhead}): it
 * asks about every waiting ticket on every call. Loaded when the server is active (tickets never
 * outlive their office day, so the last two days suffice) and kept in step with the writer's
 * commits.
 */
@Component
public class AppointmentTickets {
  private final Set<Long> ids = ConcurrentHashMap.newKeySet();
  private final Writes writes;
  private final RuleBook rules;

  AppointmentTickets(
      AppointmentStore store, Writes writes, RuleBook rules, Clock clock, Leadership leadership) {
    this.writes = writes;
    this.rules = rules;
    leadership.whenActive(
        "the checked-in tickets",
        () -> ids.addAll(store.ticketsCheckedInSince(clock.instant().minus(Duration.ofDays(2)))));
  }

  /** Whether the ticket was given at an appointment's check-in. */
  public boolean booked(Ticket ticket) {
    return !ids.isEmpty() && ids.contains(ticket.id()); // asked of every waiting ticket: no boxing
  }

  /** Whether any ticket was given at a check-in: if none, no queue needs searching for one. */
  public boolean anyBooked() {
    return !ids.isEmpty();
  }

  /** Whether the office calls checked-in visitors ahead of walk-ins. */
  public boolean ahead() {
    return rules.rules().callsAhead();
  }

  /** Inside the check-in's change: the ticket counts as booked, unless the change rolls back. */
  void add(long ticketId) {
    ids.add(ticketId);
    writes.onRollback(() -> ids.remove(ticketId));
  }
}
