package org.hallqueue.kiosk.server;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hallqueue.floorplans.model.Lang;

/** What the kiosk asks of the queue server about appointments. */
public interface AppointmentApi {

  /** A slot with free places, as the server offers it. */
  record Slot(Instant start, LocalDate date, LocalTime startTime, LocalTime endTime, int free) {}

  /** A booking: its code (the visitor's only proof), the service, the slot and the check-in. */
  record Booking(
      String code,
      String service,
      LocalDate date,
      LocalTime startTime,
      LocalTime endTime,
      Instant checkInFrom,
      Instant checkInUntil) {}

  /**
   * What a check-in gave: the ticket, or the server's refusal in both languages and, when the
   * visitor came too late, the service of the ordinary ticket they may take instead. Neither a
   * ticket nor a refusal: no appointment has this code.
   */
  record CheckIn(Ticket ticket, Text refusal, String walkInService) {}

  /*
   * The defaults answer as an office without appointment rules does: no slots, no booking, no
   * such code.
   */

  /** The bookable slots of a service on the next days that have any, earliest first. */
  default List<Slot> freeSlots(String service, int atMost) throws ServerException {
    return List.of();
  }

  /** Books a slot once: the same {@code idempotencyKey} always gives the same booking. */
  default Booking book(
      String service, Instant start, String lane, Lang language, String idempotencyKey)
      throws ServerException {
    throw new ServerException("this office takes no appointments", false, 409, null);
  }

  /** Checks in with a typed or scanned code. */
  default CheckIn checkIn(String code) throws ServerException {
    return new CheckIn(null, null, null);
  }
}
