package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.words;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;

/**
 * A screen's content, scrolled by touch rather than with a desktop scrollbar: the content is at
 * least the screen's height, its growing parts sharing what is spare; when it is taller, a big "▼
 * more below" cue at the bottom pages down, and a "▲" cue at the top pages back once scrolled. A
 * finger can drag it as well.
 */
final class Pager {

  /** How much of the visible height one touch on a cue moves: some of it stays in view. */
  private static final double PAGE = 0.8;

  private final ScrollPane scroll = new ScrollPane();
  private final Button below;
  private final Button above;
  private final StackPane root;
  private final InvalidationListener update = o -> update();

  Pager(AccessibilityViewModel words) {
    scroll.setFitToWidth(true);
    scroll.setPannable(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("content-scroll");
    below = words(button("more-below", "cue", () -> page(1)), words, "view.moreBelow");
    above = words(button("more-above", "cue", () -> page(-1)), words, "view.moreAbove");
    above.getStyleClass().add("cue-above");
    for (Button cue : new Button[] {below, above}) {
      cue.setMaxHeight(Region.USE_PREF_SIZE);
      cue.setVisible(false);
    }
    StackPane.setAlignment(below, Pos.BOTTOM_CENTER);
    StackPane.setAlignment(above, Pos.TOP_CENTER);
    root = new StackPane(scroll, below, above);
    scroll.vvalueProperty().addListener(update);
    scroll.viewportBoundsProperty().addListener(update);
    scroll
        .contentProperty()
        .addListener(
            (o, before, now) -> {
              if (before != null) {
                before.layoutBoundsProperty().removeListener(update);
              }
              if (now != null) {
                now.layoutBoundsProperty().addListener(update);
              }
              update();
            });
  }

  Parent root() {
    return root;
  }

  /** Shows {@code content} from its top, at least as tall as the screen. */
  void show(Node content) {
    if (content instanceof Region r && !r.minHeightProperty().isBound()) {
      r.minHeightProperty()
          .bind(
              Bindings.createDoubleBinding(
                  () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
    }
    scroll.setContent(content);
    top();
  }

  void top() {
    scroll.setVvalue(0);
    update();
  }

  private double hidden() {
    Node content = scroll.getContent();
    if (content == null) {
      return 0;
    }
    return content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
  }

  private void page(int direction) {
    double hidden = hidden();
    if (hidden <= 0) {
      return;
    }
    double step = PAGE * scroll.getViewportBounds().getHeight() / hidden;
    scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + direction * step)));
  }

  private void update() {
    boolean scrolls = hidden() > 1;
    below.setVisible(scrolls && scroll.getVvalue() < scroll.getVmax() - 0.001);
    above.setVisible(scrolls && scroll.getVvalue() > scroll.getVmin() + 0.001);
  }
}
