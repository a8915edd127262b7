package org.hallqueue.server.appointments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An appointment as the API shows it to whoever holds its code: the slot (as instants, and as the
 * office's local date and times a slip prints), the check-in window (also in local time) and the
 * status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppointmentView(
    String code,
    String service,
    String lane,
    String language,
    Instant start,
    Instant end,
    Instant checkInFrom,
    Instant checkInUntil,
    String date,
    String startTime,
    String endTime,
    String checkInFromTime,
    String checkInUntilTime,
    String status,
    Long ticketId) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static AppointmentView of(Appointment a, AppointmentRules rules, ZoneId zone) {
    ZonedDateTime start = a.start().atZone(zone);
    Instant from = a.checkInFrom(Duration.ofMinutes(rules.checkInBeforeMinutes()));
    Instant until = a.checkInUntil(Duration.ofMinutes(rules.checkInAfterMinutes()));
    return new AppointmentView(
        a.code(),
        a.service(),
        a.lane(),
        a.language(),
        a.start(),
        a.end(),
        from,
        until,
        start.toLocalDate().toString(),
        TIME.format(start),
        TIME.format(a.end().atZone(zone)),
        TIME.format(from.atZone(zone)),
        TIME.format(until.atZone(zone)),
        a.status().name(),
        a.ticketId());
  }
}
