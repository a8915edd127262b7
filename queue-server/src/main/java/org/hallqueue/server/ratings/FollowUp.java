package org.hallqueue.server.ratings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up of a bad rating (差评) as the console shows it: the visit and its rating, the day it
 * is due, who owns it, its status and notes, and whether the clerk appealed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FollowUp(
    long id,
    long ticketId,
    String number,
    String service,
    String counter,
    String clerk,
    int score,
    List<String> reasons,
    String comment,
    boolean commentRedacted,
    Instant openedAt,
    LocalDate due,
    FollowUpStatus status,
    String owner,
    boolean appealed,
    Instant contactedAt,
    Instant resolvedAt,
    boolean overdue,
    List<Note> notes) {

  /** A note on the follow-up: a call, what was put right, or the clerk's appeal. */
  record Note(Instant at, String author, String kind, String text) {}
}
