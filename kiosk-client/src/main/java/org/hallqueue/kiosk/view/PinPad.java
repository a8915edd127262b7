package org.hallqueue.kiosk.view;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.StaffPin;

/**
 * The staff PIN pad: "enter the PIN", dots, "wrong PIN", ten keys and clear; gone once unlocked.
 */
final class PinPad {
  private PinPad() {}

  /**
   * @param text a text key in the words to show (e.g. both languages)
   * @param id the prefix of the keys' ids: {@code id + "dots"}, {@code id + "0"} … {@code id + "9"}
   */
  static VBox of(StaffPin pin, Function<String, String> text, String id) {
    Label ask = Widgets.text(text.apply("setup.pin"), "subtitle");
    Label dots = Widgets.text("", "title");
    dots.setId(id + "dots");
    dots.textProperty().bind(pin.enteredProperty());
    Label wrong = Widgets.text(text.apply("setup.wrongPin"), "notice");
    wrong.visibleProperty().bind(pin.wrongPinProperty());
    wrong.managedProperty().bind(wrong.visibleProperty());
    GridPane keys = new GridPane();
    keys.setHgap(12);
    keys.setVgap(12);
    for (int d = 0; d <= 9; d++) {
      int digit = d;
      Button b = new Button(String.valueOf(d));
      b.setId(id + d);
      b.getStyleClass().add("setup-key");
      b.setOnAction(e -> pin.digit(digit));
      int index = d == 0 ? 10 : d - 1;
      keys.add(b, index % 3, index / 3);
    }
    Button clear = new Button(text.apply("setup.clear"));
    clear.getStyleClass().add("secondary");
    clear.setOnAction(e -> pin.clear());
    keys.add(clear, 2, 3);
    keys.setAlignment(Pos.CENTER_LEFT);
    VBox pad = new VBox(ask, dots, wrong, keys);
    pad.getStyleClass().add("stack");
    pad.visibleProperty().bind(pin.unlockedProperty().not());
    pad.managedProperty().bind(pad.visibleProperty());
    return pad;
  }
}
