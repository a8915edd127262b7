package org.hallqueue.server.web;

import org.hallqueue.server.queue.Transition;

/**
 * A valid request that the current state refuses (a ticket not waiting, a paused counter, a reused
 * idempotency key): answered 409 with the reason.
 */
public class ConflictException extends RuntimeException {
  private final String from;
  private final String action;
  private final String field;

  /**
   * @param from the state that refused, or null
   * @param action what was asked, in words
   */
  public ConflictException(String from, String action, String reason) {
    this(from, action, reason, null);
  }

  /**
   * @param field the request's field the refusal concerns (e.g. the ticket a change names), or null
   */
  public ConflictException(String from, String action, String reason, String field) {
    super(reason);
    this.from = from;
    this.action = action;
    this.field = field;
  }

  /** The answer to a ticket transition the domain refused. */
  public static ConflictException of(Transition.Refused refused) {
    return new ConflictException(refused.from().name(), refused.action(), refused.reason());
  }

  public String from() {
    return from;
  }

  public String action() {
    return action;
  }

  public String field() {
    return field;
  }
}
