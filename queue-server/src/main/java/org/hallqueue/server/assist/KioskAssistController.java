package org.hallqueue.server.assist;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.Map;
import org.hallqueue.server.devices.DeviceAuthentication;
import org.hallqueue.server.events.HelpCallView;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.persistence.Transactions;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.tickets.QueueInsight;
import org.hallqueue.server.tickets.TrackingLinks;
import org.hallqueue.server.web.Checks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What a kiosk does for the floor assistant: say where it stands, call for help, print. */
@RestController
@RequestMapping("/api/v1/devices/me")
class KioskAssistController {
  private final KioskPlaces places;
  private final AssistFloor floor;
  private final HelpCalls help;
  private final PrintRequests prints;
  private final QueueInsight insight;
  private final TrackingLinks links;
  private final Transactions transactions;

  KioskAssistController(
      KioskPlaces places,
      AssistFloor floor,
      HelpCalls help,
      PrintRequests prints,
      QueueInsight insight,
      TrackingLinks links,
      Transactions transactions) {
    this.places = places;
    this.floor = floor;
    this.help = help;
    this.prints = prints;
    this.insight = insight;
    this.links = links;
    this.transactions = transactions;
  }

  /** The kiosk's place: the id of a kiosk on the floor plan. */
  record Place(String kiosk) {}

  @Operation(
      summary = "A kiosk says which kiosk of the floor plan it is (KIOSK)",
      description =
          "Body {\"kiosk\":\"kiosk-1\"}; answers {\"device\":<this device's id>,\"kiosk\"}. A kiosk"
              + " sends it each time its event stream opens, so that help calls show its place and"
              + " it recognises PRINT_REQUESTED events addressed to it. A kiosk the saved floor"
              + " plan lacks is 400 (field kiosk).")
  @PutMapping("/place")
  Map<String, String> place(@RequestBody(required = false) Place place, Principal who) {
    Checks checks = new Checks();
    if (checks.present(place, "body") && checks.present(place.kiosk(), "kiosk")) {
      if (checks.text(place.kiosk(), "kiosk", 60, false) && floor.office().isPresent()) {
        checks.require(
            floor.isKiosk(place.kiosk()), "kiosk", "is not a kiosk of the saved floor plan");
      }
    }
    checks.throwIfAny();
    String device = DeviceAuthentication.deviceId(who);
    transactions.inTransaction(
        () -> {
          places.tell(device, place.kiosk());
          return null;
        });
    return Map.of("device", device, "kiosk", place.kiosk());
  }

  @Operation(
      summary = "A visitor pressed 人工帮助 (KIOSK)",
      description =
          "Answers 201 {\"id\",…} and emits HELP_REQUESTED with the kiosk's floor-plan id. Every"
              + " /assist page shows the call; the first POST /api/v1/help/{id}/accept takes it"
              + " (HELP_ACCEPTED, which the kiosk shows as \"a staff member is coming\").")
  @PostMapping("/help")
  @ResponseStatus(HttpStatus.CREATED)
  HelpCallView help(Principal who) {
    return help.raise(DeviceAuthentication.deviceId(who));
  }

  @Operation(
      summary = "The ticket a print request asks this kiosk to print (KIOSK)",
      description =
          "The request's id comes with PRINT_REQUESTED; the answer is the Ticket with its"
              + " trackingUrl for the QR code. Another kiosk's request is 404. The kiosk reports"
              + " the outcome with POST /api/v1/devices/me/status.")
  @GetMapping("/prints/{id}")
  TicketView print(@PathVariable String id, Principal who) {
    Ticket ticket = prints.ticketFor(DeviceAuthentication.deviceId(who), id);
    return insight
        .place(ticket)
        .withTracking(ticket.trackingToken(), links.url(ticket.trackingToken()));
  }
}
