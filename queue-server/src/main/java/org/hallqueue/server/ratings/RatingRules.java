package org.hallqueue.server.ratings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hallqueue.server.queue.TicketStatus;

/**
 * The office's rules for 好差评: a bad rating's follow-up is due {@code followUpDays} working days
 * later, and a visit may be rated up to {@code windowHours} after it ended.
 */
public record RatingRules(int followUpDays, int windowHours) {
  /** The lowest score that counts as good (基本满意); below it a rating is bad (差评). */
  public static final int LOWEST_GOOD = 3;

  public static boolean isBad(int score) {
    return score < LOWEST_GOOD;
  }

  /**
   * Why this visit cannot be rated now, or empty when it can: only a finished visit (DONE), once,
   * and within the window after it ended.
   */
  public Optional<String> refusal(
      TicketStatus status, Instant finishedAt, boolean rated, Instant now) {
    if (status != TicketStatus.DONE) {
      return Optional.of("a visit can be rated once it is done; this ticket is " + status);
    }
    if (rated) {
      return Optional.of("this visit has been rated already: one rating per visit");
    }
    if (finishedAt != null && now.isAfter(finishedAt.plus(Duration.ofHours(windowHours)))) {
      return Optional.of("the time to rate this visit (" + windowHours + " h) has passed");
    }
    return Optional.empty();
  }
}
