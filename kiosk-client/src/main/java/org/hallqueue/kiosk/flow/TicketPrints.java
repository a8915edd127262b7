package org.hallqueue.kiosk.flow;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.Text;
import org.hallqueue.kiosk.server.Ticket;
import org.hallqueue.printer.TicketPrint;

/** Turns an issued ticket into what the printer prints. */
final class TicketPrints {
  private TicketPrints() {}

  /** The office's name from its floor plan, or the hall's generic name. */
  static Text officeName(Catalog catalog) {
    return catalog
        .office()
        .map(o -> Text.of(o.name().zhCN(), o.name().en()))
        .orElse(Text.of("社会保险服务大厅", "Social Security Service Hall"));
  }

  /** The name of the waiting zone where a service's visitors wait, or empty. */
  static Text waitingArea(Catalog catalog, Catalog.Service service) {
    return catalog
        .office()
        .flatMap(o -> o.find(service.zone()))
        .map(p -> Text.of(p.element().name().zhCN(), p.element().name().en()))
        .orElse(Text.of("", ""));
  }

  /**
   * What to print for a ticket issued elsewhere (a floor assistant's), from the kiosk's catalog;
   * empty when the catalog does not know its service.
   */
  static Optional<TicketPrint> of(Ticket ticket, Catalog catalog, Lang lang, ZoneId zone) {
    return catalog
        .service(ticket.service())
        .map(
            service ->
                of(
                    ticket,
                    service,
                    catalog.lanes().stream()
                        .filter(l -> l.code().equals(ticket.lane()))
                        .findFirst()
                        .orElse(null),
                    officeName(catalog),
                    waitingArea(catalog, service),
                    lang,
                    zone));
  }

  static TicketPrint of(
      Ticket ticket,
      Catalog.Service service,
      Catalog.Lane lane,
      Text officeName,
      Text waitingArea,
      Lang lang,
      ZoneId zone) {
    List<Map<String, String>> documents =
        service.documents().stream().filter(d -> !d.isEmpty()).map(Text::asMap).toList();
    return new TicketPrint(
        officeName.asMap(),
        ticket.number(),
        service.name().asMap(),
        lang.tag(),
        lane != null && lane.showOnTicket() ? lane.name().asMap() : null,
        ticket.issuedAt().atZone(zone),
        ticket.position(),
        ticket.estimatedWaitSeconds(),
        ticket.estimatedWait() == null
            ? null
            : new TicketPrint.WaitRange(
                ticket.estimatedWait().fromMinutes(), ticket.estimatedWait().toMinutes()),
        waitingArea.asMap(),
        documents,
        ticket.trackingUrl(),
        Map.of("zh-CN", "请留意叫号屏和广播", "en", "Watch the screens and listen for your number"));
  }
}
