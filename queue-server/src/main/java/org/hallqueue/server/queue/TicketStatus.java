package org.hallqueue.server.queue;

/**
 * Where a ticket is in its life: WAITING → CALLED → SERVING → DONE, or NO_SHOW / CANCELLED, or
 * EXPIRED when its office day ended before it was served. CALLED or SERVING → PARKED → WAITING puts
 * a visitor aside for some minutes and back at the front of the queue.
 */
public enum TicketStatus {
  WAITING,
  CALLED,
  SERVING,
  PARKED,
  DONE,
  NO_SHOW,
  CANCELLED,
  EXPIRED;

  public boolean isFinal() {
    return this == DONE || this == NO_SHOW || this == CANCELLED || this == EXPIRED;
  }
}
