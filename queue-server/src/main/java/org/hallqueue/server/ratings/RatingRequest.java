package org.hallqueue.server.ratings;

import java.util.List;
import java.util.Set;
import org.hallqueue.server.web.Checks;

/** A visitor's rating as sent: the score 1–5, reason codes from the office's list, a comment. */
record RatingRequest(Integer score, List<String> reasons, String comment) {
  static final int MAX_COMMENT = 500;
  static final int MAX_REASONS = 10;

  /** Every problem of the request at once, each naming its field. */
  void check(Checks checks, Set<String> reasonCodes) {
    if (checks.present(score, "score")) {
      checks.require(
          score >= 1 && score <= 5, "score", "must be 1 to 5 (1 非常不满意 … 5 非常满意): " + score);
    }
    if (reasons != null) {
      if (checks.require(reasons.size() <= MAX_REASONS, "reasons", "at most 10 reasons")) {
        for (int i = 0; i < reasons.size(); i++) {
          String code = reasons.get(i);
          checks.require(
              code != null && reasonCodes.contains(code),
              "reasons[" + i + "]",
              "is not a reason of this office: " + Checks.quote(code));
        }
        checks.distinct(reasons, "reasons");
      }
    }
    checks.text(comment, "comment", MAX_COMMENT, true);
  }

  List<String> reasonsOrNone() {
    return reasons == null ? List.of() : List.copyOf(reasons);
  }

  String commentOrNull() {
    return comment == null || comment.isBlank() ? null : comment.strip();
  }
}
