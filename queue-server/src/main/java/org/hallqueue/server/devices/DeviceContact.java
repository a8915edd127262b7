package org.hallqueue.server.devices;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hallqueue.server.events.DeviceView;
import org.springframework.stereotype.Component;

/**
 * When each device last made a request. Kept in memory: writing it on every request would cost a
 * durable commit per poll. Status reports, which matter after a restart, are stored.
 */
@Component
public class DeviceContact {
  private final Map<String, Instant> last = new ConcurrentHashMap<>();
  private final BoardVoices voices;

  DeviceContact(BoardVoices voices) {
    this.voices = voices;
  }

  void seen(String deviceId, Instant at) {
    last.put(deviceId, at);
  }

  /** Printer states that need a person: shown as alerts in the console. */
  public static final Set<String> ALERTS = Set.of("PAPER_OUT", "HELP_REQUESTED");

  /** The device as managers see it, with its latest contact. */
  public DeviceView view(Device d) {
    Optional<BoardVoices.Voice> voice = voices.of(d.id());
    return new DeviceView(
        d.id(),
        d.name(),
        d.kind().name(),
        d.revoked(),
        d.createdAt(),
        d.printerStatus(),
        d.statusDetail(),
        d.lastContactAt(),
        lastContact(d.id()).orElse(d.lastContactAt()),
        !d.revoked() && d.printerStatus() != null && ALERTS.contains(d.printerStatus()),
        voice.map(BoardVoices.Voice::status).orElse(null),
        voice.map(BoardVoices.Voice::detail).orElse(null),
        null);
  }

  public Optional<Instant> lastContact(String deviceId) {
    return Optional.ofNullable(last.get(deviceId));
  }
}
