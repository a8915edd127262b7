package org.hallqueue.server.devices;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.hallqueue.server.events.DeviceView;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.QueueEvent.DeviceStatusReported;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Kiosks and display boards: registration (managers) and health reports (the devices). */
@RestController
@RequestMapping("/api/v1/devices")
class DeviceController {
  static final Set<String> PRINTER_STATES =
      Set.of("OK", "PAPER_LOW", "PAPER_OUT", "COVER_OPEN", "OFFLINE", "ERROR", "HELP_REQUESTED");

  private final DeviceRepository devices;
  private final DeviceRegistration registration;
  private final Writes writes;
  private final EventLog events;
  private final DeviceContact contact;
  private final Clock clock;

  DeviceController(
      DeviceRepository devices,
      DeviceRegistration registration,
      Writes writes,
      EventLog events,
      DeviceContact contact,
      Clock clock) {
    this.devices = devices;
    this.registration = registration;
    this.writes = writes;
    this.events = events;
    this.contact = contact;
    this.clock = clock;
  }

  record StatusReport(String printer, String detail) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DeviceView register(@RequestBody(required = false) DeviceRegistration.NewDevice request) {
    DeviceRegistration.Registered registered = registration.register(request, device -> {});
    return view(registered.device()).withToken(registered.token());
  }

  @GetMapping
  List<DeviceView> list() {
    return devices.findAll().stream().map(this::view).toList();
  }

  @PostMapping("/{id}/revoke")
  DeviceView revoke(@PathVariable String id) {
    return view(registration.revoke(id, (before, after) -> {}));
  }

  @PostMapping("/me/status")
  DeviceView report(@RequestBody(required = false) StatusReport report, Principal who) {
    Checks checks = new Checks();
    if (checks.present(report, "body") && checks.present(report.printer(), "printer")) {
      checks.require(
          PRINTER_STATES.contains(report.printer()),
          "printer",
          "must be one of OK, PAPER_LOW, PAPER_OUT, COVER_OPEN, OFFLINE, ERROR, HELP_REQUESTED");
    }
    if (report != null && report.detail() != null) {
      checks.text(report.detail(), "detail", 500, true);
    }
    checks.throwIfAny();
    String id = DeviceAuthentication.deviceId(who);
    Device saved =
        writes.inTransaction(
            () -> {
              Device d =
                  devices.findById(id).orElseThrow(() -> new NotFoundException("no device " + id));
              Device updated =
                  devices.save(d.reporting(report.printer(), report.detail(), clock.instant()));
              events.append(new DeviceStatusReported(view(updated)));
              return updated;
            });
    return view(saved);
  }

  private DeviceView view(Device d) {
    return contact.view(d);
  }
}
