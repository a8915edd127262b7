package org.hallqueue.server.ratings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One visit's rating (一次一评): the score 1 (非常不满意) to 5 (非常满意), the reasons picked, an optional
 * comment only managers read, where the visitor rated (PHONE or RATER) and the service, counter and
 * clerk of the visit.
 */
record Rating(
    long ticketId,
    int score,
    List<String> reasons,
    String comment,
    boolean commentRedacted,
    String channel,
    Instant ratedAt,
    LocalDate officeDay,
    String service,
    String counterId,
    String clerk) {

  boolean bad() {
    return RatingRules.isBad(score);
  }
}
