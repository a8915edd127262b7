package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.words;

import javafx.scene.Parent;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;

/** While the server issues the ticket. */
final class IssuingView {

  private final Parent root;

  IssuingView(AccessibilityViewModel words) {
    root = content(words(title(), words, "issuing.title"));
  }

  Parent root() {
    return root;
  }
}
