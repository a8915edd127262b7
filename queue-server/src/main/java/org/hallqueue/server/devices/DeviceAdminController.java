package org.hallqueue.server.devices;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallqueue.server.changes.ConfigAudit;
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
  static final Set<String> ALERTS = Set.of("PAPER_OUT", "HELP_REQUESTED");

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

  @GetMapping
  List<Map<String, Object>> list() {
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
  List<Map<String, Object>> alerts() {
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
        .filter(e -> ALERTS.contains(e.path("device").path("printer").asString("")))
        .map(
            e -> {
              JsonNode d = e.path("device");
              Device now = byId.get(d.path("id").asString(""));
              Map<String, Object> alert = new LinkedHashMap<>();
              alert.put("seq", e.path("seq").asLong());
              alert.put("at", e.path("at").asString());
              alert.put("deviceId", d.path("id").asString());
              alert.put("device", d.path("name").asString());
              alert.put("status", d.path("printer").asString());
              alert.put("detail", d.path("detail").asString(null));
              alert.put(
                  "open",
                  now != null
                      && !now.revoked()
                      && d.path("printer").asString("").equals(now.printerStatus()));
              return alert;
            })
        .toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> register(
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
    Map<String, Object> body = view(registered.device());
    body.put("token", registered.token());
    return body;
  }

  @PostMapping("/{id}/revoke")
  Map<String, Object> revoke(@PathVariable String id, Principal who) {
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

  private Map<String, Object> view(Device d) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", d.id());
    view.put("name", d.name());
    view.put("kind", d.kind());
    view.put("revoked", d.revoked());
    view.put("createdAt", d.createdAt() == null ? null : d.createdAt().toString());
    view.put("printer", d.printerStatus());
    view.put("detail", d.statusDetail());
    view.put("lastStatusAt", d.lastContactAt() == null ? null : d.lastContactAt().toString());
    view.put(
        "lastContactAt",
        contact
            .lastContact(d.id())
            .or(() -> java.util.Optional.ofNullable(d.lastContactAt()))
            .map(Object::toString)
            .orElse(null));
    view.put(
        "alert", !d.revoked() && d.printerStatus() != null && ALERTS.contains(d.printerStatus()));
    return view;
  }
}
