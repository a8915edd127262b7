package org.hallqueue.server.web;

/** The addressed thing does not exist: answered 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
