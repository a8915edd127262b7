package org.hallqueue.server.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hallqueue.server.changes.ConfigConflictException;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.Ticket;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What keeps a service, a lane or a counter from being deleted: counters that serve or prefer it,
 * tickets that wait for it, guidance that leads to it, a floor plan that shows it. Each refusal is
 * a 409 in both languages saying what to change first.
 */
@Component
class CatalogInUse {
  private final CatalogStore catalog;
  private final TicketsInUse tickets;
  private final DocumentStore documents;
  private final Json json;

  CatalogInUse(CatalogStore catalog, TicketsInUse tickets, DocumentStore documents, Json json) {
    this.catalog = catalog;
    this.tickets = tickets;
    this.documents = documents;
    this.json = json;
  }

  void refuseServiceDeletion(String code) {
    List<Integer> serving =
        catalog.counters().stream().filter(c -> c.serves(code)).map(Counter::number).toList();
    if (!serving.isEmpty()) {
      String numbers = numbers(serving);
      throw ConfigConflictException.inUse(
          "Counters " + numbers + " serve this service: remove it from those counters first.",
          "窗口 " + numbers + " 仍在办理此业务，请先在窗口设置中去掉它。");
    }
    long waiting = waiting(t -> t.service().equals(code));
    if (waiting > 0) {
      throw ConfigConflictException.inUse(
          waiting + " ticket(s) still wait for this service: serve or transfer them first.",
          "还有 " + waiting + " 张票在等候此业务，请先办理或转移。");
    }
    if (guidanceLeadsTo(code)) {
      throw ConfigConflictException.inUse(
          "The kiosk guidance leads visitors to this service: change the guidance first.",
          "自助机的引导问答会引导到此业务，请先修改引导内容。");
    }
  }

  void refuseLaneDeletion(String code) {
    if (code.equals("standard")) {
      throw ConfigConflictException.inUse(
          "The standard lane is where every visitor can go; it cannot be deleted.",
          "普通通道是所有访客都能使用的通道，不能删除。");
    }
    List<Integer> preferring =
        catalog.counters().stream()
            .filter(c -> code.equals(c.affinityLane()))
            .map(Counter::number)
            .toList();
    if (!preferring.isEmpty()) {
      String numbers = numbers(preferring);
      throw ConfigConflictException.inUse(
          "Counters " + numbers + " prefer this lane: change their preferred lane first.",
          "窗口 " + numbers + " 优先叫此通道的号，请先修改这些窗口的优先通道。");
    }
    long waiting = waiting(t -> t.lane().equals(code));
    if (waiting > 0) {
      throw ConfigConflictException.inUse(
          waiting + " ticket(s) still wait in this lane: serve them first.",
          "此通道还有 " + waiting + " 张票在等候，请先办理完。");
    }
  }

  void refuseCounterDeletion(Counter current) {
    String id = current.id();
    if (current.status() != CounterStatus.CLOSED) {
      throw ConfigConflictException.inUse(
          "Counter " + current.number() + " is " + current.status() + ": close it first.",
          current.number() + " 号窗口还在使用中，请先关闭窗口。");
    }
    if (tickets.currentAt(id).isPresent()) {
      throw ConfigConflictException.inUse(
          "Counter " + current.number() + " still has a called visitor: finish first.",
          current.number() + " 号窗口还有已叫号的访客，请先办理完。");
    }
    if (documents.get(DocumentStore.FLOORPLAN).orElse("").contains("\"" + id + "\"")) {
      throw ConfigConflictException.inUse(
          "The floor plan shows this counter: remove it from the plan first.",
          "平面图上还有此窗口，请先从平面图中删除。");
    }
  }

  private boolean guidanceLeadsTo(String service) {
    Optional<String> guidance = documents.get(DocumentStore.GUIDANCE);
    if (guidance.isEmpty()) {
      return false;
    }
    for (JsonNode q : json.read(guidance.get(), JsonNode.class).path("questions")) {
      for (JsonNode a : q.path("answers")) {
        if (service.equals(a.path("result").path("service").asString(null))) {
          return true;
        }
      }
    }
    return false;
  }

  private long waiting(Predicate<Ticket> which) {
    return tickets.waiting().stream().filter(which).count();
  }

  private static String numbers(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
