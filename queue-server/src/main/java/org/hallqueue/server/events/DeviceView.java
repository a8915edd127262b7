package org.hallqueue.server.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A kiosk or display as managers see it; the token only in the answer to its registration, never in
 * an event or a list. {@code alert} is true while its printer is out of paper or it asks for help.
 * {@code voice} is whether a display board can speak its calls ({@code ON}, {@code OFF} with {@code
 * voiceDetail} saying why), as it last reported; absent for a device that never did.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceView(
    String id,
    String name,
    String kind,
    boolean revoked,
    Instant createdAt,
    String printer,
    String detail,
    Instant lastStatusAt,
    Instant lastContactAt,
    boolean alert,
    String voice,
    String voiceDetail,
    String token) {

  /** The same device with its one-time token, for the answer to its registration. */
  public DeviceView withToken(String oneTimeToken) {
    return new DeviceView(
        id,
        name,
        kind,
        revoked,
        createdAt,
        printer,
        detail,
        lastStatusAt,
        lastContactAt,
        alert,
        voice,
        voiceDetail,
        oneTimeToken);
  }
}
