package org.hallqueue.server.tickets;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.Transition;
import org.hallqueue.server.web.ConflictException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tickets: issue, read, track, and the staff actions on one ticket. */
@RestController
@RequestMapping("/api/v1")
class TicketController {
  private final TicketIssuing issuing;
  private final TicketActions actions;
  private final TicketStore tickets;
  private final QueueInsight insight;
  private final CatalogStore catalog;
  private final TrackingLinks links;

  TicketController(
      TicketIssuing issuing,
      TicketActions actions,
      TicketStore tickets,
      QueueInsight insight,
      CatalogStore catalog,
      TrackingLinks links) {
    this.issuing = issuing;
    this.actions = actions;
    this.tickets = tickets;
    this.insight = insight;
    this.catalog = catalog;
    this.links = links;
  }

  @PostMapping("/tickets")
  ResponseEntity<TicketView> issue(
      @RequestBody(required = false) IssueRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Principal who) {
    TicketIssuing.Issued issued = issuing.issue(request, idempotencyKey, who.getName());
    String token = issued.trackingToken();
    TicketView view = issued.ticket().withTracking(token, trackingUrl(token));
    return ResponseEntity.created(URI.create("/api/v1/tickets/" + view.id()))
        .header("Idempotent-Replayed", Boolean.toString(issued.replayed()))
        .body(view);
  }

  @GetMapping("/tickets/{id}")
  TicketView byId(@PathVariable long id) {
    Ticket ticket = find(id);
    return insight
        .place(ticket)
        .withTracking(ticket.trackingToken(), trackingUrl(ticket.trackingToken()));
  }

  /** The visitor's view, behind the unguessable token on their ticket. */
  @GetMapping("/tickets/track/{token}")
  TrackingView track(@PathVariable String token) {
    Ticket ticket =
        tickets
            .byTrackingToken(token)
            .orElseThrow(() -> new NotFoundException("no ticket with this tracking code"));
    Counter counter =
        ticket.counterId() == null ? null : catalog.counter(ticket.counterId()).orElse(null);
    return TrackingView.of(insight.place(ticket), counter);
  }

  /** Waiting tickets in the order they would be called (for one counter, or office-wide). */
  @GetMapping("/queue")
  List<TicketView> queue(@RequestParam(required = false) String counter) {
    Counter c =
        counter == null
            ? null
            : catalog
                .counter(counter)
                .orElseThrow(() -> new NotFoundException("no counter with id " + counter));
    return insight.queue(c);
  }

  @PostMapping("/tickets/{id}/recall")
  TicketView recall(@PathVariable long id, Principal who) {
    return answer(actions.recall(id, who.getName()));
  }

  @PostMapping("/tickets/{id}/start")
  TicketView start(@PathVariable long id, Principal who) {
    return answer(actions.start(id, who.getName()));
  }

  @PostMapping("/tickets/{id}/complete")
  TicketView complete(@PathVariable long id, Principal who) {
    return answer(actions.complete(id, who.getName()));
  }

  @PostMapping("/tickets/{id}/no-show")
  TicketView noShow(@PathVariable long id, Principal who) {
    return answer(actions.noShow(id, who.getName()));
  }

  @PostMapping("/tickets/{id}/cancel")
  TicketView cancel(@PathVariable long id, Principal who) {
    return answer(actions.cancel(id, who.getName()));
  }

  /** Transfer body: {@code {"service":"B"}}. */
  record TransferRequest(String service) {}

  @PostMapping("/tickets/{id}/transfer")
  TicketView transfer(
      @PathVariable long id,
      @RequestBody(required = false) TransferRequest request,
      Principal who) {
    Transition outcome =
        actions.transfer(id, request == null ? null : request.service(), who.getName());
    return insight.place(moved(outcome));
  }

  private String trackingUrl(String token) {
    return links.of(token);
  }

  /** The moved ticket's view; a refused move is 409 with the reason. */
  private static TicketView answer(Transition outcome) {
    return TicketView.of(moved(outcome));
  }

  private static Ticket moved(Transition outcome) {
    if (outcome instanceof Transition.Refused refused) {
      throw ConflictException.of(refused);
    }
    return outcome.next();
  }

  private Ticket find(long id) {
    return tickets.byId(id).orElseThrow(() -> new NotFoundException("no ticket with id " + id));
  }
}
