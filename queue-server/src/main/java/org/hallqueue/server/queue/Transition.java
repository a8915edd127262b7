package org.hallqueue.server.queue;

/**
 * What a ticket's transition decided: the ticket moved to its next state, or the move was refused
 * because of the state it is in. Nothing throws; the caller saves a move and answers a refusal.
 */
public sealed interface Transition {

  /** The ticket's next state. */
  record Moved(Ticket ticket) implements Transition {}

  /**
   * The ticket stays as it is.
   *
   * @param from the ticket's status
   * @param action what was asked, in words ("call", "transfer")
   * @param reason the plain sentence a clerk reads
   */
  record Refused(TicketStatus from, String action, String reason) implements Transition {}

  /**
   * The next state, for a caller that has already checked the move is allowed (the simulator,
   * chained test set-ups): a refusal there is a bug, reported as {@link IllegalStateException}.
   */
  default Ticket next() {
    if (this instanceof Moved moved) {
      return moved.ticket();
    }
    throw new IllegalStateException(((Refused) this).reason());
  }
}
