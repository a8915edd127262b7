package org.hallqueue.kiosk.view;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.SetupViewModel;
import org.hallqueue.kiosk.text.Texts;

/** The out-of-service screen with a PIN pad for staff; both languages at once. */
public final class SetupView {

  private final StackPane root = new StackPane();

  public SetupView(SetupViewModel vm, Texts texts) {
    root.getStyleClass().add("kiosk");
    root.getStylesheets().add(SetupView.class.getResource("kiosk.css").toExternalForm());
    root.setStyle(
        "-fx-font-family: '"
            + KioskView.cjkFontFamily()
            + "'; -fx-font-size: "
            + KioskView.BASE_FONT
            + "px;");
    VBox box = new VBox();
    box.getStyleClass().addAll("content", "stack");
    box.getChildren().addAll(label(both(texts, "setup.title"), "title"));
    box.getChildren().add(label(both(texts, "setup.body"), "lead"));
    if (!vm.reason().isEmpty()) {
      Label reason = label(both(texts, vm.reason()), "notice");
      reason.setId("setup-reason");
      box.getChildren().add(reason);
    }
    Label ask = label(both(texts, "setup.pin"), "subtitle");
    ask.visibleProperty().bind(vm.unlockedProperty().not());
    ask.managedProperty().bind(ask.visibleProperty());
    box.getChildren().add(ask);
    Label dots = label("", "title");
    dots.setId("pin-dots");
    dots.textProperty().bind(vm.enteredProperty());
    Label wrong = label(both(texts, "setup.wrongPin"), "notice");
    wrong.visibleProperty().bind(vm.wrongPinProperty());
    wrong.managedProperty().bind(wrong.visibleProperty());
    dots.visibleProperty().bind(vm.unlockedProperty().not());
    dots.managedProperty().bind(dots.visibleProperty());
    GridPane pad = new GridPane();
    pad.setHgap(12);
    pad.setVgap(12);
    for (int d = 0; d <= 9; d++) {
      int digit = d;
      Button b = new Button(String.valueOf(d));
      b.setId("pin-" + d);
      b.getStyleClass().add("setup-key");
      b.setOnAction(e -> vm.digit(digit));
      int index = d == 0 ? 10 : d - 1;
      pad.add(b, index % 3, index / 3);
    }
    Button clear = new Button(both(texts, "setup.clear"));
    clear.getStyleClass().add("secondary");
    clear.setOnAction(e -> vm.clear());
    pad.add(clear, 2, 3);
    pad.setAlignment(Pos.CENTER_LEFT);
    Label problems = label("", "body");
    problems.setId("setup-problems");
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.unlockedProperty().get()
                        ? both(texts, "setup.problems")
                            + "\n• "
                            + String.join("\n• ", vm.problemsProperty().get())
                        : "",
                vm.unlockedProperty(),
                vm.problemsProperty()));
    Button reload = new Button(both(texts, "setup.reload"));
    reload.setId("setup-reload");
    reload.getStyleClass().add("primary");
    reload.setMaxWidth(Double.MAX_VALUE);
    reload.visibleProperty().bind(vm.unlockedProperty());
    reload.setOnAction(e -> vm.reload());
    pad.visibleProperty().bind(vm.unlockedProperty().not());
    pad.managedProperty().bind(pad.visibleProperty());
    box.getChildren().addAll(dots, wrong, pad, problems, reload);
    root.getChildren().add(box);
  }

  public Parent root() {
    return root;
  }

  private static String both(Texts texts, String key) {
    return texts.get(Lang.ZH_CN, key) + " / " + texts.get(Lang.EN, key);
  }

  private static Label label(String text, String styleClass) {
    Label l = new Label(text);
    l.getStyleClass().add(styleClass);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }
}
