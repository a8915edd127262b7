package org.hallqueue.kiosk.view;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
      // what went wrong is for staff: visitors read "out of service, ask at the help desk"
      reason.visibleProperty().bind(vm.unlockedProperty());
      reason.managedProperty().bind(reason.visibleProperty());
      box.getChildren().add(reason);
    }
    VBox pad = PinPad.of(vm.pin(), key -> both(texts, key), "pin-");
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
    box.getChildren().addAll(pad, problems, reload);
    root.getChildren().add(box);
  }

  public Parent root() {
    return root;
  }

  private static String both(Texts texts, String key) {
    return texts.get(Lang.ZH_CN, key) + " / " + texts.get(Lang.EN, key);
  }

  private static Label label(String text, String styleClass) {
    return Widgets.text(text, styleClass);
  }
}
