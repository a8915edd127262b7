package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.words;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.WelcomeViewModel;

/** "Do you need more time?" over the screen, with the seconds left. */
final class IdleOverlay {

  private final StackPane root;

  IdleOverlay(WelcomeViewModel welcome, AccessibilityViewModel words) {
    Label question = words(title(), words, "idle.question");
    var left = welcome.idleSecondsLeftProperty();
    Label countdown =
        bind(text("body"), words, () -> words.text("idle.countdown", left.get()), left);
    countdown.setId("idle-countdown");
    Button more = words(button("idle-more", "primary", welcome::moreTime), words, "idle.more");
    Button finish =
        words(button("idle-finish", "secondary", welcome::finish), words, "idle.finish");
    finish.getStyleClass().add("centred");
    VBox panel = new VBox(question, countdown, more, finish);
    panel.getStyleClass().add("idle-panel");
    panel.setMaxWidth(960);
    panel.setMaxHeight(Region.USE_PREF_SIZE);
    root = new StackPane(panel);
    root.setId("idle-overlay");
    root.getStyleClass().add("overlay");
    root.visibleProperty().bind(welcome.idleWarningProperty());
  }

  Node root() {
    return root;
  }
}
