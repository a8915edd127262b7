package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.growing;
import static org.hallqueue.kiosk.view.Widgets.stack;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.tile;
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
                text("subtitle"),
                words,
                () -> service.get() == null ? "" : words.text(service.get().name()),
                service),
            growing(
                words(
                    tile(
                        "lane-standard",
                        Pictogram.TICKET,
                        "primary",
                        () -> lane.chooseLane("standard")),
                    words,
                    "lane.standard"),
                4),
            words(text("lane-note"), words, "lane.optional"));
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
              growing(
                  twoLineButton(
                      "lane-" + l.code(),
                      Pictograms.forLane(l),
                      words.text(l.name()),
                      words.text(l.description()),
                      "lane",
                      () -> lane.chooseLane(l.code())),
                  8));
    }
  }
}
