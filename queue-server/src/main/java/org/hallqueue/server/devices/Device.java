package org.hallqueue.server.devices;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A kiosk or display board. Its bearer token is stored only as a SHA-256 hash.
 *
 * @param printerStatus the last printer status the device reported
 */
@Table("device")
public record Device(
    @Id String id,
    String name,
    Kind kind,
    String tokenHash,
    Instant createdAt,
    boolean revoked,
    String printerStatus,
    String statusDetail,
    Instant lastContactAt) {

  /** What the device is. */
  public enum Kind {
    KIOSK,
    DISPLAY,
    /** A counter-side rating screen (好差评), bound to one counter. */
    RATER
  }

  Device reporting(String printer, String detail, Instant at) {
    return new Device(id, name, kind, tokenHash, createdAt, revoked, printer, detail, at);
  }
}
