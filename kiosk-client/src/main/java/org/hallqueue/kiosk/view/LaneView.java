package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.stack;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.twoLineButton;
import static org.hallqueue.kiosk.view.Widgets.words;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.LaneViewModel;
import org.hallqueue.kiosk.server.Catalog;

/** The standard lane first, then the optional priority lanes; follows the catalog. */
final class LaneView {

  private final LaneViewModel lane;
  private final AccessibilityViewModel words;
  private final List<Node> fixed;
  private final VBox box;
  private final Parent root;

  LaneView(LaneViewModel lane, AccessibilityViewModel words) {
    this.lane = lane;
    this.words = words;
    var service = lane.serviceProperty();
    fixed =
        List.of(
            bind(
                title(),
                words,
                () -> service.get() == null ? "" : words.text(service.get().name()),
                service),
            words(
                button("lane-standard", "primary", () -> lane.chooseLane("standard")),
                words,
                "lane.standard"),
            words(text("body"), words, "lane.optional"));
    box = stack();
    root = content(box);
    lane.catalogProperty().addListener(o -> showLanes());
    words.langProperty().addListener(o -> showLanes());
    showLanes();
  }

  Parent root() {
    return root;
  }

  private void showLanes() {
    box.getChildren().setAll(fixed);
    Catalog catalog = lane.catalogProperty().get();
    if (catalog == null) {
      return;
    }
    for (Catalog.Lane l : catalog.lanes()) {
      if (l.code().equals("standard")) {
        continue;
      }
      box.getChildren()
          .add(
              twoLineButton(
                  "lane-" + l.code(),
                  words.text(l.name()),
                  words.text(l.description()),
                  "lane",
                  () -> lane.chooseLane(l.code())));
    }
  }
}
