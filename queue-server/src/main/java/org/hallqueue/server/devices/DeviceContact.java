package org.hallqueue.server.devices;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * When each device last made a request. Kept in memory: writing it on every request would cost a
 * durable commit per poll. Status reports, which matter after a restart, are stored.
 */
@Component
public class DeviceContact {
  private final Map<String, Instant> last = new ConcurrentHashMap<>();

  void seen(String deviceId, Instant at) {
    last.put(deviceId, at);
  }

  public Optional<Instant> lastContact(String deviceId) {
    return Optional.ofNullable(last.get(deviceId));
  }
}
