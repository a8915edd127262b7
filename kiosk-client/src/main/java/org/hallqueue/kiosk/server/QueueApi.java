package org.hallqueue.kiosk.server;

import org.hallqueue.floorplans.model.Lang;

/** What the kiosk asks of the queue server. */
public interface QueueApi extends AppointmentApi {

  /** Services, lanes, guidance and floorplan. */
  Catalog catalog() throws ServerException;

  /**
   * Issues a ticket once. The same {@code idempotencyKey} always gives the same ticket, so a caller
   * may repeat the call after a timeout without making a second ticket.
   */
  Ticket issue(String service, String lane, Lang language, String idempotencyKey)
      throws ServerException;

  /** Reports this kiosk's condition: a printer state or {@code HELP_REQUESTED}. */
  void reportStatus(String state, String detail) throws ServerException;

  /** Asks for a floor assistant (人工帮助); returns the help call's id. */
  String callHelp() throws ServerException;
}
