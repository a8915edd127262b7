package org.hallqueue.server.display;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.display.BoardSnapshot.BoardCounter;
import org.hallqueue.server.display.BoardSnapshot.ServiceWaiting;
import org.hallqueue.server.events.CounterView;
import org.hallqueue.server.events.Event;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.tickets.TicketStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/board?zone=&recent=N} (STAFF or DISPLAY): what a display board or a counter
 * dashboard shows when it starts, as one snapshot: the office, the counters with the ticket each
 * has called or is serving, how many wait per service, the last calls, and the event {@code seq}
 * the snapshot is as of. The page then follows {@code /ws/events?since=seq}.
 */
@RestController
@RequestMapping("/api/v1/board")
class BoardController {
  private static final Set<String> CALLS = Set.of("TICKET_CALLED", "TICKET_RECALLED");
  private static final int SCAN_CHUNK = 250;
  private static final int SCAN_MAX = 2_000;

  private final CatalogStore catalog;
  private final TicketStore tickets;
  private final DocumentStore documents;
  private final EventLog events;
  private final JsonMapper json;
  private final QueueSettings settings;
  private final Clock clock;

  BoardController(
      CatalogStore catalog,
      TicketStore tickets,
      DocumentStore documents,
      EventLog events,
      JsonMapper json,
      QueueSettings settings,
      Clock clock) {
    this.catalog = catalog;
    this.tickets = tickets;
    this.documents = documents;
    this.events = events;
    this.json = json;
    this.settings = settings;
    this.clock = clock;
  }

  @GetMapping
  BoardSnapshot board(
      @RequestParam(required = false) String zone, @RequestParam(defaultValue = "0") int recent) {
    // The seq first: whatever changes after it, the page replays from the event stream.
    long seq = events.latestSeq();
    String only = zone == null || zone.isBlank() || zone.equals("all") ? null : zone;
    List<Counter> counters =
        catalog.counters().stream().filter(c -> only == null || only.equals(c.zone())).toList();
    Set<String> served =
        counters.stream().flatMap(c -> c.services().stream()).collect(Collectors.toSet());
    Map<String, Long> waiting =
        tickets.waiting().stream()
            .collect(Collectors.groupingBy(Ticket::service, Collectors.counting()));
    List<ServiceWaiting> services = new ArrayList<>();
    for (OfficeService s : catalog.services()) {
      if (only == null || served.contains(s.code())) {
        services.add(new ServiceWaiting(s.code(), s.name(), waiting.getOrDefault(s.code(), 0L)));
      }
    }
    List<BoardCounter> counterViews = new ArrayList<>();
    for (Counter c : counters) {
      counterViews.add(
          new BoardCounter(
              CounterView.of(c), tickets.currentAt(c.id()).map(TicketView::of).orElse(null)));
    }
    List<JsonNode> recentCalls = null;
    if (recent > 0) {
      Set<String> ids = counters.stream().map(Counter::id).collect(Collectors.toSet());
      recentCalls = recentCalls(seq, Math.min(recent, 20), ids);
    }
    JsonNode office = documents.get(DocumentStore.OFFICE).map(json::readTree).orElse(null);
    return new BoardSnapshot(
        seq,
        clock.instant(),
        only,
        settings.recallLimit(),
        office == null ? null : office.get("name"),
        office == null ? null : office.get("notice"),
        services,
        counterViews,
        recentCalls);
  }

  /**
   * The last calls to these counters, newest first, scanning back through the log; a ticket once,
   * at its latest call (a recall does not list the number twice).
   */
  private List<JsonNode> recentCalls(long seq, int count, Set<String> counterIds) {
    List<JsonNode> found = new ArrayList<>();
    Set<Long> tickets = new HashSet<>();
    long to = seq;
    while (to > 0 && found.size() < count && seq - to < SCAN_MAX) {
      long from = Math.max(0, to - SCAN_CHUNK);
      List<Event> chunk = events.since(from, (int) (to - from));
      for (int i = chunk.size() - 1; i >= 0 && found.size() < count; i--) {
        Event e = chunk.get(i);
        if (e.seq() <= to && CALLS.contains(e.type())) {
          JsonNode node = json.readTree(e.json());
          if (counterIds.contains(node.path("counter").path("id").asString())
              && tickets.add(node.path("ticket").path("id").asLong())) {
            found.add(node);
          }
        }
      }
      to = from;
    }
    return found;
  }
}
