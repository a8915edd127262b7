package org.hallqueue.server.appointments;

import java.time.Duration;
import java.time.Instant;

/**
 * A booked visit. The code is the visitor's only proof of it; nothing names the visitor.
 *
 * @param channel KIOSK, STAFF or PHONE: where it was booked
 * @param ticketId the ticket the visitor got at check-in, or null
 */
public record Appointment(
    String code,
    String service,
    String lane,
    String language,
    Instant start,
    Instant end,
    Status status,
    Instant bookedAt,
    String bookedBy,
    String channel,
    Instant cancelledAt,
    Instant checkedInAt,
    Long ticketId) {

  /** BOOKED until the visitor checks in or it is cancelled. */
  public enum Status {
    BOOKED,
    CHECKED_IN,
    CANCELLED
  }

  /** What a check-in attempt at {@code now} meets. */
  public sealed interface CheckInOutcome {}

  /** Inside the window: the visitor gets a ticket. */
  public record Open() implements CheckInOutcome {}

  /** Already checked in: the same ticket again. */
  public record AlreadyCheckedIn(long ticketId) implements CheckInOutcome {}

  /** Before the window: it opens at {@code opensAt}. */
  public record TooEarly(Instant opensAt) implements CheckInOutcome {}

  /** After the window: it closed at {@code closedAt}; the visitor may take a walk-in ticket. */
  public record TooLate(Instant closedAt) implements CheckInOutcome {}

  /** Cancelled: there is nothing to check in. */
  public record Cancelled() implements CheckInOutcome {}

  public Instant checkInFrom(Duration before) {
    return start.minus(before);
  }

  public Instant checkInUntil(Duration after) {
    return start.plus(after);
  }

  /** Whether the visitor may check in at {@code now}, for a window {@code before}/{@code after}. */
  public CheckInOutcome checkIn(Instant now, Duration before, Duration after) {
    return switch (status) {
      case CANCELLED -> new Cancelled();
      case CHECKED_IN -> new AlreadyCheckedIn(ticketId);
      case BOOKED -> {
        if (now.isBefore(checkInFrom(before))) {
          yield new TooEarly(checkInFrom(before));
        }
        if (now.isAfter(checkInUntil(after))) {
          yield new TooLate(checkInUntil(after));
        }
        yield new Open();
      }
    };
  }

  /** Booked, never checked in, and the window closed: a no-show. */
  public boolean missed(Instant now, Duration after) {
    return status == Status.BOOKED && now.isAfter(checkInUntil(after));
  }

  public Appointment checkedIn(Instant now, long ticket) {
    return with(Status.CHECKED_IN, cancelledAt, now, ticket);
  }

  public Appointment cancelled(Instant now) {
    return with(Status.CANCELLED, now, checkedInAt, ticketId);
  }

  private Appointment with(Status next, Instant cancelled, Instant checkedIn, Long ticket) {
    return new Appointment(
        code, service, lane, language, start, end, next, bookedAt, bookedBy, channel, cancelled,
        checkedIn, ticket);
  }
}
