package org.hallqueue.server.appointments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the bookings of a period came to: how many were made, cancelled, checked in, missed (no
 * check-in before the window closed) or still ahead, and how punctual the visitors who came were:
 * on time means checked in by the slot's start.
 */
record AppointmentStats(
    int bookings,
    int cancelled,
    int checkedIn,
    int noShows,
    int upcoming,
    Double noShowShare,
    Double onTimeShare,
    Double meanMinutesBeforeStart,
    Map<String, AppointmentStats> byService) {

  static AppointmentStats of(List<Appointment> appointments, Instant now, Duration after) {
    Map<String, AppointmentStats> byService = new TreeMap<>();
    appointments.stream()
        .map(Appointment::service)
        .distinct()
        .forEach(
            s ->
                byService.put(
                    s,
                    totals(
                        appointments.stream().filter(a -> a.service().equals(s)).toList(),
                        now,
                        after,
                        null)));
    return totals(appointments, now, after, byService);
  }

  private static AppointmentStats totals(
      List<Appointment> all, Instant now, Duration after, Map<String, AppointmentStats> byService) {
    int cancelled = 0;
    int checkedIn = 0;
    int noShows = 0;
    int onTime = 0;
    long earlySeconds = 0;
    for (Appointment a : all) {
      if (a.status() == Appointment.Status.CANCELLED) {
        cancelled++;
      } else if (a.status() == Appointment.Status.CHECKED_IN) {
        checkedIn++;
        long early = Duration.between(a.checkedInAt(), a.start()).toSeconds();
        earlySeconds += early;
        onTime += early >= 0 ? 1 : 0;
      } else if (a.missed(now, after)) {
        noShows++;
      }
    }
    int due = checkedIn + noShows;
    int upcoming = all.size() - cancelled - due;
    return new AppointmentStats(
        all.size(),
        cancelled,
        checkedIn,
        noShows,
        upcoming,
        due == 0 ? null : (double) noShows / due,
        checkedIn == 0 ? null : (double) onTime / checkedIn,
        checkedIn == 0 ? null : earlySeconds / 60.0 / checkedIn,
        byService);
  }
}
