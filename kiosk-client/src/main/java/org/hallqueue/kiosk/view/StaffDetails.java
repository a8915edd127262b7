package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.shownWhen;
import static org.hallqueue.kiosk.view.Widgets.text;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.StaffPin;

/**
 * A fault's technical reason, for staff only: a small "Staff" button opens the PIN pad, and the
 * right PIN shows the reason. The kiosk locks it again as soon as the screen changes.
 */
final class StaffDetails {
  private StaffDetails() {}

  static VBox of(ObservableStringValue technical, StaffPin pin, AccessibilityViewModel words) {
    BooleanProperty asked = new SimpleBooleanProperty();
    pin.unlockedProperty().addListener((o, was, now) -> asked.set(asked.get() && now));
    Button staff = button("staff-details", "secondary", () -> asked.set(true));
    staff.setText(
        words.textIn(Lang.ZH_CN, "fault.staff") + " " + words.textIn(Lang.EN, "fault.staff"));
    staff.setMaxWidth(Button.USE_PREF_SIZE);
    shownWhen(staff, asked.not());
    VBox pad = shownWhen(new VBox(PinPad.of(pin, key -> both(words, key), "staff-pin-")), asked);
    Label detail = text("small");
    detail.setId("fault-detail");
    detail.textProperty().bind(Bindings.concat(both(words, "fault.detail"), "\n", technical));
    shownWhen(detail, pin.unlockedProperty());
    VBox box = new VBox(staff, pad, detail);
    box.getStyleClass().add("stack");
    return box;
  }

  private static String both(AccessibilityViewModel words, String key) {
    return words.textIn(Lang.ZH_CN, key) + " / " + words.textIn(Lang.EN, key);
  }
}
