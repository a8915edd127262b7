package org.hallqueue.kiosk.view;

import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;

/** The kiosk's labels and buttons, and their binding to the visitor's words. */
final class Widgets {
  private Widgets() {}

  /** The pictograms' size on buttons and tiles, in px (dp-equivalents). */
  static final double PICTOGRAM = 96;

  /** A screen's content, as the scroll pane shows it. */
  static VBox content(Node... nodes) {
    VBox content = new VBox(nodes);
    content.getStyleClass().add("content");
    return content;
  }

  /** A column of a screen's parts. */
  static VBox stack(Node... nodes) {
    VBox box = new VBox(nodes);
    box.getStyleClass().add("stack");
    VBox.setVgrow(box, Priority.ALWAYS); // its growing tiles share the screen's spare height
    return box;
  }

  static Label title() {
    Label l = text("title");
    l.setId("title");
    return l;
  }

  static Label text(String styleClass) {
    return text("", styleClass);
  }

  static Label text(String s, String styleClass) {
    Label l = new Label(s);
    l.getStyleClass().add(styleClass);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  static Button button(String id, String styleClass, Runnable action) {
    Button b = new KioskButton();
    b.setId(id);
    b.getStyleClass().add(styleClass);
    b.setWrapText(true);
    b.setMaxWidth(Double.MAX_VALUE);
    b.setMinHeight(Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** A button with a bold name and a plain explanation under it. */
  static Button twoLineButton(
      String id, String name, String explanation, String styleClass, Runnable action) {
    return twoLineButton(id, null, name, explanation, styleClass, action);
  }

  /** A tile: the pictogram on the left, a bold name and a plain explanation beside it. */
  static Button twoLineButton(
      String id,
      Pictogram pictogram,
      String name,
      String explanation,
      String styleClass,
      Runnable action) {
    Label first = text(name, "button-name");
    Label second = text(explanation, "button-explanation");
    VBox lines = new VBox(first, second);
    lines.setSpacing(4);
    lines.setMouseTransparent(true);
    Button b = button(id, styleClass, action);
    if (pictogram == null) {
      b.setGraphic(lines);
    } else {
      HBox.setHgrow(lines, Priority.ALWAYS);
      lines.setMinWidth(0);
      HBox tile = new HBox(pictogram.node(PICTOGRAM), lines);
      tile.setAlignment(Pos.CENTER_LEFT);
      tile.spacingProperty()
          .bind(Bindings.createDoubleBinding(() -> b.getFont().getSize() * 0.5, b.fontProperty()));
      tile.setMouseTransparent(true);
      b.setGraphic(tile);
    }
    b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    b.setAccessibleText(name + ". " + explanation);
    return b;
  }

  /** A big button: the pictogram on the left, its words beside it. */
  static Button tile(String id, Pictogram pictogram, String styleClass, Runnable action) {
    Button b = button(id, styleClass, action);
    b.setGraphic(pictogram.node(PICTOGRAM));
    b.setContentDisplay(ContentDisplay.LEFT);
    return b;
  }

  /**
   * Lets a button take a share of the screen's spare height, up to {@code max} times its text size
   * (or its words' height, if more), so a screen with few choices fills the portrait screen.
   */
  static <T extends Button> T growing(T button, double max) {
    VBox.setVgrow(button, Priority.ALWAYS);
    ((KioskButton) button).growTo = max;
    return button;
  }

  /** A button that, once {@link #growing}, grows up to a height in text sizes. */
  private static final class KioskButton extends Button {
    private double growTo;

    @Override
    protected double computeMaxHeight(double width) {
      return growTo == 0
          ? super.computeMaxHeight(width)
          : Math.max(computePrefHeight(width), growTo * getFont().getSize());
    }
  }

  /** Shows a node only while {@code shown} says so, taking no room otherwise. */
  static <T extends Node> T shownWhen(T node, javafx.beans.value.ObservableBooleanValue shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(node.visibleProperty());
    return node;
  }

  /** Keeps a label's text computed from the view-model, in the visitor's language. */
  static <T extends Labeled> T bind(
      T labeled, AccessibilityViewModel words, Callable<String> text, Observable... more) {
    Observable[] deps = new Observable[more.length + 1];
    deps[0] = words.langProperty();
    System.arraycopy(more, 0, deps, 1, more.length);
    labeled.textProperty().bind(Bindings.createStringBinding(text, deps));
    return labeled;
  }

  /** A kiosk text in the visitor's language. */
  static <T extends Labeled> T words(T labeled, AccessibilityViewModel words, String key) {
    return bind(labeled, words, () -> words.text(key));
  }

  /** A kiosk text in the visitor's language and, under it, in English. */
  static <T extends Labeled> T wordsAndEnglish(
      T labeled, AccessibilityViewModel words, String key) {
    return bind(labeled, words, () -> words.text(key) + "\n" + words.textIn(Lang.EN, key));
  }
}
