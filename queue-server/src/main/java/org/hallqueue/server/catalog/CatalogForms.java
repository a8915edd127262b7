package org.hallqueue.server.catalog;

import java.util.List;
import java.util.Map;
import org.hallqueue.server.queue.CounterStatus;

/**
 * What the console sends to create or edit a service, lane or counter: the item as the catalog
 * writes it, plus the {@code version} it was read at (absent when creating).
 */
final class CatalogForms {
  private CatalogForms() {}

  record ServiceForm(
      String code,
      Map<String, String> name,
      Map<String, String> description,
      Long expectedServiceSeconds,
      List<Map<String, String>> documents,
      ServiceDoc.OnlineDoc online,
      String zone,
      Integer sortOrder,
      Long version) {
    ServiceDoc doc(String code) {
      return new ServiceDoc(
          code,
          name,
          description,
          expectedServiceSeconds,
          documents,
          online,
          blankToNull(zone),
          sortOrder);
    }
  }

  record LaneForm(
      String code,
      Map<String, String> name,
      Map<String, String> description,
      Double weight,
      Long maxWaitSeconds,
      Boolean showOnTicket,
      Boolean showOnBoard,
      Integer sortOrder,
      Long version) {
    LaneDoc doc(String code) {
      return new LaneDoc(
          code, name, description, weight, maxWaitSeconds, showOnTicket, showOnBoard, sortOrder);
    }
  }

  /** A counter's configuration; its status (open, paused, closed) is the staff's business. */
  record CounterForm(
      String id,
      Integer number,
      Map<String, String> name,
      List<String> services,
      String affinityLane,
      String zone,
      Long version) {
    CounterDoc doc(String id, CounterStatus status) {
      return new CounterDoc(
          id, number, name, services, blankToNull(affinityLane), status, blankToNull(zone));
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
