package org.hallqueue.kiosk.flow;

import java.time.Duration;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.server.QueueApi;
import org.hallqueue.kiosk.server.ServerException;
import org.hallqueue.kiosk.server.Ticket;

/**
 * Issues a ticket, repeating the request with the same idempotency key when the server does not
 * answer: a lost answer then never makes a second ticket.
 */
public final class TicketIssuer {

  private final QueueApi api;
  private final int attempts;
  private final Duration pause;

  public TicketIssuer(QueueApi api, int attempts, Duration pause) {
    this.api = api;
    this.attempts = attempts;
    this.pause = pause;
  }

  public Ticket issue(String service, String lane, Lang lang, String key) throws ServerException {
    ServerException last = null;
    for (int i = 0; i < attempts; i++) {
      try {
        return api.issue(service, lane, lang, key);
      } catch (ServerException e) {
        if (!e.unreachable()) {
          throw e;
        }
        last = e;
        try {
          Thread.sleep(pause.toMillis() * (i + 1));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
    throw last;
  }
}
