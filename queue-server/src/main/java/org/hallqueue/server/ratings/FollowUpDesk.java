package org.hallqueue.server.ratings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.ConflictException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What people do with the follow-up of a bad rating: a manager calls the visitor back (CONTACTED),
 * puts it right (RESOLVED), assigns an owner and writes notes; the clerk it concerns appeals.
 */
@Component
class FollowUpDesk {
  static final int MAX_NOTE = 1000;

  private final Writes writes;
  private final FollowUps followUps;
  private final OfficeDay officeDay;
  private final Clock clock;

  FollowUpDesk(Writes writes, FollowUps followUps, OfficeDay officeDay, Clock clock) {
    this.writes = writes;
    this.followUps = followUps;
    this.officeDay = officeDay;
    this.clock = clock;
  }

  List<FollowUp> list(FollowUps.Filter filter) {
    return followUps.list(filter, officeDay.today());
  }

  FollowUp get(long id) {
    return followUps
        .byId(id, officeDay.today())
        .orElseThrow(() -> new NotFoundException("no follow-up " + id));
  }

  FollowUp move(long id, String status, String note, String by) {
    Checks checks = new Checks();
    FollowUpStatus next = null;
    if (checks.present(status, "status")) {
      try {
        next = FollowUpStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        checks.problem("status", "must be CONTACTED or RESOLVED: " + Checks.quote(status));
      }
    }
    checks.text(note, "note", MAX_NOTE, true);
    checks.throwIfAny();
    FollowUpStatus to = next;
    return change(
        id,
        f -> {
          if (!f.status().mayMoveTo(to)) {
            throw new ConflictException(
                f.status().name(),
                "move to " + to,
                "a follow-up goes OPEN → CONTACTED → RESOLVED; this one is " + f.status());
          }
          Instant now = clock.instant();
          followUps.move(id, to, now, officeDay.of(now));
          if (note != null && !note.isBlank()) {
            followUps.note(id, now, by, to.name(), note.strip());
          }
        });
  }

  FollowUp assign(long id, String owner) {
    Checks checks = new Checks();
    if (checks.present(owner, "owner")) {
      checks.require(!owner.isBlank(), "owner", "must not be blank");
      checks.text(owner, "owner", 60, false);
    }
    checks.throwIfAny();
    return change(id, f -> followUps.assign(id, owner.strip()));
  }

  FollowUp note(long id, String text, String by) {
    requireNote(text, "must not be blank");
    return change(id, f -> followUps.note(id, clock.instant(), by, "NOTE", text.strip()));
  }

  /** The clerk's appeal: only on a follow-up about them, and once; it is marked for the manager. */
  FollowUp appeal(long id, String text, String clerk) {
    requireNote(text, "must say why: the manager reads it");
    return change(
        id,
        f -> {
          if (!clerk.equals(f.clerk())) {
            throw new NotFoundException("no follow-up " + id + " about you");
          }
          if (f.appealed()) {
            throw new ConflictException("APPEALED", "appeal", "this follow-up is appealed already");
          }
          followUps.appeal(id);
          followUps.note(id, clock.instant(), clerk, "APPEAL", text.strip());
        });
  }

  /** A note's text, or 400 naming the field {@code text}. */
  private static void requireNote(String text, String whenBlank) {
    Checks checks = new Checks();
    if (checks.present(text, "text")) {
      checks.require(!text.isBlank(), "text", whenBlank);
      checks.text(text, "text", MAX_NOTE, true);
    }
    checks.throwIfAny();
  }

  private FollowUp change(long id, Consumer<FollowUp> action) {
    writes.inTransaction(
        () -> {
          action.accept(get(id));
          return null;
        });
    return get(id);
  }
}
