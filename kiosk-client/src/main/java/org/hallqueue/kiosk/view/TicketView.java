package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.stack;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.words;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hallqueue.floorplans.drawing.FloorDrawings;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.Route;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.PrintState;
import org.hallqueue.kiosk.flow.TicketViewModel;
import org.hallqueue.kiosk.server.Text;
import org.hallqueue.kiosk.server.Ticket;

/**
 * The ticket: the number large, the wait, what became of the paper, where to wait, the tracking QR
 * code and the route on the floor map (step-free on request).
 */
final class TicketView {

  private final TicketViewModel vm;
  private final AccessibilityViewModel words;
  private final String fontFamily;
  private final Label your = text("lead");
  private final Label number = new Label();
  private final Label wait = text("subtitle");
  private final Label print = text("print-none");
  private final Label where = text("subtitle");
  private final HBox qrRow = new HBox();
  private final VBox mapBox = new VBox();
  private final Parent root;

  TicketView(TicketViewModel vm, AccessibilityViewModel words, String fontFamily) {
    this.vm = vm;
    this.words = words;
    this.fontFamily = fontFamily;
    number.setId("ticket-number");
    number.getStyleClass().add("ticket-number");
    wait.setId("ticket-wait");
    print.setId("print-state");
    where.setId("waiting-area");
    qrRow.getStyleClass().add("qr-row");
    mapBox.getStyleClass().add("map-box");
    Button done = words(button("done", "primary", vm::done), words, "ticket.done");
    VBox box = stack(your, number, wait, print, where, qrRow, done, mapBox);
    box.setAlignment(Pos.TOP_CENTER);
    root = content(box);
    vm.ticketProperty().addListener(o -> showTicket());
    vm.printStateProperty().addListener(o -> showTicket());
    vm.catalogProperty().addListener(o -> showTicket());
    words.langProperty().addListener(o -> showTicket());
    vm.ticketProperty().addListener(o -> showMap());
    vm.catalogProperty().addListener(o -> showMap());
    vm.stepFreeProperty().addListener(o -> showMap());
    words.langProperty().addListener(o -> showMap());
    showTicket();
    showMap();
  }

  Parent root() {
    return root;
  }

  private void showTicket() {
    Ticket t = vm.ticketProperty().get();
    if (t == null) {
      return;
    }
    your.setText(words.text("ticket.yourNumber"));
    number.setText(t.number());
    String ahead =
        t.position() <= 1
            ? words.text("ticket.noneAhead")
            : words.text("ticket.ahead", t.position() - 1);
    boolean next = t.position() <= 1 && t.estimatedWaitSeconds() <= 0;
    wait.setText(next ? ahead : ahead + " · " + vm.waitText()); // "you are next" says it all
    PrintState state = vm.printStateProperty().get();
    print.setText(printText(state));
    print.getStyleClass().removeIf(c -> c.startsWith("print-"));
    print.getStyleClass().add("print-" + state.name().toLowerCase());
    Text area = vm.waitingArea();
    where.setText(area.isEmpty() ? "" : words.text("ticket.waitAt", words.text(area)));
    shown(where, !area.isEmpty());
    if (t.trackingUrl() != null) {
      qrRow
          .getChildren()
          .setAll(QrCode.of(t.trackingUrl(), 240), text(words.text("ticket.scan"), "body"));
    }
    shown(qrRow, t.trackingUrl() != null);
  }

  private String printText(PrintState state) {
    return switch (state) {
      case PRINTING -> words.text("print.printing");
      case PRINTED -> words.text("print.printed");
      case FAILED -> words.text("print.failed");
      case NO_PRINTER -> words.text("print.noPrinter");
      case NONE -> "";
    };
  }

  private void showMap() {
    Optional<Office> office = vm.office();
    shown(mapBox, office.isPresent() && vm.ticketProperty().get() != null);
    if (!mapBox.isVisible()) {
      mapBox.getChildren().clear();
      return;
    }
    Optional<Route> route = vm.route();
    Lang lang = words.langProperty().get();
    int level =
        office
            .get()
            .find(vm.kioskId())
            .map(p -> p.floor().level())
            .orElse(office.get().floors().get(0).level());
    Button stepFree = button("step-free", "secondary", vm::toggleStepFree);
    stepFree.setText((vm.stepFreeProperty().get() ? "☑ " : "☐ ") + words.text("ticket.stepFree"));
    mapBox.getChildren().setAll(text(words.text("ticket.route"), "subtitle"), stepFree);
    mapBox
        .getChildren()
        .add(
            FloorMap.paint(
                FloorDrawings.of(office.get(), level, lang, route, Optional.of(vm.kioskId())),
                960,
                fontFamily));
    route.ifPresent(
        r -> r.steps().forEach(s -> mapBox.getChildren().add(text("→ " + s.in(lang), "body"))));
  }

  private static void shown(javafx.scene.Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }
}
