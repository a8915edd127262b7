package org.hallqueue.server.assist;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.hallqueue.server.events.PrecheckView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A floor assistant's pre-check of a waiting ticket's documents, and the counter reading it. */
@RestController
@RequestMapping("/api/v1/tickets/{id}/precheck")
class PrecheckController {
  private final Prechecks prechecks;
  private final PrecheckStore store;
  private final AssistSnapshots snapshots;

  PrecheckController(Prechecks prechecks, PrecheckStore store, AssistSnapshots snapshots) {
    this.prechecks = prechecks;
    this.store = store;
    this.snapshots = snapshots;
  }

  /** A ticket's checklist and its latest pre-check (null before any). */
  record TicketPrecheck(long ticket, List<Checklist.Item> checklist, PrecheckView precheck) {}

  @Operation(
      summary = "Pre-check a waiting ticket's documents (STAFF, floor assistant)",
      description =
          "Body {\"documents\":{\"d1\":true,\"d2\":false,…},\"note\":\"…\",\"needsHelp\":false}."
              + " Document ids are those of the ticket's service checklist (d1, d2 … in the order"
              + " GET /api/v1/services lists its documents); a document left out counts as not"
              + " seen. The note is at most 200 characters and holds no personal data. Answers the"
              + " Ticket with its precheck and emits TICKET_PRECHECKED. An unknown document is 400"
              + " naming it (documents.<id>); a ticket no longer waiting is 409 (field ticket).")
  @PostMapping
  AssistSnapshots.Waiting precheck(
      @PathVariable long id,
      @RequestBody(required = false) Prechecks.Request request,
      Principal who) {
    PrecheckView view = prechecks.precheck(id, request, who.getName());
    return snapshots.waiting(id, view);
  }

  @Operation(
      summary = "A ticket's document checklist and its latest pre-check (STAFF)",
      description =
          "The counter dashboard shows it when the ticket is called: \"documents checked: 4 of 5"
              + " — missing: …\". precheck is null when nobody checked the ticket.")
  @GetMapping
  TicketPrecheck read(@PathVariable long id) {
    Checklist checklist = prechecks.checklistOf(id);
    return new TicketPrecheck(id, checklist.items(), store.of(id).orElse(null));
  }
}
