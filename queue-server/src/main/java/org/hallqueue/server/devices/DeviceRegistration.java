package org.hallqueue.server.devices;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Checks;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

/**
 * Registers a kiosk or display board: checks the request, makes a token, stores only its hash. Used
 * by the device API and by the manager console, which also records the change.
 */
@Component
public class DeviceRegistration {
  private final JdbcAggregateTemplate aggregates;
  private final Writes writes;
  private final Clock clock;

  public DeviceRegistration(JdbcAggregateTemplate aggregates, Writes writes, Clock clock) {
    this.aggregates = aggregates;
    this.writes = writes;
    this.clock = clock;
  }

  /** The body of a registration request. */
  public record NewDevice(String name, Device.Kind kind) {}

  /** The stored device and its token, which is shown this once and never again. */
  public record Registered(Device device, String token) {}

  /**
   * Registers the device; {@code alsoInTransaction} runs in the same transaction (e.g. an audit
   * record).
   */
  public Registered register(NewDevice request, Consumer<Device> alsoInTransaction) {
    Checks checks = new Checks();
    if (checks.present(request, "body")) {
      if (checks.present(request.name(), "name")) {
        checks.require(
            !request.name().isBlank() && request.name().length() <= 60,
            "name",
            "must be 1 to 60 characters");
      }
      checks.require(request.kind() != null, "kind", "is required: KIOSK or DISPLAY");
    }
    checks.throwIfAny();
    String token = DeviceTokens.newToken();
    Device device =
        new Device(
            UUID.randomUUID().toString(),
            request.name().strip(),
            request.kind(),
            DeviceTokens.hash(token),
            clock.instant(),
            false,
            null,
            null,
            null);
    writes.inTransaction(
        () -> {
          aggregates.insert(device);
          alsoInTransaction.accept(device);
          return null;
        });
    return new Registered(device, token);
  }
}
