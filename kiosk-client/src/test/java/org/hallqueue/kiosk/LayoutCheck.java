package org.hallqueue.kiosk;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * What a kiosk screen must be for an older visitor at 1080×1920, checked on the live scene graph:
 * text sizes, touch targets, contrast, nothing cut off, and no scrolling where none is allowed.
 *
 * <p>Sizes are in dp-equivalents: 1 dp-equivalent = 1 px of the kiosk's 1080 px wide portrait
 * screen (a 21.5" screen is about 268 mm wide, so 1 px ≈ 0.25 mm, read from about 50 cm).
 */
final class LayoutCheck {
  private LayoutCheck() {}

  /** The smallest sizes allowed, in dp-equivalents (px at 1080 across). */
  record Sizes(double mainText, double otherText, double target) {}

  /** Normal text: buttons, answers, service names and titles at least 36, any text 30. */
  static final Sizes NORMAL = new Sizes(36, 30, 90);

  /** Large text: main function text at least 48, any text 40; targets as large. */
  static final Sizes LARGE = new Sizes(48, 40, 90);

  static final double WIDTH = 1080;
  static final double HEIGHT = 1920;

  /**
   * Every problem on the scene as it is now. {@code mustFit}: the screen's content scroll pane may
   * not scroll (start, question, lane).
   */
  static List<String> problems(Scene scene, Sizes sizes, boolean mustFit) {
    return problems(scene, scene.getRoot(), sizes, mustFit);
  }

  /** The problems of {@code part} only: a panel over the screen, hiding what is under it. */
  static List<String> problems(Scene scene, Node part, Sizes sizes, boolean mustFit) {
    scene.getRoot().applyCss();
    scene.getRoot().layout();
    List<String> found = new ArrayList<>();
    walk(part, sizes, found);
    if (mustFit) {
      ScrollPane main = (ScrollPane) scene.getRoot().lookup(".content-scroll");
      double content = main.getContent().getLayoutBounds().getHeight();
      double viewport = main.getViewportBounds().getHeight();
      if (content > viewport + 0.5) {
        found.add("the screen scrolls: " + (int) content + " px of content in " + (int) viewport);
      }
    }
    return found;
  }

  private static void walk(Node node, Sizes sizes, List<String> problems) {
    if (!node.isVisible() || node.getOpacity() == 0 || "floor-map".equals(node.getId())) {
      return;
    }
    if (node instanceof Button b
        && (b.getWidth() < sizes.target() || b.getHeight() < sizes.target())) {
      problems.add("button " + name(b) + " is " + (int) b.getWidth() + "×" + (int) b.getHeight());
    }
    if (node instanceof Labeled l
        && !l.getText().isBlank()
        && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
      checkText(l, sizes, problems);
    }
    if (node instanceof Parent p && !(node instanceof Labeled l && l.getGraphic() == null)) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child, sizes, problems);
      }
    }
  }

  private static void checkText(Labeled l, Sizes sizes, List<String> problems) {
    double size = l.getFont().getSize();
    double least = isMain(l) ? sizes.mainText() : sizes.otherText();
    if (size < least - 0.01) {
      problems.add("text " + name(l) + " is " + (int) size + " px, less than " + (int) least);
    }
    if (l.getTextFill() instanceof Color fill) {
      double ratio = contrast(fill, background(l));
      if (ratio < 4.5) {
        problems.add("text " + name(l) + " has contrast " + String.format("%.2f", ratio) + ":1");
      }
    }
    Text shown = shownText(l);
    if (shown == null || !shown.getText().equals(l.getText())) {
      problems.add(
          "text " + name(l) + " is cut to '" + (shown == null ? "" : shown.getText()) + "'");
    }
    Bounds b = l.localToScene(l.getLayoutBounds());
    ScrollPane scroll = scrollPaneOf(l);
    if (scroll == null) {
      if (!inside(b, 0, 0, WIDTH, HEIGHT)) {
        problems.add("text " + name(l) + " is outside the screen at " + box(b));
      }
      return;
    }
    Bounds view = scroll.localToScene(scroll.getLayoutBounds());
    if (b.getMinX() < view.getMinX() - 1 || b.getMaxX() > view.getMaxX() + 1) {
      problems.add("text " + name(l) + " is cut at the side at " + box(b));
    }
    if (b.getMaxY() > view.getMaxY() + 1 && !cueShown(scroll, "more-below")) {
      problems.add("text " + name(l) + " is below the screen with no 'more below' cue");
    }
    if (b.getMinY() < view.getMinY() - 1 && !cueShown(scroll, "more-above")) {
      problems.add("text " + name(l) + " is above the screen with no 'more above' cue");
    }
  }

  /** Buttons, answers, service and lane names, titles, the ticket number and booking code. */
  private static boolean isMain(Labeled l) {
    return l instanceof Button
        || l.getStyleClass().contains("button-name")
        || l.getStyleClass().contains("title")
        || l.getStyleClass().contains("ticket-number")
        || l.getStyleClass().contains("booking-code");
  }

  /** The text the label's skin draws: the label's own text unless it was cut short ("…"). */
  private static Text shownText(Labeled l) {
    for (Node child : l.getChildrenUnmodifiable()) {
      if (child instanceof Text t) {
        return t;
      }
    }
    return null;
  }

  private static ScrollPane scrollPaneOf(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof ScrollPane sp) {
        return sp;
      }
    }
    return null;
  }

  private static boolean cueShown(ScrollPane scroll, String id) {
    Node cue = scroll.getParent() == null ? null : scroll.getParent().lookup("#" + id);
    if (cue == null || !cue.isVisible()) {
      return false;
    }
    Bounds b = cue.localToScene(cue.getLayoutBounds());
    return b.getWidth() >= 90 && b.getHeight() >= 90 && inside(b, 0, 0, WIDTH, HEIGHT);
  }

  private static boolean inside(Bounds b, double x, double y, double w, double h) {
    return b.getMinX() >= x - 1
        && b.getMinY() >= y - 1
        && b.getMaxX() <= x + w + 1
        && b.getMaxY() <= y + h + 1;
  }

  private static String name(Labeled l) {
    String text = l.getText().replace('\n', ' ');
    return (l.getId() == null ? "" : "#" + l.getId() + " ")
        + "'"
        + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
        + "'";
  }

  private static String box(Bounds b) {
    return "(%d,%d)–(%d,%d)"
        .formatted((int) b.getMinX(), (int) b.getMinY(), (int) b.getMaxX(), (int) b.getMaxY());
  }

  private static Color background(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof Region r
          && r.getBackground() != null
          && !r.getBackground().getFills().isEmpty()
          && r.getBackground().getFills().get(0).getFill() instanceof Color c
          && c.getOpacity() > 0.99) {
        return c;
      }
    }
    return Color.WHITE;
  }

  /** Shown: visible itself and every parent up to the scene. */
  static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * channel(c.getRed())
        + 0.7152 * channel(c.getGreen())
        + 0.0722 * channel(c.getBlue());
  }

  private static double channel(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
