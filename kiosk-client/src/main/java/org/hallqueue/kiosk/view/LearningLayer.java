package org.hallqueue.kiosk.view;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.LearningViewModel;
import org.hallqueue.kiosk.flow.PensionCalculatorViewModel;

/**
 * Learning while waiting over the kiosk's screens: the idle slide and game, and the pension
 * calculator on the guidance result. The kiosk's own view stays underneath, untouched.
 */
public final class LearningLayer {
  private final StackPane root;

  public LearningLayer(
      Parent kiosk,
      LearningViewModel game,
      PensionCalculatorViewModel calculator,
      AccessibilityViewModel words,
      Runnable touched) {
    StackPane layer = new StackPane();
    // no background and no "kiosk" style class: touches between its parts reach the kiosk below
    layer.setPickOnBounds(false);
    layer.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
    String family = KioskView.cjkFontFamily();
    layer
        .styleProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    "-fx-font-family: '"
                        + family
                        + "'; -fx-font-size: "
                        + (words.largeTextProperty().get() ? 2 : 1) * KioskView.BASE_FONT
                        + "px;",
                words.largeTextProperty()));
    PensionCalculatorView calculatorView = new PensionCalculatorView(calculator, words);
    layer.getChildren().addAll(calculatorView.roots());
    LifeGameView gameView = new LifeGameView(game, words);
    layer.getChildren().addAll(gameView.roots());
    // the slide and the calculator's button stay above the help bar, which stays in reach
    Node helpBar = kiosk.lookup(".bottom");
    if (helpBar != null) {
      helpBar
          .layoutBoundsProperty()
          .addListener(
              (o, before, bounds) -> {
                gameView.roots().get(0).setStyle("-fx-padding: 0 0 " + bounds.getHeight() + " 0;");
                calculatorView
                    .roots()
                    .get(0)
                    .setStyle("-fx-padding: 0 0 " + (bounds.getHeight() + 16) + " 0;");
              });
    }
    root = new StackPane(kiosk, layer);
    root.addEventFilter(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          game.touched();
          touched.run();
        });
  }

  /** Content over the whole screen while {@code shown}, scrolling as the kiosk's screens do. */
  static StackPane overScreen(Node content, ObservableBooleanValue shown) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setPannable(true);
    scroll.getStyleClass().add("content-scroll");
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    StackPane over = new StackPane(scroll);
    over.visibleProperty().bind(shown);
    over.managedProperty().bind(over.visibleProperty());
    return over;
  }

  public Parent root() {
    return root;
  }
}
