package org.hallqueue.server.assist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hallqueue.server.devices.Device;
import org.hallqueue.server.devices.DeviceRepository;
import org.hallqueue.server.events.EventJournal;
import org.hallqueue.server.events.HelpCallView;
import org.hallqueue.server.events.QueueEvent.HelpAccepted;
import org.hallqueue.server.events.QueueEvent.HelpRequested;
import org.hallqueue.server.persistence.Transactions;
import org.hallqueue.server.web.ConflictException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Kiosks' calls for a person (人工帮助). A call is raised by the kiosk and taken by the first floor
 * assistant to accept it: the accept is decided inside the single writer's transaction, so of two
 * assistants accepting at once exactly one takes it and the other is told who did.
 */
@Component
class HelpCalls {
  /** A call nobody took for this long is no longer shown as open. */
  static final Duration OPEN_FOR = Duration.ofMinutes(30);

  private final JdbcClient db;
  private final DeviceRepository devices;
  private final KioskPlaces places;
  private final AssistFloor floor;
  private final Transactions transactions;
  private final EventJournal events;
  private final Clock clock;

  HelpCalls(
      JdbcClient db,
      DeviceRepository devices,
      KioskPlaces places,
      AssistFloor floor,
      Transactions transactions,
      EventJournal events,
      Clock clock) {
    this.db = db;
    this.devices = devices;
    this.places = places;
    this.floor = floor;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  /** A kiosk asks for a person; raises HELP_REQUESTED with the kiosk's place on the floor plan. */
  HelpCallView raise(String deviceId) {
    return transactions.inTransaction(
        () -> {
          Device device =
              devices.findById(deviceId).orElseThrow(() -> new NotFoundException("no device"));
          if (device.kind() != Device.Kind.KIOSK) {
            throw new ConflictException(
                null, "help", "only a kiosk calls for help; this device is a display", "device");
          }
          String id = UUID.randomUUID().toString();
          Instant now = clock.instant();
          String kiosk = places.of(deviceId).orElse(null);
          db.sql("INSERT INTO help_call (id, device_id, kiosk, requested_at) VALUES (?, ?, ?, ?)")
              .params(id, deviceId, kiosk, now.toEpochMilli())
              .update();
          HelpCallView call = find(id).orElseThrow();
          events.append(new HelpRequested(call));
          return call;
        });
  }

  /** The first accept takes the call (HELP_ACCEPTED); a later one is 409 naming who took it. */
  HelpCallView accept(String id, String by) {
    return transactions.inTransaction(
        () -> {
          HelpCallView call =
              find(id).orElseThrow(() -> new NotFoundException("no help call with id " + id));
          if (call.acceptedBy() != null) {
            throw new ConflictException(
                "ACCEPTED",
                "accept",
                "already taken by " + call.acceptedBy() + " at " + call.acceptedAt(),
                "id");
          }
          db.sql("UPDATE help_call SET accepted_by = ?, accepted_at = ? WHERE id = ?")
              .params(by, clock.millis(), id)
              .update();
          HelpCallView taken = find(id).orElseThrow();
          events.append(new HelpAccepted(taken, by));
          return taken;
        });
  }

  /** Calls not yet taken, raised in the last {@link #OPEN_FOR}, oldest first. */
  List<HelpCallView> open() {
    long since = clock.instant().minus(OPEN_FOR).toEpochMilli();
    return db
        .sql(
            "SELECT * FROM help_call WHERE accepted_by IS NULL AND requested_at >= ?"
                + " ORDER BY requested_at")
        .param(since)
        .query((rs, row) -> row(rs))
        .list()
        .stream()
        .map(this::view)
        .toList();
  }

  Optional<HelpCallView> find(String id) {
    return db.sql("SELECT * FROM help_call WHERE id = ?")
        .param(id)
        .query((rs, row) -> row(rs))
        .optional()
        .map(this::view);
  }

  /** A stored call as read, before the device's and the place's names are added. */
  private record Row(
      String id, String device, String kiosk, Instant requestedAt, String by, Instant at) {}

  private static Row row(ResultSet rs) throws SQLException {
    long acceptedAt = rs.getLong("accepted_at");
    boolean accepted = !rs.wasNull();
    return new Row(
        rs.getString("id"),
        rs.getString("device_id"),
        rs.getString("kiosk"),
        Instant.ofEpochMilli(rs.getLong("requested_at")),
        rs.getString("accepted_by"),
        accepted ? Instant.ofEpochMilli(acceptedAt) : null);
  }

  private HelpCallView view(Row r) {
    return new HelpCallView(
        r.id(),
        r.device(),
        devices.findById(r.device()).map(Device::name).orElse(null),
        r.kiosk(),
        r.kiosk() == null ? null : floor.name(r.kiosk()).orElse(null),
        r.requestedAt(),
        r.by(),
        r.at());
  }
}
