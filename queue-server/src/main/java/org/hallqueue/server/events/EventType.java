package org.hallqueue.server.events;

/** The kinds of state change the event log records. */
public enum EventType {
  TICKET_ISSUED,
  TICKET_CALLED,
  TICKET_RECALLED,
  TICKET_STARTED,
  TICKET_COMPLETED,
  TICKET_NO_SHOW,
  TICKET_TRANSFERRED,
  TICKET_CANCELLED,
  TICKET_EXPIRED,
  COUNTER_STATUS,
  DEVICE_STATUS,
  CONFIG_CHANGED,
  // the floor assistant (导办)
  TICKET_PRECHECKED,
  PRINT_REQUESTED,
  HELP_REQUESTED,
  HELP_ACCEPTED,
  TICKET_RATED
}
