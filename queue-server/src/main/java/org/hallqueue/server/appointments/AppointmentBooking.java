package org.hallqueue.server.appointments;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.server.changes.ConfigConflictException;
import org.hallqueue.server.events.EventJournal;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.events.QueueEvent.AppointmentChanged;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.tickets.IssueRequest;
import org.hallqueue.server.tickets.TicketIssuing;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.ConflictException;
import org.hallqueue.server.web.InvalidInputException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Books and cancels appointments. The single writer counts a slot's places and inserts the booking
 * in one change, so concurrent bookings never overfill a slot: the last place goes to one of them,
 * the others get 409.
 */
@Component
public class AppointmentBooking {
  private final Writes writes;
  private final AppointmentStore store;
  private final RuleBook rules;
  private final TicketIssuing issuing;
  private final EventJournal events;
  private final OfficeDay officeDay;
  private final Clock clock;

  AppointmentBooking(
      Writes writes,
      AppointmentStore store,
      RuleBook rules,
      TicketIssuing issuing,
      EventJournal events,
      OfficeDay officeDay,
      Clock clock) {
    this.writes = writes;
    this.store = store;
    this.rules = rules;
    this.issuing = issuing;
    this.events = events;
    this.officeDay = officeDay;
    this.clock = clock;
  }

  /** The booking, and whether it was made before under the same idempotency key. */
  public record Booked(AppointmentView appointment, boolean replayed) {}

  /** A valid request: the service, its slot in the rules, the lane and language. */
  private record Valid(String service, Instant start, Instant end, String lane, String language) {}

  public Booked book(BookRequest request, String idempotencyKey, String by, String channel) {
    Valid valid = validate(request, idempotencyKey);
    return writes.inTransaction(
        () -> {
          if (idempotencyKey != null) {
            Optional<Appointment> earlier = store.byRequestKey(by, idempotencyKey);
            if (earlier.isPresent()) {
              return new Booked(view(sameRequest(earlier.get(), valid)), true);
            }
          }
          Instant now = clock.instant();
          if (!valid.start().isAfter(now)) {
            throw new ConfigConflictException(
                Map.of(
                    "en", "This slot has already begun; choose a later one.",
                    "zh-CN", "该时段已开始，请选择更晚的时段。"),
                Map.of("reason", "SLOT_BEGUN"));
          }
          int capacity = capacity(valid);
          if (store.taken(valid.service(), valid.start()) >= capacity) {
            throw new ConfigConflictException(
                Map.of(
                    "en", "This slot is full; choose another time.",
                    "zh-CN", "该时段已约满，请选择其他时间。"),
                Map.of("reason", "SLOT_FULL", "capacity", capacity));
          }
          Appointment booked =
              new Appointment(
                  BookingCodes.next(),
                  valid.service(),
                  valid.lane(),
                  valid.language(),
                  valid.start(),
                  valid.end(),
                  Appointment.Status.BOOKED,
                  now,
                  by,
                  channel,
                  null,
                  null,
                  null);
          store.insert(booked, idempotencyKey);
          events.append(event(EventType.APPOINTMENT_BOOKED, booked, by));
          return new Booked(view(booked), false);
        });
  }

  /** Cancels a booking that is not checked in, which frees its place; cancelling twice is fine. */
  public AppointmentView cancel(String typedCode, String by) {
    String code = BookingCodes.normal(typedCode);
    return writes.inTransaction(
        () -> {
          Appointment a = find(code);
          if (a.status() == Appointment.Status.CHECKED_IN) {
            throw new ConflictException(
                a.status().name(),
                "cancel",
                "this appointment is checked in; its ticket is in use");
          }
          if (a.status() == Appointment.Status.CANCELLED) {
            return view(a);
          }
          Appointment cancelled = a.cancelled(clock.instant());
          store.update(cancelled);
          events.append(event(EventType.APPOINTMENT_CANCELLED, cancelled, by));
          return view(cancelled);
        });
  }

  public AppointmentView read(String typedCode) {
    return view(find(BookingCodes.normal(typedCode)));
  }

  static AppointmentChanged event(EventType type, Appointment a, String by) {
    return new AppointmentChanged(
        type,
        new AppointmentChanged.Booking(
            a.service(), a.start(), a.end(), a.status().name(), a.channel()),
        null,
        by);
  }

  AppointmentView view(Appointment a) {
    return AppointmentView.of(a, rules.rules(), officeDay.zone());
  }

  Appointment find(String code) {
    return (code == null ? Optional.<Appointment>empty() : store.byCode(code))
        .orElseThrow(() -> new NotFoundException("no appointment with this code"));
  }

  private int capacity(Valid valid) {
    ZonedDateTime local = valid.start().atZone(officeDay.zone());
    return rules
        .rules()
        .slot(valid.service(), local.toLocalDate(), local.toLocalTime())
        .map(SlotRule.Slot::capacity)
        .orElse(0);
  }

  private static Appointment sameRequest(Appointment earlier, Valid request) {
    if (!earlier.service().equals(request.service()) || !earlier.start().equals(request.start())) {
      throw new ConflictException(
          null, "book", "this Idempotency-Key was already used for another service or slot");
    }
    return earlier;
  }

  private Valid validate(BookRequest request, String idempotencyKey) {
    if (request == null) {
      throw new InvalidInputException(
          "body", "a JSON object with service, start, lane and language is required");
    }
    IssueRequest visitor =
        issuing.validate(
            new IssueRequest(request.service(), request.lane(), request.language()),
            idempotencyKey);
    Checks checks = new Checks();
    Instant start = null;
    if (checks.present(request.start(), "start")) {
      start = instant(request.start());
      checks.require(
          start != null, "start", "must be a date-time such as 2026-03-03T09:30 or an instant");
    }
    SlotRule.Slot slot = null;
    if (start != null) {
      ZonedDateTime local = start.atZone(officeDay.zone());
      AppointmentRules office = rules.rules();
      slot = office.slot(request.service(), local.toLocalDate(), local.toLocalTime()).orElse(null);
      if (checks.require(
          slot != null,
          "start",
          "is not the start of a slot of service "
              + request.service()
              + " on "
              + local.toLocalDate()
              + " (see GET /api/v1/appointments/slots)")) {
        LocalDate last = officeDay.today().plusDays(office.bookAheadDays());
        checks.require(
            !local.toLocalDate().isAfter(last),
            "start",
            "is more than " + office.bookAheadDays() + " days ahead (last day: " + last + ")");
      }
    }
    checks.throwIfAny();
    Instant end = slot.end().atDate(slot.date()).atZone(officeDay.zone()).toInstant();
    return new Valid(visitor.service(), start, end, visitor.lane(), visitor.language());
  }

  private Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException notOffset) {
      try {
        return LocalDateTime.parse(text).atZone(officeDay.zone()).toInstant();
      } catch (DateTimeException notLocal) {
        return null;
      }
    }
  }
}
