package org.hallqueue.kiosk.flow;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.Route;
import org.hallqueue.floorplans.routing.RoutePlanner;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.Text;
import org.hallqueue.kiosk.server.Ticket;
import org.hallqueue.printer.PrinterStatus;

/**
 * The ticket screen: the number, the wait, where to wait and the route there on the floor map
 * (step-free on request), and what became of the paper ticket.
 */
public final class TicketViewModel {

  private final ReadOnlyObjectProperty<Catalog> catalog;
  private final ReadOnlyObjectProperty<Catalog.Service> service;
  private final AccessibilityViewModel words;
  private final TicketHandOver handOver;
  private final Navigation navigation;
  private final Executor ui;
  private final String kioskId;
  private final ZoneId zone;

  private final ReadOnlyObjectWrapper<Ticket> ticket = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<PrintState> printState =
      new ReadOnlyObjectWrapper<>(PrintState.NONE);
  private final ReadOnlyStringWrapper printProblem = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper stepFree = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<Duration> lastIssueTime = new ReadOnlyObjectWrapper<>();
  private Office plannedFor;
  private RoutePlanner planner;

  /**
   * @param service the service chosen (its description follows the catalog)
   */
  TicketViewModel(
      ReadOnlyObjectProperty<Catalog> catalog,
      ReadOnlyObjectProperty<Catalog.Service> service,
      AccessibilityViewModel words,
      TicketHandOver handOver,
      Navigation navigation,
      Executor ui,
      String kioskId,
      ZoneId zone) {
    this.catalog = catalog;
    this.service = service;
    this.words = words;
    this.handOver = handOver;
    this.navigation = navigation;
    this.ui = ui;
    this.kioskId = kioskId;
    this.zone = zone;
  }

  /** The floorplan and services the map and the waiting zone follow. */
  public ReadOnlyObjectProperty<Catalog> catalogProperty() {
    return catalog;
  }

  public ReadOnlyObjectProperty<Ticket> ticketProperty() {
    return ticket.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PrintState> printStateProperty() {
    return printState.getReadOnlyProperty();
  }

  /** Why the printer did not print, in a technician's words (the screen says it plainly). */
  public ReadOnlyStringProperty printProblemProperty() {
    return printProblem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty stepFreeProperty() {
    return stepFree.getReadOnlyProperty();
  }

  /** From "take a ticket" to the number on screen, for the last ticket. */
  public ReadOnlyObjectProperty<Duration> lastIssueTimeProperty() {
    return lastIssueTime.getReadOnlyProperty();
  }

  public void toggleStepFree() {
    navigation.touched();
    stepFree.set(!stepFree.get());
  }

  /** The visitor has their ticket: the visit ends. */
  public void done() {
    navigation.startOver();
  }

  public Optional<Office> office() {
    Catalog c = catalog.get();
    return c == null ? Optional.empty() : c.office();
  }

  public String kioskId() {
    return kioskId;
  }

  /** The waiting zone's name for the chosen service, or empty. */
  public Text waitingArea() {
    Catalog.Service s = service.get();
    return s == null ? Text.of("", "") : TicketPrints.waitingArea(catalog.get(), s);
  }

  /** The route from this kiosk to the waiting zone (step-free when asked), if the plan has one. */
  public Optional<Route> route() {
    Catalog.Service s = service.get();
    Optional<Office> office = office();
    if (s == null || office.isEmpty()) {
      return Optional.empty();
    }
    if (plannedFor != office.get()) {
      planner = RoutePlanner.of(office.get());
      plannedFor = office.get();
    }
    try {
      return planner.route(kioskId, s.zone(), stepFree.get());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Shows the ticket the server issued and hands it over on paper. */
  void issued(
      Ticket t,
      Catalog.Service s,
      Catalog.Lane lane,
      CompletableFuture<PrinterStatus> status,
      long startedNanos) {
    long v = navigation.visit();
    ticket.set(t);
    printState.set(handOver.hasPrinter() ? PrintState.PRINTING : PrintState.NO_PRINTER);
    printProblem.set("");
    navigation.arrive(Screen.TICKET);
    lastIssueTime.set(Duration.ofNanos(System.nanoTime() - startedNanos));
    if (!handOver.hasPrinter()) {
      return;
    }
    var print =
        TicketPrints.of(
            t,
            s,
            lane,
            TicketPrints.officeName(catalog.get()),
            waitingArea(),
            words.langProperty().get(),
            zone);
    handOver
        .print(status, print)
        .thenAccept(
            st ->
                ui.execute(
                    () -> {
                      if (v != navigation.visit()) {
                        return;
                      }
                      if (st.canPrint()) {
                        printState.set(PrintState.PRINTED);
                      } else {
                        printProblem.set(st.state() + ": " + st.reason());
                        printState.set(PrintState.FAILED);
                      }
                      navigation.readAloud();
                    }));
  }

  /** The office's name as printed, from its floorplan. */
  Text officeName() {
    return catalog
        .get()
        .office()
        .map(o -> Text.of(o.name().zhCN(), o.name().en()))
        .orElse(Text.of("社会保险服务大厅", "Social Security Service Hall"));
  }

  void reset() {
    ticket.set(null);
    printState.set(PrintState.NONE);
    printProblem.set("");
    stepFree.set(false);
  }

  /** What voice reads for the ticket on show. */
  String spoken() {
    Ticket t = ticket.get();
    StringBuilder s = new StringBuilder();
    s.append(words.text("ticket.yourNumber")).append(' ').append(t.number()).append(". ");
    s.append(waitText());
    if (printState.get() == PrintState.FAILED) {
      s.append(' ').append(words.text("print.failed"));
    }
    return s.toString();
  }

  /**
   * The wait of the ticket on show as the range the server gives ("Expected wait 6–20 minutes"),
   * "very soon" when there is no wait, or the single estimate in whole minutes from a server
   * without ranges.
   */
  public String waitText() {
    Ticket t = ticket.get();
    if (t.estimatedWaitSeconds() <= 0) {
      return words.text("ticket.waitSoon");
    }
    Ticket.WaitRange range = t.estimatedWait();
    if (range != null) {
      return words.text("ticket.waitRange", range.fromMinutes(), range.toMinutes());
    }
    return words.text("ticket.waitMinutes", (t.estimatedWaitSeconds() + 59) / 60);
  }
}
