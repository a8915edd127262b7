package org.hallqueue.server.assist;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.devices.Device;
import org.hallqueue.server.devices.DeviceContact;
import org.hallqueue.server.devices.DeviceRepository;
import org.hallqueue.server.events.DeviceView;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.HelpCallView;
import org.hallqueue.server.events.PrecheckView;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.tickets.QueueInsight;
import org.hallqueue.server.tickets.TicketStore;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What an /assist page starts from: the waiting tickets with their waiting zone and pre-check, each
 * service's checklist, the kiosks of the floor plan (nearest first from where the assistant
 * stands), the places to stand at, and the help calls nobody took yet.
 */
@Component
class AssistSnapshots {
  private final EventLog events;
  private final QueueInsight insight;
  private final TicketStore tickets;
  private final CatalogStore catalog;
  private final PrecheckStore prechecks;
  private final KioskPlaces places;
  private final DeviceRepository devices;
  private final DeviceContact contact;
  private final AssistFloor floor;
  private final HelpCalls help;

  AssistSnapshots(
      EventLog events,
      QueueInsight insight,
      TicketStore tickets,
      CatalogStore catalog,
      PrecheckStore prechecks,
      KioskPlaces places,
      DeviceRepository devices,
      DeviceContact contact,
      AssistFloor floor,
      HelpCalls help) {
    this.events = events;
    this.insight = insight;
    this.tickets = tickets;
    this.catalog = catalog;
    this.prechecks = prechecks;
    this.places = places;
    this.devices = devices;
    this.contact = contact;
    this.floor = floor;
    this.help = help;
  }

  /** A waiting ticket with where its visitor waits and what was checked (null: nothing yet). */
  record Waiting(@JsonUnwrapped TicketView ticket, String zone, PrecheckView precheck) {}

  /**
   * A kiosk of the floor plan, the kiosk device that said it stands there (null: none, so it cannot
   * print), and the walk to it from where the assistant stands (null: unknown).
   */
  record KioskSpot(String kiosk, Map<String, String> name, DeviceView device, Double meters) {}

  record Snapshot(
      long seq,
      List<Waiting> waiting,
      Map<String, List<Checklist.Item>> checklists,
      List<KioskSpot> kiosks,
      List<AssistFloor.Place> places,
      List<HelpCallView> help) {}

  Snapshot snapshot(String from) {
    long seq = events.latestSeq(); // first: whatever changes later comes on the event stream
    List<TicketView> queue = insight.queue(null);
    Map<Long, PrecheckView> checked = prechecks.of(queue.stream().map(TicketView::id).toList());
    List<Waiting> waiting = new ArrayList<>();
    for (TicketView t : queue) {
      waiting.add(new Waiting(t, zone(t.service()), checked.get(t.id())));
    }
    Map<String, List<Checklist.Item>> checklists = new LinkedHashMap<>();
    for (OfficeService s : catalog.services()) {
      checklists.put(s.code(), Checklist.of(s).items());
    }
    List<AssistFloor.Place> all = floor.places();
    return new Snapshot(seq, waiting, checklists, kiosks(all, from), all, help.open());
  }

  /** The ticket with its place, zone and pre-check, as the pre-check answers it. */
  Waiting waiting(long ticketId, PrecheckView precheck) {
    TicketView view =
        insight.place(
            tickets
                .byId(ticketId)
                .orElseThrow(() -> new NotFoundException("no ticket with id " + ticketId)));
    return new Waiting(view, zone(view.service()), precheck);
  }

  private List<KioskSpot> kiosks(List<AssistFloor.Place> all, String from) {
    Map<String, DeviceView> byKiosk = new LinkedHashMap<>();
    Map<String, String> told = places.all();
    for (Device d : devices.findAll()) {
      String kiosk = told.get(d.id());
      if (kiosk != null && !d.revoked() && d.kind() == Device.Kind.KIOSK) {
        DeviceView view = contact.view(d);
        DeviceView known = byKiosk.get(kiosk);
        if (known == null || later(view, known)) {
          byKiosk.put(kiosk, view); // the kiosk heard from last, when two say they stand there
        }
      }
    }
    boolean located = from != null && floor.has(from);
    List<KioskSpot> spots = new ArrayList<>();
    for (AssistFloor.Place p : all) {
      if (p.type().equals("kiosk")) {
        Double meters = located ? floor.meters(from, p.id()) : null;
        spots.add(new KioskSpot(p.id(), p.name(), byKiosk.get(p.id()), meters));
      }
    }
    spots.sort(
        Comparator.comparing((KioskSpot k) -> k.device() == null)
            .thenComparing(k -> k.meters() == null ? Double.MAX_VALUE : k.meters()));
    return spots;
  }

  private static boolean later(DeviceView a, DeviceView b) {
    return b.lastContactAt() == null
        || (a.lastContactAt() != null && a.lastContactAt().isAfter(b.lastContactAt()));
  }

  private String zone(String service) {
    return catalog.service(service).map(OfficeService::zone).orElse(null);
  }
}
