package org.hallqueue.kiosk.flow;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.EventStream;
import org.hallqueue.kiosk.server.FloorAssistApi;
import org.hallqueue.kiosk.server.QueueApi;
import org.hallqueue.kiosk.server.ServerException;
import org.hallqueue.kiosk.server.Ticket;
import org.hallqueue.printer.PrinterStatus;
import org.hallqueue.printer.TicketPrint;
import tools.jackson.databind.JsonNode;

/**
 * The kiosk's part in the floor assistant's work (导办), driven by the event stream: it tells the
 * server which kiosk of the floor plan it is whenever the stream opens; it prints the tickets a
 * floor assistant sends it (PRINT_REQUESTED naming this device), or says on its screen why it
 * cannot, and reports the outcome with its status, naming the request; and it shows "a staff member
 * is coming" when an assistant takes its help call (HELP_ACCEPTED).
 */
public final class FloorAssistance implements EventStream.Listener {
  /** Printer states the screen explains by name; others are told as a failure. */
  private static final Set<String> EXPLAINED = Set.of("PAPER_OUT", "COVER_OPEN", "OFFLINE");

  private final FloorAssistApi assist;
  private final QueueApi api;
  private final TicketHandOver paper;
  private final ObservableValue<Catalog> catalog;
  private final AccessibilityViewModel words;
  private final String kioskId;
  private final ZoneId zone;
  private final Executor ui;
  private final Executor background;
  private volatile String deviceId;

  public FloorAssistance(
      FloorAssistApi assist,
      QueueApi api,
      Optional<TicketPrinter> printer,
      KioskViewModel vm,
      ZoneId zone,
      Executor ui,
      Executor background) {
    this.assist = assist;
    this.api = api;
    this.paper = new TicketHandOver(printer, api, background, e -> {});
    this.catalog = vm.connection().catalogProperty();
    this.words = vm.accessibility();
    this.kioskId = vm.ticket().kioskId();
    this.zone = zone;
    this.ui = ui;
    this.background = background;
  }

  /** This kiosk's device id once the server was told its place, else null. */
  public String deviceId() {
    return deviceId;
  }

  @Override
  public void connected(boolean resumed) {
    if (kioskId == null || kioskId.isBlank()) {
      return;
    }
    background.execute(
        () -> {
          try {
            deviceId = assist.tellPlace(kioskId);
          } catch (ServerException e) {
            System.err.println("kiosk: could not tell the server its place: " + e.getMessage());
          }
        });
  }

  @Override
  public void event(EventStream.Event event) {
    JsonNode body = event.body();
    String me = deviceId;
    if (body == null || me == null) {
      return;
    }
    if ("PRINT_REQUESTED".equals(event.type())
        && me.equals(body.path("print").path("device").asString(""))) {
      String request = body.path("print").path("id").asString();
      background.execute(() -> print(request));
    } else if ("HELP_ACCEPTED".equals(event.type())
        && me.equals(body.path("help").path("device").asString(""))) {
      ui.execute(() -> words.notice("notice.staffComing"));
    }
  }

  @Override
  public void refused(String why) {
    // the catalog's reload meets the same refusal and shows the setup screen
  }

  private void print(String request) {
    Ticket ticket;
    try {
      ticket = assist.printJob(request);
    } catch (ServerException e) {
      System.err.println("kiosk: print request " + request + ": " + e.getMessage());
      return;
    }
    ui.execute(() -> handOver(request, ticket));
  }

  /** On the UI thread: prints the ticket, or says why not; reports the outcome either way. */
  private void handOver(String request, Ticket ticket) {
    Catalog c = catalog.getValue();
    Optional<TicketPrint> print =
        c == null ? Optional.empty() : TicketPrints.of(ticket, c, words.langProperty().get(), zone);
    if (!paper.hasPrinter() || print.isEmpty()) {
      String why = !paper.hasPrinter() ? "this kiosk has no printer" : "unknown service";
      outcome(request, ticket, "ERROR", why, paper.hasPrinter() ? "FAILED" : "NO_PRINTER");
      return;
    }
    CompletableFuture<PrinterStatus> status = paper.status();
    paper
        .attempt(status, print.get())
        .thenAccept(
            st -> {
              String state = TicketHandOver.reported(st);
              boolean printed = st.canPrint();
              String shown = printed ? "PRINTED" : EXPLAINED.contains(state) ? state : "FAILED";
              outcome(
                  request,
                  ticket,
                  state,
                  printed ? "printed " + ticket.number() : st.reason(),
                  shown);
            });
  }

  private void outcome(String request, Ticket ticket, String state, String why, String shown) {
    ui.execute(() -> words.notice("notice.assistPrint." + shown));
    background.execute(
        () -> {
          try {
            api.reportStatus(state, "print " + request + ": " + why);
          } catch (ServerException e) {
            System.err.println("kiosk: could not report printing " + ticket.number() + ": " + e);
          }
        });
  }
}
