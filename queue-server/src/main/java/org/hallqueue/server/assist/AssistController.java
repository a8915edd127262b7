package org.hallqueue.server.assist;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.server.events.HelpCallView;
import org.hallqueue.server.events.PrintRequestView;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.tickets.TicketStore;
import org.hallqueue.server.tickets.TrackingLinks;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.InvalidInputException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The floor assistant's page API (STAFF): its snapshot, printing at a kiosk, help calls. */
@RestController
@RequestMapping("/api/v1")
class AssistController {
  private final AssistSnapshots snapshots;
  private final PrintRequests prints;
  private final HelpCalls help;
  private final AssistFloor floor;
  private final AssistBenefit benefit;
  private final TicketStore tickets;
  private final TrackingLinks links;

  AssistController(
      AssistSnapshots snapshots,
      PrintRequests prints,
      HelpCalls help,
      AssistFloor floor,
      AssistBenefit benefit,
      TicketStore tickets,
      TrackingLinks links) {
    this.snapshots = snapshots;
    this.prints = prints;
    this.help = help;
    this.floor = floor;
    this.benefit = benefit;
    this.tickets = tickets;
    this.links = links;
  }

  @Operation(
      summary = "What the /assist page starts from (STAFF)",
      description =
          "{seq, waiting: [Ticket with zone and precheck], checklists: {service: [{id,name}]},"
              + " kiosks: [{kiosk, name, device, meters}], places: [{id,type,name}], help: [open"
              + " help calls]}. With from=<floor-plan element> the kiosks come nearest first, by"
              + " the walking route; a kiosk without device cannot print. Follow the event stream"
              + " from seq.")
  @GetMapping("/assist")
  AssistSnapshots.Snapshot snapshot(@RequestParam(required = false) String from) {
    return snapshots.snapshot(from);
  }

  @Operation(
      summary = "The walk from where the assistant stands to an element, drawn (STAFF)",
      description =
          "An SVG of the floor of `to` with the walking route from `from` (optional) highlighted,"
              + " labelled in lang (zh-CN or en). Unknown `to` is 404.")
  @GetMapping(value = "/assist/route.svg")
  ResponseEntity<byte[]> route(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "zh-CN") String lang) {
    Checks checks = new Checks();
    checks.present(to, "to");
    Lang language = Lang.fromTag(lang).orElse(null);
    checks.require(language != null, "lang", "must be zh-CN or en");
    checks.throwIfAny();
    String svg =
        floor
            .drawing(from, to, language)
            .orElseThrow(() -> new NotFoundException("the floor plan has no element " + to));
    return svg(svg);
  }

  @Operation(
      summary = "A ticket's tracking QR code as SVG (STAFF)",
      description =
          "What the visitor photographs from the tablet when the ticket is not printed: the"
              + " address of the ticket's phone page.")
  @GetMapping("/assist/tickets/{id}/qr.svg")
  ResponseEntity<byte[]> qr(@PathVariable long id) {
    Ticket ticket =
        tickets.byId(id).orElseThrow(() -> new NotFoundException("no ticket with id " + id));
    return svg(TrackingQr.svg(links.url(ticket.trackingToken())));
  }

  private static ResponseEntity<byte[]> svg(String svg) {
    return ResponseEntity.ok()
        .contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .body(svg.getBytes(StandardCharsets.UTF_8));
  }

  @Operation(
      summary = "Print a ticket on a kiosk (STAFF, floor assistant)",
      description =
          "Body {\"ticket\":<ticket id>}; answers 202 and emits PRINT_REQUESTED, which the kiosk"
              + " device sees on its event stream. The kiosk prints the ticket or shows why it"
              + " cannot, and reports the outcome with its status (DEVICE_STATUS). A device that"
              + " is not a kiosk or is revoked is 409 (field device); a ticket no longer waiting"
              + " is 409 (field ticket).")
  @PostMapping("/devices/{id}/print")
  @ResponseStatus(HttpStatus.ACCEPTED)
  PrintRequestView print(
      @PathVariable String id,
      @RequestBody(required = false) PrintRequests.Request request,
      Principal who) {
    return prints.request(id, request, who.getName());
  }

  @Operation(
      summary = "Take a kiosk's help call (STAFF, floor assistant)",
      description =
          "The first accept takes the call and emits HELP_ACCEPTED; the kiosk shows \"a staff"
              + " member is coming\". A later accept is 409 naming who took it.")
  @PostMapping("/help/{id}/accept")
  HelpCallView accept(@PathVariable String id, Principal who) {
    return help.accept(id, who.getName());
  }

  @Operation(
      summary = "Measured benefit of the floor assistant on one office day (STAFF)",
      description =
          "The share of visitors pre-checked; help calls and the seconds to answer them; the"
              + " counter's service time and the same-day come-back share (no-shows, and"
              + " pre-checked visitors who reached the counter with documents still missing) for"
              + " pre-checked visitors against the others. date defaults to today.")
  @GetMapping("/assist/benefit")
  AssistBenefit.Benefit benefit(@RequestParam(required = false) String date) {
    LocalDate day;
    try {
      day = date == null ? null : LocalDate.parse(date);
    } catch (RuntimeException e) {
      throw new InvalidInputException("date", "must be a date like 2026-12-06");
    }
    if (day != null && (day.getYear() < 2000 || day.getYear() > 2100)) {
      throw new InvalidInputException("date", "must be between 2000 and 2100");
    }
    return benefit.of(day);
  }
}
