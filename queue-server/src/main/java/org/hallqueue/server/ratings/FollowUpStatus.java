package org.hallqueue.server.ratings;

/** Where the follow-up of a bad rating stands: the visitor is called back, then it is put right. */
public enum FollowUpStatus {
  OPEN,
  CONTACTED,
  RESOLVED;

  /** The one step a follow-up may take from here: OPEN → CONTACTED → RESOLVED. */
  public boolean mayMoveTo(FollowUpStatus next) {
    return next.ordinal() == ordinal() + 1;
  }
}
