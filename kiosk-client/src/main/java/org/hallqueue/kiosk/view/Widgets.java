package org.hallqueue.kiosk.view;

import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;

/** The kiosk's labels and buttons, and their binding to the visitor's words. */
final class Widgets {
  private Widgets() {}

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
    Button b = new Button();
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
    Label first = text(name, "button-name");
    Label second = text(explanation, "button-explanation");
    VBox lines = new VBox(first, second);
    lines.setSpacing(4);
    lines.setMouseTransparent(true);
    Button b = button(id, styleClass, action);
    b.setGraphic(lines);
    b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    b.setAccessibleText(name + ". " + explanation);
    return b;
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
