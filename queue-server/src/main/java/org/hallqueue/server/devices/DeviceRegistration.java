package org.hallqueue.server.devices;

import java.time.Clock;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.hallqueue.server.events.AccessEnded;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

/**
 * Registers a kiosk or display board: checks the request, makes a token, stores only its hash. Used
 * by the device API and by the manager console, which also records the change.
 */
@Component
public class DeviceRegistration {
  private final JdbcAggregateTemplate aggregates;
  private final DeviceRepository devices;
  private final Writes writes;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  public DeviceRegistration(
      JdbcAggregateTemplate aggregates,
      DeviceRepository devices,
      Writes writes,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.aggregates = aggregates;
    this.devices = devices;
    this.writes = writes;
    this.publisher = publisher;
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
        if (checks.require(!request.name().isBlank(), "name", "must be 1 to 60 characters")) {
          checks.text(request.name(), "name", 60, false);
        }
      }
      checks.require(request.kind() != null, "kind", "is required: KIOSK, DISPLAY or RATER");
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

  /**
   * Revokes the device's token: its next request is refused and its open event connections close
   * now. {@code alsoInTransaction} gets the device before and after (e.g. for an audit record).
   */
  public Device revoke(String id, BiConsumer<Device, Device> alsoInTransaction) {
    Device revoked =
        writes.inTransaction(
            () -> {
              Device d =
                  devices
                      .findById(id)
                      .orElseThrow(() -> new NotFoundException("there is no device " + id));
              Device r =
                  devices.save(
                      new Device(
                          d.id(),
                          d.name(),
                          d.kind(),
                          d.tokenHash(),
                          d.createdAt(),
                          true,
                          d.printerStatus(),
                          d.statusDetail(),
                          d.lastContactAt()));
              alsoInTransaction.accept(d, r);
              return r;
            });
    publisher.publishEvent(new AccessEnded(DeviceAuthentication.principalName(id)));
    return revoked;
  }
}
