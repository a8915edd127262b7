package org.hallqueue.server.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hallqueue.server.changes.ConfigConflictException;
import org.hallqueue.server.events.EventJournal;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.events.QueueEvent.AppointmentChanged;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.tickets.IssueRequest;
import org.hallqueue.server.tickets.QueueInsight;
import org.hallqueue.server.tickets.TicketIssuing;
import org.hallqueue.server.tickets.TicketStore;
import org.springframework.stereotype.Component;

/**
 * Check-in: inside the window around the slot's start the visitor gets a ticket of the booked
 * service and lane, which the office's call rule puts ahead of walk-ins ({@link
 * AppointmentTickets}). Too early is refused with the time the window opens; too late with the time
 * it closed and the offer of an ordinary ticket. A second check-in gives the same ticket.
 */
@Component
class AppointmentCheckIn {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Writes writes;
  private final AppointmentStore store;
  private final AppointmentBooking booking;
  private final AppointmentTickets booked;
  private final RuleBook rules;
  private final TicketIssuing issuing;
  private final TicketStore tickets;
  private final QueueInsight insight;
  private final EventJournal events;
  private final OfficeDay officeDay;
  private final Clock clock;

  AppointmentCheckIn(
      Writes writes,
      AppointmentStore store,
      AppointmentBooking booking,
      AppointmentTickets booked,
      RuleBook rules,
      TicketIssuing issuing,
      TicketStore tickets,
      QueueInsight insight,
      EventJournal events,
      OfficeDay officeDay,
      Clock clock) {
    this.writes = writes;
    this.store = store;
    this.booking = booking;
    this.booked = booked;
    this.rules = rules;
    this.issuing = issuing;
    this.tickets = tickets;
    this.insight = insight;
    this.events = events;
    this.officeDay = officeDay;
    this.clock = clock;
  }

  /** The ticket, and whether it was given at an earlier check-in. */
  record CheckedIn(TicketView ticket, String trackingToken, boolean replayed) {}

  CheckedIn checkIn(String typedCode, String by) {
    String code = BookingCodes.normal(typedCode);
    return writes.inTransaction(
        () -> {
          Appointment a = booking.find(code);
          Instant now = clock.instant();
          AppointmentRules office = rules.rules();
          Appointment.CheckInOutcome outcome =
              a.checkIn(
                  now,
                  Duration.ofMinutes(office.checkInBeforeMinutes()),
                  Duration.ofMinutes(office.checkInAfterMinutes()));
          if (outcome instanceof Appointment.AlreadyCheckedIn again) {
            Ticket ticket = tickets.byId(again.ticketId()).orElseThrow();
            return new CheckedIn(insight.place(ticket), ticket.trackingToken(), true);
          }
          if (outcome instanceof Appointment.TooEarly early) {
            throw tooEarly(early.opensAt());
          }
          if (outcome instanceof Appointment.TooLate late) {
            throw tooLate(a, late.closedAt());
          }
          if (outcome instanceof Appointment.Cancelled) {
            throw new ConfigConflictException(
                Map.of("en", "This appointment was cancelled.", "zh-CN", "该预约已取消。"),
                Map.of("reason", "CANCELLED"));
          }
          return issue(a, now, by);
        });
  }

  private CheckedIn issue(Appointment a, Instant now, String by) {
    TicketIssuing.Issued issued =
        issuing.issue(new IssueRequest(a.service(), a.lane(), a.language()), null, by);
    long ticketId = issued.ticket().id();
    booked.add(ticketId);
    Appointment checkedIn = a.checkedIn(now, ticketId);
    store.update(checkedIn);
    Ticket ticket = tickets.byId(ticketId).orElseThrow();
    TicketView placed = insight.place(ticket);
    events.append(
        new AppointmentChanged(
            EventType.APPOINTMENT_CHECKED_IN,
            AppointmentBooking.event(EventType.APPOINTMENT_CHECKED_IN, checkedIn, by).appointment(),
            placed,
            by));
    return new CheckedIn(placed, ticket.trackingToken(), false);
  }

  private ConfigConflictException tooEarly(Instant opensAt) {
    ZoneId zone = officeDay.zone();
    boolean today = officeDay.of(opensAt).equals(officeDay.of(clock.instant()));
    String when = (today ? TIME : DAY_TIME).format(opensAt.atZone(zone));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", "TOO_EARLY");
    details.put("opensAt", opensAt.toString());
    details.put("opensAtLocal", DAY_TIME.format(opensAt.atZone(zone)));
    return new ConfigConflictException(
        Map.of(
            "en", "Check-in opens at " + when + ". Please come back then.",
            "zh-CN", "签到将于 " + when + " 开始，请届时再来。"),
        details);
  }

  private ConfigConflictException tooLate(Appointment a, Instant closedAt) {
    String when = TIME.format(closedAt.atZone(officeDay.zone()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", "TOO_LATE");
    details.put("closedAt", closedAt.toString());
    details.put("walkIn", Map.of("service", a.service(), "lane", a.lane()));
    return new ConfigConflictException(
        Map.of(
            "en",
            "Check-in for this appointment closed at "
                + when
                + ". You can take an ordinary ticket for the same service instead.",
            "zh-CN",
            "该预约的签到已于 " + when + " 截止。您可以改取同一业务的普通号。"),
        details);
  }
}
