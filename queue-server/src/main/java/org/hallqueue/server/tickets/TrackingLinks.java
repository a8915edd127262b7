package org.hallqueue.server.tickets;

import org.hallqueue.server.office.QueueSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The phone page's address: {@code queue.tracking-base-url} when set (the address phones on the
 * hall's network reach), otherwise the address the current request came in on.
 */
@Component
public class TrackingLinks {
  private final QueueSettings settings;

  TrackingLinks(QueueSettings settings) {
    this.settings = settings;
  }

  public String of(String token) {
    String base = settings.trackingBaseUrl();
    if (base == null || base.isBlank()) {
      base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
    return base.replaceAll("/+$", "") + "/t/" + token;
  }
}
