package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.shownWhen;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.words;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.PensionCalculatorViewModel;
import org.hallqueue.kiosk.flow.PensionCalculatorViewModel.Setting;
import org.hallqueue.kiosk.server.LearningClient;
import org.hallqueue.kiosk.server.Text;

/**
 * The calculator on the guidance result: a button above the help bar, and over the screen the
 * steppers, the monthly contribution and pension, and the formula with its numbers.
 */
final class PensionCalculatorView {
  private final PensionCalculatorViewModel calc;
  private final AccessibilityViewModel words;
  private final VBox results = new VBox();
  private final StackPane offer;
  private final StackPane panel;

  PensionCalculatorView(PensionCalculatorViewModel calc, AccessibilityViewModel words) {
    this.calc = calc;
    this.words = words;
    Button open = words(button("pension-open", "primary", calc::open), words, "pension.open");
    open.setMaxWidth(720);
    offer = new StackPane(open);
    StackPane.setAlignment(open, Pos.BOTTOM_RIGHT);
    offer.getStyleClass().add("pension-offer");
    offer.setPickOnBounds(false);
    shownWhen(offer, calc.offeredProperty().and(calc.openProperty().not()));
    VBox box = new VBox();
    box.getStyleClass().addAll("content", "pension-panel");
    box.setId("pension-panel");
    Label title = words(text("title"), words, "pension.title");
    title.setId("pension-title");
    box.getChildren().add(title);
    for (Setting s : Setting.values()) {
      box.getChildren().add(stepper(s));
    }
    results.getStyleClass().add("stack");
    box.getChildren()
        .addAll(
            results,
            words(button("pension-close", "secondary", calc::close), words, "pension.close"));
    panel = LearningLayer.overScreen(box, calc.openProperty(), words);
    calc.estimateProperty().addListener(o -> showResults());
    words.langProperty().addListener(o -> showResults());
  }

  List<Node> roots() {
    return List.of(offer, panel);
  }

  private HBox stepper(Setting s) {
    String key = "pension." + s.name();
    var value = calc.valueProperty(s);
    Label label = bind(text("lead"), words, () -> words.text(key, value.get()), value);
    label.setId("pension-" + s.name());
    HBox.setHgrow(label, Priority.ALWAYS);
    Button down = button("pension-" + s.name() + "-down", "secondary", () -> calc.change(s, -1));
    Button up = button("pension-" + s.name() + "-up", "secondary", () -> calc.change(s, 1));
    down.setText("−");
    up.setText("+");
    down.setAccessibleText(words.text(key, value.get()) + " −");
    up.setAccessibleText(words.text(key, value.get()) + " +");
    for (Button b : List.of(down, up)) {
      b.setMinWidth(100);
      b.setMaxWidth(100);
      b.setMinHeight(100);
    }
    HBox row = new HBox(label, down, up);
    row.setSpacing(16);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private void showResults() {
    LearningClient.Estimate e = calc.estimateProperty().get();
    List<Node> shown = new ArrayList<>();
    if (e == null) {
      shown.add(text(words.text("pension.unavailable"), "notice"));
    } else if (e.problem() != null) {
      shown.add(text(words.text(e.problem()), "print-failed"));
    } else {
      Label paid =
          text(words.text("pension.contribution", yuan(e.monthlyContribution())), "subtitle");
      paid.setId("pension-contribution");
      Label pension = text(words.text("pension.pension", yuan(e.monthlyPension())), "subtitle");
      pension.setId("pension-pension");
      shown.add(paid);
      shown.add(pension);
      if (!e.enoughYears()) {
        shown.add(text(words.text("pension.tooFew", fmt(e.minimumYears())), "notice"));
      }
      shown.add(text(words.text("pension.formula"), "body"));
      for (Text line : e.formula()) {
        shown.add(text("•  " + words.text(line), "checklist"));
      }
      shown.add(text(words.text("pension.note"), "small"));
    }
    results.getChildren().setAll(shown);
  }

  private static String yuan(double n) {
    return String.format("%,d", Math.round(n));
  }

  private static String fmt(double years) {
    return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years);
  }
}
