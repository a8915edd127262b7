package org.hallqueue.server.persistence;

/** The database could not take a change (disk full, overloaded, shutting down): answer 503. */
public class StorageUnavailableException extends RuntimeException {
  public StorageUnavailableException(String message) {
    super(message);
  }
}
