package org.hallqueue.kiosk.flow;

/** The kiosk's screens, in the order a visitor meets them. */
public enum Screen {
  LOADING,
  UNREACHABLE,
  START,
  QUESTION,
  RESULT,
  SERVICES,
  LANE,
  ISSUING,
  TICKET,
  /** Appointments: the free slots of the service, the booking made, and check-in by code. */
  BOOKING,
  BOOKED,
  CHECK_IN
}
