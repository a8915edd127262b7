package org.hallqueue.kiosk.server;

/** What the kiosk asks of the queue server for the floor assistant (导办). */
public interface FloorAssistApi {

  /**
   * Tells the server which kiosk of the floor plan this is; returns this device's id, which the
   * print requests addressed to it name.
   */
  String tellPlace(String kioskId) throws ServerException;

  /** The ticket a floor assistant's print request asks this kiosk to print. */
  Ticket printJob(String requestId) throws ServerException;
}
