package org.hallqueue.server.ratings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.hallqueue.server.catalog.OfficeCatalog;
import org.hallqueue.server.devices.DeviceAuthentication;
import org.hallqueue.server.events.CounterView;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.tickets.TicketStore;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.ConflictException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The counter-side rating screen (device kind RATER, page {@code /rate}): what it shows when it
 * starts, and the rating of the visit just completed at its counter.
 */
@RestController
@RequestMapping("/api/v1/ratings/rater")
class RaterController {
  /** How long after a visit ends its counter's screen may still rate it. */
  static final Duration RATER_WINDOW = Duration.ofMinutes(10);

  /**
   * A screen that (re)starts offers a visit that ended this recently; later, the visitor has gone
   * and the screen stays idle (as it does 30 s after a completion).
   */
  static final Duration START_WINDOW = Duration.ofSeconds(30);

  private final Ratings ratings;
  private final RatingStore store;
  private final RatingSetup setup;
  private final TicketStore tickets;
  private final OfficeCatalog catalog;
  private final EventLog events;
  private final Clock clock;

  RaterController(
      Ratings ratings,
      RatingStore store,
      RatingSetup setup,
      TicketStore tickets,
      OfficeCatalog catalog,
      EventLog events,
      Clock clock) {
    this.ratings = ratings;
    this.store = store;
    this.setup = setup;
    this.tickets = tickets;
    this.catalog = catalog;
    this.events = events;
    this.clock = clock;
  }

  /** A visit the screen may rate: the ticket just completed at its counter. */
  record Pending(long ticket, String number) {}

  /**
   * The screen's start: its counter, the reasons, the visit it may rate now (if any) and the event
   * seq to follow from.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RaterStart(
      long seq, CounterView counter, List<RatingController.ReasonView> reasons, Pending pending) {}

  /** A rating from the screen: the ticket it offered, then as from the phone. */
  record RaterRating(Long ticket, Integer score, List<String> reasons, String comment) {}

  @GetMapping
  RaterStart start(Principal who) {
    long seq = events.latestSeq();
    Counter counter = counter(who);
    Pending pending =
        store
            .lastUnratedDoneAt(counter.id(), clock.instant().minus(START_WINDOW))
            .flatMap(tickets::byId)
            .map(t -> new Pending(t.id(), t.number()))
            .orElse(null);
    return new RaterStart(
        seq,
        CounterView.of(counter),
        setup.activeReasons().stream()
            .map(r -> new RatingController.ReasonView(r.code(), r.name()))
            .toList(),
        pending);
  }

  @PostMapping("/rating")
  @ResponseStatus(HttpStatus.CREATED)
  RatingController.VisitorRating rate(
      @RequestBody(required = false) RaterRating body, Principal who) {
    Counter counter = counter(who);
    Checks checks = new Checks();
    if (checks.present(body, "body")) {
      checks.present(body.ticket(), "ticket");
    }
    checks.throwIfAny();
    Ticket ticket =
        tickets
            .byId(body.ticket())
            .filter(t -> counter.id().equals(t.counterId()))
            .orElseThrow(
                () -> new NotFoundException("no visit " + body.ticket() + " at this counter"));
    if (ticket.finishedAt() != null
        && clock.instant().isAfter(ticket.finishedAt().plus(RATER_WINDOW))) {
      throw new ConflictException(
          ticket.status().name(), "rate", "this visit ended too long ago for the counter screen");
    }
    Rating rating =
        ratings
            .rate(
                ticket.id(),
                new RatingRequest(body.score(), body.reasons(), body.comment()),
                Ratings.RATER)
            .rating();
    return new RatingController.VisitorRating(
        ticket.number(), true, false, rating.score(), rating.ratedAt());
  }

  private Counter counter(Principal who) {
    String device = DeviceAuthentication.deviceId(who);
    String counterId =
        setup
            .counterOfRater(device)
            .orElseThrow(
                () ->
                    new ConflictException(
                        null,
                        "rate",
                        "this rating screen stands at no counter yet: a manager sets it in the"
                            + " console (Ratings)"));
    return catalog
        .counter(counterId)
        .orElseThrow(() -> new NotFoundException("the counter " + counterId + " is gone"));
  }
}
