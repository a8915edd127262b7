package org.hallqueue.server.ratings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.tickets.TicketStore;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The visitor's side of 好差评 (public): rate a finished visit with the ticket's tracking token, the
 * reasons to pick from, and the published summary, which never holds a comment or a name.
 */
@RestController
class RatingController {
  private final Ratings ratings;
  private final RatingStore store;
  private final RatingSetup setup;
  private final RatingStatistics statistics;
  private final TicketStore tickets;
  private final OfficeDay officeDay;
  private final Clock clock;

  RatingController(
      Ratings ratings,
      RatingStore store,
      RatingSetup setup,
      RatingStatistics statistics,
      TicketStore tickets,
      OfficeDay officeDay,
      Clock clock) {
    this.ratings = ratings;
    this.store = store;
    this.setup = setup;
    this.statistics = statistics;
    this.tickets = tickets;
    this.officeDay = officeDay;
    this.clock = clock;
  }

  /** What the visitor sees of their rating: whether they may rate now, or what they gave. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VisitorRating(
      String number, boolean rated, boolean open, Integer score, Instant ratedAt) {}

  /** A reason to pick, in both languages. */
  record ReasonView(String code, Map<String, String> name) {}

  /** The published summary of a period: numbers only. */
  record Summary(
      LocalDate from,
      LocalDate to,
      long count,
      Double average,
      Double satisfaction,
      Double badShare,
      Map<String, Long> levels,
      List<RatingStatistics.Tally> byService) {}

  @PostMapping("/api/v1/tickets/track/{token}/rating")
  @ResponseStatus(HttpStatus.CREATED)
  VisitorRating rate(
      @PathVariable String token, @RequestBody(required = false) RatingRequest request) {
    Ticket ticket = ticket(token);
    Rating rating = ratings.rate(ticket.id(), request, Ratings.PHONE).rating();
    return new VisitorRating(ticket.number(), true, false, rating.score(), rating.ratedAt());
  }

  @GetMapping("/api/v1/tickets/track/{token}/rating")
  VisitorRating rating(@PathVariable String token) {
    Ticket ticket = ticket(token);
    var given = store.byTicket(ticket.id());
    if (given.isPresent()) {
      return new VisitorRating(
          ticket.number(), true, false, given.get().score(), given.get().ratedAt());
    }
    boolean open =
        setup
            .rules()
            .refusal(ticket.status(), ticket.finishedAt(), false, clock.instant())
            .isEmpty();
    return new VisitorRating(ticket.number(), false, open, null, null);
  }

  @GetMapping("/api/v1/ratings/reasons")
  List<ReasonView> reasons() {
    return setup.activeReasons().stream().map(r -> new ReasonView(r.code(), r.name())).toList();
  }

  @GetMapping("/api/v1/ratings/summary")
  Summary summary(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    RatingPeriod period = RatingPeriod.of(from, to, officeDay.today());
    RatingStatistics.Tally all = statistics.overall(period);
    return new Summary(
        period.from(),
        period.to(),
        all.count(),
        all.average(),
        all.satisfaction(),
        all.badShare(),
        all.levels(),
        statistics.by(RatingStatistics.By.SERVICE, period));
  }

  private Ticket ticket(String token) {
    return (token.length() > 100
            ? java.util.Optional.<Ticket>empty()
            : tickets.byTrackingToken(token))
        .orElseThrow(() -> new NotFoundException("no ticket with this tracking code"));
  }
}
