package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.wordsAndEnglish;

import javafx.scene.Parent;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;

/** The first screen, while the kiosk loads its catalog from the server. */
final class LoadingView {

  private final Parent root;

  LoadingView(AccessibilityViewModel words) {
    root = content(wordsAndEnglish(title(), words, "title.loading"));
  }

  Parent root() {
    return root;
  }
}
