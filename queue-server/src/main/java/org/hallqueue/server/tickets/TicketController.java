package org.hallqueue.server.tickets;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Tickets: issue, read, track, and the staff actions on one ticket. */
@RestController
@RequestMapping("/api/v1")
class TicketController {
  private final TicketIssuing issuing;
  private final TicketActions actions;
  private final TicketStore tickets;
  private final QueueInsight insight;
  private final CatalogStore catalog;
  private final QueueSettings settings;

  TicketController(
      TicketIssuing issuing,
      TicketActions actions,
      TicketStore tickets,
      QueueInsight insight,
      CatalogStore catalog,
      QueueSettings settings) {
    this.issuing = issuing;
    this.actions = actions;
    this.tickets = tickets;
    this.insight = insight;
    this.catalog = catalog;
    this.settings = settings;
  }

  @PostMapping("/tickets")
  ResponseEntity<TicketView> issue(
      @RequestBody(required = false) IssueRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Principal who) {
    TicketIssuing.Issued issued = issuing.issue(request, idempotencyKey, who.getName());
    String token = issued.ticket().trackingToken();
    TicketView view = insight.place(issued.ticket()).withTracking(token, trackingUrl(token));
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
  Map<String, Object> track(@PathVariable String token) {
    Ticket ticket =
        tickets
            .byTrackingToken(token)
            .orElseThrow(() -> new NotFoundException("no ticket with this tracking code"));
    TicketView view = insight.place(ticket);
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("number", view.number());
    body.put("service", view.service());
    body.put("lane", view.lane());
    body.put("language", view.language());
    body.put("status", view.status());
    body.put("issuedAt", view.issuedAt());
    body.put("position", view.position());
    body.put("estimatedWaitSeconds", view.estimatedWaitSeconds());
    body.put("recallCount", view.recallCount());
    if (ticket.counterId() != null) {
      catalog
          .counter(ticket.counterId())
          .ifPresent(
              c ->
                  body.put(
                      "counter", Map.of("id", c.id(), "number", c.number(), "name", c.name())));
    }
    return body;
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
    return TicketView.of(actions.recall(id, who.getName()));
  }

  @PostMapping("/tickets/{id}/start")
  TicketView start(@PathVariable long id, Principal who) {
    return TicketView.of(actions.start(id, who.getName()));
  }

  @PostMapping("/tickets/{id}/complete")
  TicketView complete(@PathVariable long id, Principal who) {
    return TicketView.of(actions.complete(id, who.getName()));
  }

  @PostMapping("/tickets/{id}/no-show")
  TicketView noShow(@PathVariable long id, Principal who) {
    return TicketView.of(actions.noShow(id, who.getName()));
  }

  @PostMapping("/tickets/{id}/cancel")
  TicketView cancel(@PathVariable long id, Principal who) {
    return TicketView.of(actions.cancel(id, who.getName()));
  }

  /** Transfer body: {@code {"service":"B"}}. */
  record TransferRequest(String service) {}

  @PostMapping("/tickets/{id}/transfer")
  TicketView transfer(
      @PathVariable long id,
      @RequestBody(required = false) TransferRequest request,
      Principal who) {
    Ticket moved = actions.transfer(id, request == null ? null : request.service(), who.getName());
    return insight.place(moved);
  }

  /**
   * The phone page's address: {@code queue.tracking-base-url} when set (the address phones on the
   * hall's network reach), otherwise the address this request came in on.
   */
  private String trackingUrl(String token) {
    String base = settings.trackingBaseUrl();
    if (base == null || base.isBlank()) {
      base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
    return base.replaceAll("/+$", "") + "/t/" + token;
  }

  private Ticket find(long id) {
    return tickets.byId(id).orElseThrow(() -> new NotFoundException("no ticket with id " + id));
  }
}
