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
  TICKET
}
