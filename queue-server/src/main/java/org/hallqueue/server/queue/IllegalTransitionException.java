package org.hallqueue.server.queue;

/** A ticket or counter was asked to do something its current state does not allow. */
public class IllegalTransitionException extends RuntimeException {
  private final String from;
  private final String action;

  public IllegalTransitionException(String from, String action) {
    super("cannot " + action + " a ticket that is " + from);
    this.from = from;
    this.action = action;
  }

  public IllegalTransitionException(String from, String action, String message) {
    super(message);
    this.from = from;
    this.action = action;
  }

  public String from() {
    return from;
  }

  public String action() {
    return action;
  }
}
