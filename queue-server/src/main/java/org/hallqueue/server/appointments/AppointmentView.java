package org.hallqueue.server.appointments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An appointment as the API shows it to whoever holds its code: the slot (as instants, and as the
 * office's local date and times a slip prints), the check-in window and the status.
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
    String status,
    Long ticketId) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static AppointmentView of(Appointment a, AppointmentRules rules, ZoneId zone) {
    ZonedDateTime start = a.start().atZone(zone);
    return new AppointmentView(
        a.code(),
        a.service(),
        a.lane(),
        a.language(),
        a.start(),
        a.end(),
        a.checkInFrom(Duration.ofMinutes(rules.checkInBeforeMinutes())),
        a.checkInUntil(Duration.ofMinutes(rules.checkInAfterMinutes())),
        start.toLocalDate().toString(),
        TIME.format(start),
        TIME.format(a.end().atZone(zone)),
        a.status().name(),
        a.ticketId());
  }
}
