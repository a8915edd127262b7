package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.stack;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.GuidanceViewModel;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.Text;

/**
 * Where the guidance ends: the service with the documents to bring as a checklist and its online
 * alternative as a QR code, and "take a ticket"; or an answer without a ticket.
 */
final class ResultView {

  private final GuidanceViewModel guidance;
  private final AccessibilityViewModel words;
  private final VBox box = stack();
  private final Label message = text("lead");
  private final Label heading = text("progress");
  private final Label name = title();
  private final Label description = text("body");
  private final Label bring = text("subtitle");
  private final Button take;
  private final Button bookReturn;
  private final Label noTicket = text("body");
  private final Button done;
  private final Parent root;

  ResultView(GuidanceViewModel guidance, AccessibilityViewModel words, Runnable bookReturnVisit) {
    this.guidance = guidance;
    this.words = words;
    message.setId("result-message");
    name.setId("service-name");
    take = button("take-ticket", "primary", guidance::takeTicket);
    done = button("done", "primary", guidance::done);
    bookReturn = button("book-return", "secondary", bookReturnVisit);
    root = content(box);
    guidance.outcomeProperty().addListener(o -> show());
    guidance.serviceProperty().addListener(o -> show());
    words.langProperty().addListener(o -> show());
    show();
  }

  Parent root() {
    return root;
  }

  private void show() {
    Catalog.Outcome outcome = guidance.outcomeProperty().get();
    Catalog.Service service = guidance.serviceProperty().get();
    message.setText(outcome == null ? "" : words.text(outcome.message()));
    boolean hasMessage = outcome != null && !outcome.message().isEmpty();
    List<Node> shown = new ArrayList<>();
    if (service == null) {
      if (hasMessage) {
        shown.add(message);
      }
      noTicket.setText(
          words.text(
              outcome != null && outcome.kind() == Catalog.OutcomeKind.STAFF
                  ? "result.staff"
                  : "result.noTicket"));
      done.setText(words.text("result.done"));
      shown.add(noTicket);
      shown.add(done);
      box.getChildren().setAll(shown);
      return;
    }
    heading.setText(words.text("result.title"));
    name.setText(words.text(service.name()));
    description.setText(words.text(service.description()));
    bring.setText(words.text("result.bring"));
    take.setText(words.text("result.take"));
    shown.add(heading);
    HBox named = new HBox(Pictograms.forService(service).node(Widgets.PICTOGRAM), name);
    named.setAlignment(Pos.CENTER_LEFT);
    named.setSpacing(24);
    HBox.setHgrow(name, Priority.ALWAYS);
    shown.add(named);
    if (hasMessage) {
      shown.add(message);
    }
    // the main action in reach without scrolling; what to bring under it
    shown.addAll(List.of(description, take, bring));
    for (Text document : service.documents()) {
      shown.add(text("☐  " + words.text(document), "checklist"));
    }
    if (!service.documents().isEmpty()) {
      bookReturn.setText(words.text("result.bookReturn"));
      shown.add(bookReturn);
    }
    service
        .online()
        .ifPresent(
            o -> {
              shown.add(text(words.text("result.online"), "subtitle"));
              shown.add(text(words.text(o.name()), "body"));
              if (!o.url().isBlank()) {
                VBox qr =
                    new VBox(
                        QrCode.of(o.url(), 260), text(words.text("result.onlineScan"), "small"));
                qr.getStyleClass().add("qr-box");
                shown.add(qr);
              }
            });
    box.getChildren().setAll(shown);
  }
}
