package org.hallqueue.kiosk.view;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
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
                        + KioskView.fontSize(words.largeTextProperty().get())
                        + "px;",
                words.largeTextProperty()));
    PensionCalculatorView calculatorView = new PensionCalculatorView(calculator, words);
    layer.getChildren().addAll(calculatorView.roots());
    LifeGameView gameView = new LifeGameView(game, words);
    layer.getChildren().addAll(gameView.roots());
    // the slide and the calculator's button stay above the help bar and the "more below" cue
    Node helpBar = kiosk.lookup(".bottom");
    Node cue = kiosk.lookup("#more-below");
    if (helpBar != null && cue != null) {
      Runnable place =
          () -> {
            double bar = helpBar.getLayoutBounds().getHeight();
            double over = cue.isVisible() ? cue.getLayoutBounds().getHeight() : 0;
            gameView.roots().get(0).setStyle("-fx-padding: 0 0 " + bar + " 0;");
            calculatorView.roots().get(0).setStyle("-fx-padding: 0 0 " + (bar + over + 16) + " 0;");
          };
      helpBar.layoutBoundsProperty().addListener(o -> place.run());
      cue.layoutBoundsProperty().addListener(o -> place.run());
      cue.visibleProperty().addListener(o -> place.run());
    }
    root = new StackPane(kiosk, layer);
    root.addEventFilter(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          game.touched();
          touched.run();
        });
  }

  /**
   * Content over the whole screen while {@code shown}, paged by touch as the kiosk's screens are.
   */
  static StackPane overScreen(
      Node content, ObservableBooleanValue shown, AccessibilityViewModel words) {
    Pager pager = new Pager(words);
    pager.show(content);
    StackPane over = new StackPane(pager.root());
    over.visibleProperty().bind(shown);
    over.managedProperty().bind(over.visibleProperty());
    return over;
  }

  public Parent root() {
    return root;
  }
}
