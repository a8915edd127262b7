package org.hallqueue.server.tickets;

import java.time.Duration;
import org.hallqueue.server.failover.Leadership;
import org.hallqueue.server.office.Routines;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings parked tickets back to the front of their service when their minutes are up: at start (a
 * server that was off returns what came due meanwhile) and then every {@code queue.park-check} (5
 * s), on the active server only. The park's end is in the database, so nothing is lost over a
 * restart or a takeover.
 */
@Component
class ParkTimer {
  static final String BY = "park-timer";

  private final TicketActions actions;
  private final Routines routines;
  private final Duration every;
  private final Leadership leadership;

  ParkTimer(
      TicketActions actions,
      Routines routines,
      @Value("${queue.park-check:PT5S}") Duration every,
      Leadership leadership) {
    this.actions = actions;
    this.routines = routines;
    this.every = every;
    this.leadership = leadership;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startOnTheActiveServer() {
    leadership.whenActive("the park timer", this::start);
  }

  private void start() {
    actions.returnParked(BY);
    routines.every(every, "park-timer", () -> actions.returnParked(BY));
  }
}
