package org.hallqueue.server.bundle;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.catalog.CounterDoc;
import org.hallqueue.server.catalog.LaneDoc;
import org.hallqueue.server.catalog.ServiceDoc;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.QueueEvent.ConfigChanged;
import org.hallqueue.server.floorplan.FloorplanCheck;
import org.hallqueue.server.guidance.GuidanceCheck;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.tickets.TicketStore;
import org.hallqueue.server.web.Checks;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Exports the office's configuration, and imports one all or nothing. */
@Component
public class OfficeBundles {
  private final CatalogStore catalog;
  private final DocumentStore documents;
  private final TicketStore tickets;
  private final EventLog events;
  private final Writes writes;
  private final Json json;
  private final FloorplanCheck floorplans;

  public OfficeBundles(
      CatalogStore catalog,
      DocumentStore documents,
      TicketStore tickets,
      EventLog events,
      Writes writes,
      Json json,
      FloorplanCheck floorplans) {
    this.catalog = catalog;
    this.documents = documents;
    this.tickets = tickets;
    this.events = events;
    this.writes = writes;
    this.json = json;
    this.floorplans = floorplans;
  }

  public OfficeBundle export() {
    OfficeInfoDoc info =
        documents
            .get(DocumentStore.OFFICE)
            .map(s -> json.read(s, OfficeInfoDoc.class))
            .orElse(new OfficeInfoDoc(null, null, null, null));
    OfficeBundle.OfficeInfo office =
        info.name() == null && info.timeZone() == null
            ? null
            : new OfficeBundle.OfficeInfo(info.name(), info.timeZone());
    return new OfficeBundle(
        OfficeBundle.FORMAT,
        info.sample(),
        office,
        info.notice(),
        catalog.lanes().stream().map(LaneDoc::of).toList(),
        catalog.services().stream().map(ServiceDoc::of).toList(),
        catalog.counters().stream().map(CounterDoc::of).toList(),
        documents.get(DocumentStore.GUIDANCE).map(s -> json.read(s, JsonNode.class)).orElse(null),
        documents.get(DocumentStore.FLOORPLAN).map(s -> json.read(s, JsonNode.class)).orElse(null));
  }

  /**
   * Checks the whole bundle as an import would, including tickets still waiting for a service or
   * lane it removes, and changes nothing.
   */
  public void validate(OfficeBundle bundle) {
    Checks checks = check(bundle);
    checks.throwIfAny();
    checkWaitingTickets(bundle, checks);
    checks.throwIfAny();
  }

  /** Validates the whole bundle, then replaces the configuration in one transaction. */
  public void importBundle(OfficeBundle bundle, String by) {
    check(bundle).throwIfAny();
    writes.inTransaction(
        () -> {
          Checks late = new Checks();
          checkWaitingTickets(bundle, late);
          late.throwIfAny();
          catalog.clear();
          bundle.lanes().forEach(l -> catalog.saveLane(l.toLane()));
          bundle.services().forEach(s -> catalog.saveService(s.toService()));
          bundle.counters().forEach(c -> catalog.saveCounter(c.toCounter()));
          documents.put(
              DocumentStore.OFFICE,
              json.write(
                  new OfficeInfoDoc(
                      bundle.office() == null ? null : bundle.office().name(),
                      bundle.office() == null ? null : bundle.office().timeZone(),
                      bundle.notice(),
                      bundle.sample())));
          documents.put(DocumentStore.GUIDANCE, text(bundle.guidance()));
          documents.put(DocumentStore.FLOORPLAN, text(bundle.floorplan()));
          events.append(ConfigChanged.of("office-bundle", by));
          return null;
        });
  }

  /** What a bundle stores as the office document. */
  record OfficeInfoDoc(
      Map<String, String> name, String timeZone, Map<String, String> notice, Boolean sample) {}

  private String text(JsonNode node) {
    return node == null || node.isNull() ? null : json.write(node);
  }

  Checks check(OfficeBundle b) {
    Checks checks = new Checks();
    if (!checks.present(b, "body")) {
      return checks;
    }
    checks.require(
        OfficeBundle.FORMAT.equals(b.format()),
        "format",
        "must be \"" + OfficeBundle.FORMAT + "\"");
    if (b.office() != null) {
      if (b.office().name() != null) {
        checks.bilingual(b.office().name(), "office.name", 80);
      }
      if (b.office().timeZone() != null) {
        try {
          ZoneId.of(b.office().timeZone());
        } catch (DateTimeException e) {
          checks.problem("office.timeZone", "is not a time zone, e.g. Asia/Shanghai");
        }
      }
    }
    if (b.notice() != null) {
      checks.bilingual(b.notice(), "notice", 500, true);
    }
    Set<String> lanes = codes(b.lanes(), LaneDoc::code, "lanes", checks);
    Set<String> services = codes(b.services(), ServiceDoc::code, "services", checks);
    codes(b.counters(), CounterDoc::id, "counters", checks);
    each(b.lanes(), "lanes", (l, at) -> l.check(checks, at));
    checks.require(lanes.contains("standard"), "lanes", "must include the lane 'standard'");
    each(b.services(), "services", (s, at) -> s.check(checks, at));
    Set<Integer> numbers = new HashSet<>();
    each(
        b.counters(),
        "counters",
        (c, at) -> {
          c.check(checks, at);
          if (c.number() != null && !numbers.add(c.number())) {
            checks.problem(at + ".number", "counter number " + c.number() + " is used twice");
          }
          if (c.services() != null) {
            for (int i = 0; i < c.services().size(); i++) {
              checks.require(
                  services.contains(c.services().get(i)),
                  at + ".services[" + i + "]",
                  "is not a service in this bundle: " + c.services().get(i));
            }
          }
          if (c.affinityLane() != null) {
            checks.require(
                lanes.contains(c.affinityLane()),
                at + ".affinityLane",
                "is not a lane in this bundle: " + c.affinityLane());
          }
        });
    GuidanceCheck.check(b.guidance(), services, checks, "guidance");
    if (b.floorplan() != null && !b.floorplan().isNull()) {
      floorplans.check(json.write(b.floorplan()), "floorplan", checks);
    }
    return checks;
  }

  private void checkWaitingTickets(OfficeBundle b, Checks checks) {
    Set<String> services = b.services().stream().map(ServiceDoc::code).collect(Collectors.toSet());
    Set<String> lanes = b.lanes().stream().map(LaneDoc::code).collect(Collectors.toSet());
    for (Ticket t : tickets.waiting()) {
      checks.require(
          services.contains(t.service()),
          "services",
          "ticket "
              + t.number()
              + " waits for service "
              + t.service()
              + ", which the bundle removes");
      checks.require(
          lanes.contains(t.lane()),
          "lanes",
          "ticket " + t.number() + " waits in lane " + t.lane() + ", which the bundle removes");
    }
  }

  private static <T> Set<String> codes(
      List<T> items, java.util.function.Function<T, String> key, String at, Checks checks) {
    Set<String> seen = new HashSet<>();
    if (!checks.present(items, at)) {
      return seen;
    }
    checks.require(!items.isEmpty(), at, "must not be empty");
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (item == null) {
        checks.problem(at + "[" + i + "]", "must be an object");
        continue;
      }
      String code = key.apply(item);
      if (code != null && !seen.add(code)) {
        checks.problem(at + "[" + i + "]", "'" + code + "' appears twice");
      }
    }
    return seen;
  }

  private static <T> void each(
      List<T> items, String at, java.util.function.BiConsumer<T, String> check) {
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != null) {
        check.accept(items.get(i), at + "[" + i + "]");
      }
    }
  }
}
