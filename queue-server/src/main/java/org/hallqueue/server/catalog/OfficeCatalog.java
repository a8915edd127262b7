package org.hallqueue.server.catalog;

import java.util.Map;
import java.util.Optional;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.OfficeService;

/** What the queue's actions read of the office's set-up, and a counter's status they change. */
public interface OfficeCatalog {
  Optional<Counter> counter(String id);

  Optional<OfficeService> service(String code);

  Map<String, Lane> lanesByCode();

  void updateCounterStatus(String id, CounterStatus status);
}
