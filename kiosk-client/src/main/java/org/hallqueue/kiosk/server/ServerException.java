package org.hallqueue.kiosk.server;

/** The server could not be reached, did not answer in time, or refused a request. */
public final class ServerException extends Exception {

  private final boolean unreachable;

  public ServerException(String message, boolean unreachable, Throwable cause) {
    super(message, cause);
    this.unreachable = unreachable;
  }

  /** True when the server did not answer at all (down, network, timeout), so a retry may help. */
  public boolean unreachable() {
    return unreachable;
  }
}
