package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.ConnectionViewModel;
import org.hallqueue.kiosk.flow.StaffPin;

/**
 * "The queue system is not answering": what that means and what to do, in plain words and both
 * languages; the technical reason only for staff, behind the PIN.
 */
final class UnreachableView {

  /** The fault screen's pictogram, twice a tile's: the first thing seen from a distance. */
  private static final double FAULT_PICTOGRAM = 2 * Widgets.PICTOGRAM;

  private final Parent root;

  UnreachableView(ConnectionViewModel connection, AccessibilityViewModel words, StaffPin pin) {
    VBox box =
        content(
            Pictogram.WAIT.node(FAULT_PICTOGRAM),
            inBothLanguages(title(), words, "unreachable.title"),
            inBothLanguages(text("body"), words, "unreachable.body"),
            StaffDetails.of(connection.serverProblemProperty(), pin, words));
    box.getStyleClass().add("fault");
    box.setAlignment(Pos.CENTER); // the plain words in the middle of the screen, not at its top
    root = box;
  }

  Parent root() {
    return root;
  }

  private static Label inBothLanguages(Label label, AccessibilityViewModel words, String key) {
    return bind(
        label, words, () -> words.textIn(Lang.ZH_CN, key) + "\n" + words.textIn(Lang.EN, key));
  }
}
