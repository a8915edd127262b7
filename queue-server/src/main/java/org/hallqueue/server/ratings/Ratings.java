package org.hallqueue.server.ratings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.QueueEvent.TicketRated;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.tickets.TicketStore;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.ConflictException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Rates a finished visit, from the visitor's phone or the counter's rating screen: checks the
 * request, then in one transaction checks the ticket may be rated, stores the rating, opens a
 * follow-up when it is bad (due in working days) and records TICKET_RATED.
 */
@Component
class Ratings {
  static final String PHONE = "PHONE";
  static final String RATER = "RATER";

  private final Writes writes;
  private final TicketStore tickets;
  private final RatingStore ratings;
  private final RatingSetup setup;
  private final FollowUps followUps;
  private final EventLog events;
  private final OfficeDay officeDay;
  private final Clock clock;

  Ratings(
      Writes writes,
      TicketStore tickets,
      RatingStore ratings,
      RatingSetup setup,
      FollowUps followUps,
      EventLog events,
      OfficeDay officeDay,
      Clock clock) {
    this.writes = writes;
    this.tickets = tickets;
    this.ratings = ratings;
    this.setup = setup;
    this.followUps = followUps;
    this.events = events;
    this.officeDay = officeDay;
    this.clock = clock;
  }

  /** What a rating produced: the rating and, for a bad one, its follow-up's id and due day. */
  record Rated(Rating rating, Long followUpId, LocalDate followUpDue) {}

  Rated rate(long ticketId, RatingRequest request, String channel) {
    Checks checks = new Checks();
    if (checks.present(request, "body")) {
      Set<String> codes =
          setup.activeReasons().stream().map(RatingSetup.Reason::code).collect(Collectors.toSet());
      request.check(checks, codes);
    }
    checks.throwIfAny();
    return writes.inTransaction(
        () -> {
          Ticket ticket =
              tickets
                  .byId(ticketId)
                  .orElseThrow(() -> new NotFoundException("no ticket " + ticketId));
          Instant now = clock.instant();
          RatingRules rules = setup.rules();
          rules
              .refusal(ticket.status(), ticket.finishedAt(), ratings.exists(ticketId), now)
              .ifPresent(
                  reason -> {
                    throw new ConflictException(ticket.status().name(), "rate", reason);
                  });
          LocalDate today = officeDay.of(now);
          Rating rating =
              new Rating(
                  ticketId,
                  request.score(),
                  request.reasonsOrNone(),
                  request.commentOrNull(),
                  false,
                  channel,
                  now,
                  today,
                  ticket.service(),
                  ticket.counterId(),
                  ratings.clerkOf(ticketId, ticket.finishedAt()).orElse(null));
          ratings.insert(rating);
          Long followUp = null;
          LocalDate due = null;
          if (rating.bad()) {
            due = setup.workingDays().after(today, rules.followUpDays());
            followUp = followUps.open(rating, due, now);
          }
          events.append(
              new TicketRated(
                  ticketId,
                  ticket.number(),
                  ticket.service(),
                  ticket.counterId(),
                  rating.score(),
                  channel));
          return new Rated(rating, followUp, due);
        });
  }
}
