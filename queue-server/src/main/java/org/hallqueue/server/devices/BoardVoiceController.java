package org.hallqueue.server.devices;

import java.security.Principal;
import java.time.Clock;
import java.util.Set;
import org.hallqueue.server.events.DeviceView;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.QueueEvent.DeviceStatusReported;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/devices/me/voice} (a display board): whether it can speak its calls, {@code
 * ON} or {@code OFF} with the reason, so that a manager sees a silent board in the devices list.
 */
@RestController
@RequestMapping("/api/v1/devices/me/voice")
class BoardVoiceController {
  static final Set<String> STATES = Set.of("ON", "OFF");

  private final DeviceRepository devices;
  private final BoardVoices voices;
  private final Writes writes;
  private final EventLog events;
  private final DeviceContact contact;
  private final Clock clock;

  BoardVoiceController(
      DeviceRepository devices,
      BoardVoices voices,
      Writes writes,
      EventLog events,
      DeviceContact contact,
      Clock clock) {
    this.devices = devices;
    this.voices = voices;
    this.writes = writes;
    this.events = events;
    this.contact = contact;
    this.clock = clock;
  }

  record VoiceReport(String status, String detail) {}

  @PostMapping
  DeviceView report(@RequestBody(required = false) VoiceReport report, Principal who) {
    Checks checks = new Checks();
    if (checks.present(report, "body") && checks.present(report.status(), "status")) {
      checks.require(STATES.contains(report.status()), "status", "must be ON or OFF");
      checks.text(report.detail(), "detail", 300, false);
    }
    checks.throwIfAny();
    String id = DeviceAuthentication.deviceId(who);
    try {
      return writes.inTransaction(
          () -> {
            Device d =
                devices.findById(id).orElseThrow(() -> new NotFoundException("no device " + id));
            voices.save(
                id, new BoardVoices.Voice(report.status(), report.detail(), clock.instant()));
            DeviceView view = contact.view(d);
            events.append(new DeviceStatusReported(view));
            return view;
          });
    } catch (RuntimeException e) {
      voices.reload();
      throw e;
    }
  }
}
