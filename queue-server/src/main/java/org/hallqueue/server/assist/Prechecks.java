package org.hallqueue.server.assist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.events.EventJournal;
import org.hallqueue.server.events.PrecheckView;
import org.hallqueue.server.events.QueueEvent.TicketPrechecked;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.persistence.Transactions;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.hallqueue.server.tickets.TicketStore;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.ConflictException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Records what a floor assistant checked of a waiting ticket's documents: checks the request
 * against the ticket's service checklist, then saves it with its TICKET_PRECHECKED event in one
 * transaction, while the ticket still waits.
 */
@Component
class Prechecks {
  static final int NOTE_LENGTH = 200;

  private final TicketStore tickets;
  private final CatalogStore catalog;
  private final PrecheckStore store;
  private final Transactions transactions;
  private final EventJournal events;
  private final Clock clock;

  Prechecks(
      TicketStore tickets,
      CatalogStore catalog,
      PrecheckStore store,
      Transactions transactions,
      EventJournal events,
      Clock clock) {
    this.tickets = tickets;
    this.catalog = catalog;
    this.store = store;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  /** The body: each checklist document ticked (true) or not, a note, whether help is needed. */
  record Request(Map<String, Boolean> documents, String note, Boolean needsHelp) {}

  /** The checklist of a ticket's service (404 for an unknown ticket). */
  Checklist checklistOf(long ticketId) {
    return checklist(find(ticketId));
  }

  PrecheckView precheck(long ticketId, Request request, String by) {
    Ticket ticket = find(ticketId);
    Checklist checklist = checklist(ticket);
    check(request, checklist);
    return transactions.inTransaction(
        () -> {
          Ticket now = find(ticketId);
          if (now.status() != TicketStatus.WAITING) {
            throw new ConflictException(
                now.status().name(),
                "precheck",
                "ticket "
                    + now.number()
                    + " is "
                    + now.status().name()
                    + ", no longer waiting: documents are checked before the counter",
                "ticket");
          }
          if (!now.service().equals(checklist.service())) {
            throw new ConflictException(
                now.status().name(),
                "precheck",
                "ticket " + now.number() + " moved to service " + now.service() + "; check again",
                "documents");
          }
          PrecheckView view = view(request, checklist, by);
          store.save(ticketId, view);
          events.append(new TicketPrechecked(TicketView.of(now), view, by));
          return view;
        });
  }

  private PrecheckView view(Request request, Checklist checklist, String by) {
    Map<String, Boolean> documents = new LinkedHashMap<>();
    List<Map<String, String>> missing = new ArrayList<>();
    int checked = 0;
    for (Checklist.Item item : checklist.items()) {
      boolean seen = Boolean.TRUE.equals(request.documents().get(item.id()));
      documents.put(item.id(), seen);
      if (seen) {
        checked++;
      } else {
        missing.add(item.name());
      }
    }
    String note =
        request.note() == null || request.note().isBlank() ? null : request.note().strip();
    return new PrecheckView(
        documents,
        checked,
        checklist.items().size(),
        missing,
        note,
        Boolean.TRUE.equals(request.needsHelp()),
        by,
        clock.instant());
  }

  private static void check(Request request, Checklist checklist) {
    Checks checks = new Checks();
    if (checks.present(request, "body") && checks.present(request.documents(), "documents")) {
      for (Map.Entry<String, Boolean> d : request.documents().entrySet()) {
        String field = "documents." + cut(d.getKey());
        if (checks.require(
            checklist.has(d.getKey()),
            field,
            "is not a document of service "
                + checklist.service()
                + "'s checklist ("
                + String.join(", ", checklist.ids())
                + ")")) {
          checks.require(d.getValue() != null, field, "must be true or false");
        }
      }
      checks.text(request.note(), "note", NOTE_LENGTH, false);
    }
    checks.throwIfAny();
  }

  /** A document id as the problem names it: at most 40 characters of what was sent. */
  private static String cut(String id) {
    return id.length() <= 40 ? id : id.substring(0, 40) + "…";
  }

  private Ticket find(long id) {
    return tickets.byId(id).orElseThrow(() -> new NotFoundException("no ticket with id " + id));
  }

  private Checklist checklist(Ticket ticket) {
    OfficeService service =
        catalog
            .service(ticket.service())
            .orElseThrow(() -> new NotFoundException("no service " + ticket.service()));
    return Checklist.of(service);
  }
}
