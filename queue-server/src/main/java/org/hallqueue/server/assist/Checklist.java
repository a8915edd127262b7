package org.hallqueue.server.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.queue.OfficeService;

/**
 * A service's documents as a checklist a floor assistant ticks: each document with an id ({@code
 * d1}, {@code d2} … in the order the service lists them) and its name in both languages.
 */
record Checklist(String service, List<Item> items) {

  /** One document to have ready. */
  record Item(String id, Map<String, String> name) {}

  static Checklist of(OfficeService service) {
    List<Item> items = new ArrayList<>();
    List<Map<String, String>> documents = service.documents();
    for (int i = 0; i < documents.size(); i++) {
      items.add(new Item("d" + (i + 1), documents.get(i)));
    }
    return new Checklist(service.code(), List.copyOf(items));
  }

  boolean has(String id) {
    return items.stream().anyMatch(i -> i.id().equals(id));
  }

  List<String> ids() {
    return items.stream().map(Item::id).toList();
  }
}
