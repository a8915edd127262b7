package org.hallqueue.server.appointments;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.tickets.TrackingLinks;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments: the free slots (public), booking (kiosk or staff; anyone where the office turns
 * public booking on), reading and cancelling by code (the code is the proof), and check-in.
 */
@RestController
@RequestMapping("/api/v1/appointments")
class AppointmentController {
  private final AppointmentBooking booking;
  private final AppointmentCheckIn checkIn;
  private final FreeSlots slots;
  private final TrackingLinks links;
  private final boolean publicBooking;

  AppointmentController(
      AppointmentBooking booking,
      AppointmentCheckIn checkIn,
      FreeSlots slots,
      TrackingLinks links,
      @Value("${queue.appointments.public:false}") boolean publicBooking) {
    this.booking = booking;
    this.checkIn = checkIn;
    this.slots = slots;
    this.links = links;
    this.publicBooking = publicBooking;
  }

  /** What a page needs to know before offering booking. */
  record Settings(
      boolean publicBooking,
      int checkInBeforeMinutes,
      int checkInAfterMinutes,
      List<String> services) {}

  @GetMapping("/settings")
  Settings settings() {
    AppointmentRules rules = slots.rules();
    return new Settings(
        publicBooking,
        rules.checkInBeforeMinutes(),
        rules.checkInAfterMinutes(),
        rules.rules().stream().map(SlotRule::service).distinct().sorted().toList());
  }

  @GetMapping("/slots")
  List<FreeSlots.FreeSlot> slots(
      @RequestParam(required = false) String service, @RequestParam(required = false) String date) {
    return slots.of(slots.service(service), day(date));
  }

  @GetMapping("/days")
  List<FreeSlots.FreeDay> days(@RequestParam(required = false) String service) {
    return slots.days(slots.service(service));
  }

  @PostMapping
  ResponseEntity<AppointmentView> book(
      @RequestBody(required = false) BookRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Authentication who) {
    String channel = channel(who);
    String by = who == null ? "phone" : who.getName();
    AppointmentBooking.Booked booked = booking.book(request, idempotencyKey, by, channel);
    return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.appointment().code()))
        .header("Idempotent-Replayed", Boolean.toString(booked.replayed()))
        .body(booked.appointment());
  }

  @GetMapping("/{code}")
  AppointmentView read(@PathVariable String code) {
    return booking.read(code);
  }

  @DeleteMapping("/{code}")
  AppointmentView cancel(@PathVariable String code, Authentication who) {
    return booking.cancel(code, who == null ? "phone" : who.getName());
  }

  @PostMapping("/{code}/check-in")
  ResponseEntity<TicketView> checkIn(@PathVariable String code, Authentication who) {
    AppointmentCheckIn.CheckedIn done = checkIn.checkIn(code, who.getName());
    String token = done.trackingToken();
    TicketView view = done.ticket().withTracking(token, links.url(token));
    return ResponseEntity.created(URI.create("/api/v1/tickets/" + view.id()))
        .header("Idempotent-Replayed", Boolean.toString(done.replayed()))
        .body(view);
  }

  private static String channel(Authentication who) {
    if (who == null || !who.isAuthenticated()) {
      return "PHONE";
    }
    boolean kiosk =
        who.getAuthorities().stream().anyMatch(a -> "ROLE_KIOSK".equals(a.getAuthority()));
    return kiosk ? "KIOSK" : "STAFF";
  }

  private static LocalDate day(String date) {
    if (date == null) {
      throw new InvalidInputException("date", "is required, e.g. 2026-03-03");
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("date", "must be a date such as 2026-03-03");
    }
  }
}
