package org.hallqueue.kiosk.flow;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.Text;
import org.hallqueue.kiosk.server.Ticket;
import org.hallqueue.printer.TicketPrint;

/** Turns an issued ticket into what the printer prints. */
final class TicketPrints {
  private TicketPrints() {}

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
