package org.hallqueue.server.tickets;

import org.hallqueue.server.office.QueueSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The address of a ticket's phone page, as its QR code carries it. */
@Component
public class TrackingLinks {
  private final QueueSettings settings;

  TrackingLinks(QueueSettings settings) {
    this.settings = settings;
  }

  /**
   * The phone page's address: {@code queue.tracking-base-url} when set (the address phones on the
   * hall's network reach), otherwise the address the current request came in on, with this
   * machine's LAN address for a loopback one ({@link PhoneAddress}).
   */
  public String url(String token) {
    String base = settings.trackingBaseUrl();
    if (base == null || base.isBlank()) {
      base =
          PhoneAddress.of(
              ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
    return base.replaceAll("/+$", "") + "/t/" + token;
  }
}
