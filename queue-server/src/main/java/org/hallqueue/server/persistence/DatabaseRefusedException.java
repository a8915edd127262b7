package org.hallqueue.server.persistence;

/** The server will not start on this database; the message is one sentence for the operator. */
public class DatabaseRefusedException extends RuntimeException {
  public DatabaseRefusedException(String message) {
    super(message);
  }
}
