package org.hallqueue.server.persistence;

/**
 * The database could not take a change (disk full, overloaded, shutting down, files gone): answer
 * 503. Mostly nothing was saved; when the database failed while committing, or the change took too
 * long, the outcome is unknown and the caller must say so (a kiosk retries with its key).
 */
public class StorageUnavailableException extends RuntimeException {
  private final boolean outcomeUnknown;

  public StorageUnavailableException(String message) {
    this(message, false);
  }

  public StorageUnavailableException(String message, boolean outcomeUnknown) {
    super(message);
    this.outcomeUnknown = outcomeUnknown;
  }

  /** Whether the change may have been saved after all. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
