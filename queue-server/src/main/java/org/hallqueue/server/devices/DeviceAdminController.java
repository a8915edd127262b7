package org.hallqueue.server.devices;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.changes.ConfigAudit;
import org.hallqueue.server.events.DeviceView;
import org.hallqueue.server.persistence.Json;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Kiosks and display boards in the console: register (the token is shown once), revoke, last
 * contact, printer status, and the alerts a manager must act on: a printer out of paper or a kiosk
 * whose visitor asked for help, as the devices' DEVICE_STATUS events report them.
 */
@RestController
@RequestMapping("/api/v1/admin/devices")
class DeviceAdminController {

  private final DeviceRepository devices;
  private final DeviceContact contact;
  private final DeviceRegistration registration;
  private final ConfigAudit audit;
  private final JdbcClient db;
  private final Json json;
  private final Clock clock;

  DeviceAdminController(
      DeviceRepository devices,
      DeviceContact contact,
      DeviceRegistration registration,
      ConfigAudit audit,
      JdbcClient db,
      Json json,
      Clock clock) {
    this.devices = devices;
    this.contact = contact;
    this.registration = registration;
    this.audit = audit;
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  /** A device's alert from the event log; {@code open} while its latest status is still it. */
  record DeviceAlert(
      long seq,
      String at,
      String deviceId,
      String device,
      String status,
      String detail,
      boolean open) {}

  @GetMapping
  List<DeviceView> list() {
    return devices.findAll().stream()
        .sorted(Comparator.comparing(Device::name))
        .map(this::view)
        .toList();
  }

  /**
   * Alert events of the last 24 hours, newest first, each with whether it is still open (the
   * device's latest status is still the alert).
   */
  @GetMapping("/alerts")
  List<DeviceAlert> alerts() {
    Map<String, Device> byId = new LinkedHashMap<>();
    devices.findAll().forEach(d -> byId.put(d.id(), d));
    long since = clock.millis() - Duration.ofHours(24).toMillis();
    return db
        .sql(
            "SELECT seq, at, payload FROM event WHERE type = 'DEVICE_STATUS' AND at >= ?"
                + " ORDER BY at DESC, seq DESC LIMIT 500")
        .param(since)
        .query((rs, row) -> json.read(rs.getString(3), JsonNode.class))
        .list()
        .stream()
        .filter(e -> DeviceContact.ALERTS.contains(e.path("device").path("printer").asString("")))
        .map(
            e -> {
              JsonNode d = e.path("device");
              Device now = byId.get(d.path("id").asString(""));
              return new DeviceAlert(
                  e.path("seq").asLong(),
                  e.path("at").asString(),
                  d.path("id").asString(),
                  d.path("name").asString(),
                  d.path("printer").asString(),
                  d.path("detail").asString(null),
                  now != null
                      && !now.revoked()
                      && d.path("printer").asString("").equals(now.printerStatus()));
            })
        .toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DeviceView register(
      @RequestBody(required = false) DeviceRegistration.NewDevice request, Principal who) {
    DeviceRegistration.Registered registered =
        registration.register(
            request,
            device ->
                audit.record(
                    "device",
                    "created",
                    device.id(),
                    who.getName(),
                    null,
                    audit.diff(null, summary(device))));
    return view(registered.device()).withToken(registered.token());
  }

  @PostMapping("/{id}/revoke")
  DeviceView revoke(@PathVariable String id, Principal who) {
    return view(
        registration.revoke(
            id,
            (before, after) ->
                audit.record(
                    "device",
                    "revoked",
                    id,
                    who.getName(),
                    null,
                    audit.diff(summary(before), summary(after)))));
  }

  private static Map<String, Object> summary(Device d) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", d.name());
    s.put("kind", d.kind());
    s.put("revoked", d.revoked());
    return s;
  }

  private DeviceView view(Device d) {
    return contact.view(d);
  }
}
