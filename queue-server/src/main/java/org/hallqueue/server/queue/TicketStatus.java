package org.hallqueue.server.queue;

/**
 * Where a ticket is in its life: WAITING → CALLED → SERVING → DONE, or NO_SHOW / CANCELLED, or
 * EXPIRED when its office day ended before it was served.
 */
public enum TicketStatus {
  WAITING,
  CALLED,
  SERVING,
  DONE,
  NO_SHOW,
  CANCELLED,
  EXPIRED;

  public boolean isFinal() {
    return this == DONE || this == NO_SHOW || this == CANCELLED || this == EXPIRED;
  }
}
