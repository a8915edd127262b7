package org.hallqueue.kiosk.server;

/** The server could not be reached, did not answer in time, or refused a request. */
public final class ServerException extends Exception {

  private final boolean unreachable;
  private final int status;

  public ServerException(String message, boolean unreachable, Throwable cause) {
    this(message, unreachable, 0, cause);
  }

  public ServerException(String message, boolean unreachable, int status, Throwable cause) {
    super(message, cause);
    this.unreachable = unreachable;
    this.status = status;
  }

  /** True when the server did not answer at all (down, network, timeout), so a retry may help. */
  public boolean unreachable() {
    return unreachable;
  }

  /** The HTTP status the server answered with, 0 when it did not answer. */
  public int status() {
    return status;
  }

  /** True when the server refused this kiosk's device token (401): unknown, wrong or revoked. */
  public boolean tokenRefused() {
    return status == 401;
  }
}
