package org.hallqueue.server.assist;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hallqueue.server.devices.Device;
import org.hallqueue.server.devices.DeviceRepository;
import org.hallqueue.server.events.EventJournal;
import org.hallqueue.server.events.PrintRequestView;
import org.hallqueue.server.events.QueueEvent.PrintRequested;
import org.hallqueue.server.persistence.Transactions;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.hallqueue.server.tickets.TicketStore;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.ConflictException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tickets a floor assistant asks a kiosk to print. The request is stored with its PRINT_REQUESTED
 * event; the kiosk, which sees the event on its stream, fetches the ticket to print by the
 * request's id — the only way a ticket's tracking code reaches a kiosk that did not issue it.
 */
@Component
class PrintRequests {
  private final JdbcClient db;
  private final DeviceRepository devices;
  private final TicketStore tickets;
  private final KioskPlaces places;
  private final Transactions transactions;
  private final EventJournal events;
  private final Clock clock;

  PrintRequests(
      JdbcClient db,
      DeviceRepository devices,
      TicketStore tickets,
      KioskPlaces places,
      Transactions transactions,
      EventJournal events,
      Clock clock) {
    this.db = db;
    this.devices = devices;
    this.tickets = tickets;
    this.places = places;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  /** The body: the id of the ticket to print. */
  record Request(Long ticket) {}

  PrintRequestView request(String deviceId, Request request, String by) {
    Checks checks = new Checks();
    if (checks.present(request, "body")) {
      checks.present(request.ticket(), "ticket");
    }
    checks.throwIfAny();
    return transactions.inTransaction(
        () -> {
          Device device =
              devices
                  .findById(deviceId)
                  .orElseThrow(() -> new NotFoundException("no device with id " + deviceId));
          if (device.kind() != Device.Kind.KIOSK || device.revoked()) {
            throw new ConflictException(
                null,
                "print",
                device.name() + (device.revoked() ? " is revoked" : " is not a kiosk"),
                "device");
          }
          Ticket ticket =
              tickets
                  .byId(request.ticket())
                  .orElseThrow(
                      () -> new NotFoundException("no ticket with id " + request.ticket()));
          if (ticket.status() != TicketStatus.WAITING) {
            throw new ConflictException(
                ticket.status().name(),
                "print",
                "ticket " + ticket.number() + " is " + ticket.status().name() + ", not waiting",
                "ticket");
          }
          String id = UUID.randomUUID().toString();
          Instant now = clock.instant();
          db.sql(
                  "INSERT INTO print_request (id, device_id, ticket_id, requested_by,"
                      + " requested_at) VALUES (?, ?, ?, ?, ?)")
              .params(id, deviceId, ticket.id(), by, now.toEpochMilli())
              .update();
          PrintRequestView view =
              new PrintRequestView(
                  id,
                  deviceId,
                  places.of(deviceId).orElse(null),
                  ticket.id(),
                  ticket.number(),
                  now);
          events.append(new PrintRequested(view, by));
          return view;
        });
  }

  /** The ticket a print request asks this kiosk to print; 404 for another kiosk's request. */
  Ticket ticketFor(String deviceId, String requestId) {
    Long ticketId =
        db.sql("SELECT ticket_id FROM print_request WHERE id = ? AND device_id = ?")
            .params(requestId, deviceId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("no print request " + requestId + " here"));
    return tickets
        .byId(ticketId)
        .orElseThrow(() -> new NotFoundException("no ticket with id " + ticketId));
  }
}
