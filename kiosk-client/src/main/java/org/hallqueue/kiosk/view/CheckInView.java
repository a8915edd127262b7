package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.shownWhen;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.words;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.AppointmentViewModel;

/**
 * Check-in: the code as typed so far, a keypad of the code's letters and digits (a scanner types
 * into the same place), "check in", and the server's answer with, when late, an ordinary ticket.
 */
final class CheckInView {
  /** The characters a booking code uses: no 0/O, 1/I/L. */
  private static final String KEYS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  private final Parent root;

  CheckInView(AppointmentViewModel appointments, AccessibilityViewModel words) {
    Label code = text("booking-code");
    code.setId("check-in-code");
    code.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  String c =
                      appointments.codeProperty().get()
                          + "________".substring(appointments.codeProperty().get().length());
                  return c.substring(0, 4) + "-" + c.substring(4);
                },
                appointments.codeProperty()));
    TilePane keypad = new TilePane();
    keypad.getStyleClass().add("keypad");
    keypad.setHgap(8);
    keypad.setVgap(8);
    for (char key : KEYS.toCharArray()) {
      Button b = button("key-" + key, "secondary", () -> appointments.type(String.valueOf(key)));
      b.setText(String.valueOf(key));
      b.setMaxWidth(Region.USE_PREF_SIZE);
      keypad.getChildren().add(b);
    }
    Button delete =
        words(button("key-delete", "secondary", appointments::deleteLast), words, "checkIn.delete");
    delete.setMaxWidth(Region.USE_PREF_SIZE);
    keypad.getChildren().add(delete);
    Label answer = text("lead");
    answer.setId("check-in-answer");
    answer.textProperty().bind(appointments.answerProperty());
    Button walkIn =
        shownWhen(
            words(button("walk-in", "primary", appointments::takeWalkIn), words, "checkIn.walkIn"),
            appointments.walkInProperty().isNotNull());
    root =
        content(
            words(title(), words, "checkIn.title"),
            words(text("body"), words, "checkIn.hint"),
            code,
            keypad,
            words(button("check-in", "primary", appointments::checkIn), words, "checkIn.go"),
            answer,
            walkIn);
    // a scanner is a keyboard: what it types lands in the code, Enter checks in
    root.setOnKeyTyped(
        e -> {
          if (!e.getCharacter().isBlank()) {
            appointments.type(e.getCharacter());
          }
        });
    root.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            appointments.checkIn();
          }
        });
  }

  Parent root() {
    return root;
  }
}
