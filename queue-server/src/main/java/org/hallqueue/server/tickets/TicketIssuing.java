package org.hallqueue.server.tickets;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.events.QueueEvent.TicketChanged;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketNumbers;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.ConflictException;
import org.springframework.stereotype.Component;

/** Issues tickets: one durable transaction writes the ticket, its number and its event. */
@Component
public class TicketIssuing {
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Writes writes;
  private final TicketStore tickets;
  private final CatalogStore catalog;
  private final EventLog events;
  private final QueueInsight insight;
  private final OfficeDay officeDay;
  private final Clock clock;

  public TicketIssuing(
      Writes writes,
      TicketStore tickets,
      CatalogStore catalog,
      EventLog events,
      QueueInsight insight,
      OfficeDay officeDay,
      Clock clock) {
    this.writes = writes;
    this.tickets = tickets;
    this.catalog = catalog;
    this.events = events;
    this.insight = insight;
    this.officeDay = officeDay;
    this.clock = clock;
  }

  /**
   * The issued ticket with its place in the queue, and whether it was issued before under the same
   * idempotency key: by the same sender ({@code by}, a device or staff account) on the same office
   * day.
   */
  public record Issued(TicketView ticket, String trackingToken, boolean replayed) {}

  public Issued issue(IssueRequest request, String idempotencyKey, String by) {
    IssueRequest valid = validate(request, idempotencyKey);
    if (idempotencyKey != null) {
      LocalDate today = officeDay.of(clock.instant());
      Optional<Ticket> earlier = tickets.byIdempotencyKey(by, today, idempotencyKey);
      if (earlier.isPresent()) {
        Ticket same = sameRequest(earlier.get(), valid);
        return new Issued(insight.place(same), same.trackingToken(), true);
      }
    }
    return writes.inTransaction(
        () -> {
          Instant now = clock.instant();
          LocalDate day = officeDay.of(now);
          if (idempotencyKey != null) {
            Optional<Ticket> earlier = tickets.byIdempotencyKey(by, day, idempotencyKey);
            if (earlier.isPresent()) {
              Ticket same = sameRequest(earlier.get(), valid);
              return new Issued(insight.place(same), same.trackingToken(), true);
            }
          }
          long sequence = tickets.nextSequence(valid.service(), day);
          Ticket ticket =
              Ticket.issued(
                  tickets.nextId(),
                  TicketNumbers.format(valid.service(), sequence),
                  valid.service(),
                  valid.lane(),
                  valid.language(),
                  now,
                  newTrackingToken());
          TicketView placed =
              tickets.insert(ticket, day, sequence, idempotencyKey, by, insight::place);
          events.append(new TicketChanged(EventType.TICKET_ISSUED, placed, null, by));
          return new Issued(placed, ticket.trackingToken(), false);
        });
  }

  /**
   * The request with its defaults (lane standard, language zh-CN), or 400 naming every bad field:
   * also for other requests a visitor makes for a service (an appointment).
   */
  public IssueRequest validate(IssueRequest request, String idempotencyKey) {
    Checks checks = new Checks();
    if (request == null) {
      checks.problem("body", "a JSON object with service, lane and language is required");
      checks.throwIfAny();
    }
    if (checks.present(request.service(), "service")) {
      checks.require(
          catalog.service(request.service()).isPresent(),
          "service",
          "is not a service of this office: " + request.service());
    }
    String lane = request.lane() == null ? "standard" : request.lane();
    checks.require(
        catalog.lanesByCode().containsKey(lane), "lane", "is not a lane of this office: " + lane);
    String language = request.language() == null ? "zh-CN" : request.language();
    checks.require(
        Checks.LANGUAGES.contains(language), "language", "must be one of " + Checks.LANGUAGES);
    if (idempotencyKey != null) {
      checks.require(
          IDEMPOTENCY_KEY.matcher(idempotencyKey).matches(),
          "Idempotency-Key",
          "must be 1 to 100 visible ASCII characters");
    }
    checks.throwIfAny();
    return new IssueRequest(request.service(), lane, language);
  }

  private static Ticket sameRequest(Ticket earlier, IssueRequest request) {
    boolean same =
        earlier.lane().equals(request.lane())
            && (earlier.service().equals(request.service())
                || earlier.number().startsWith(request.service()));
    if (!same) {
      throw new ConflictException(
          null,
          "issue",
          "this Idempotency-Key was already used for ticket "
              + earlier.number()
              + " with a different service or lane");
    }
    return earlier;
  }

  private static String newTrackingToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
