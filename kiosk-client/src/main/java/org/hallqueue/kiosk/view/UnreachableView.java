package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.wordsAndEnglish;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.ConnectionViewModel;

/** "The queue system is not answering", in both languages, with the reason for a technician. */
final class UnreachableView {

  private final Parent root;

  UnreachableView(ConnectionViewModel connection, AccessibilityViewModel words) {
    Label detail = text("small");
    detail.textProperty().bind(connection.serverProblemProperty());
    root =
        content(
            wordsAndEnglish(title(), words, "unreachable.title"),
            wordsAndEnglish(text("body"), words, "unreachable.body"),
            detail);
  }

  Parent root() {
    return root;
  }
}
