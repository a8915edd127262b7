package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.shownWhen;
import static org.hallqueue.kiosk.view.Widgets.text;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.Screen;

/**
 * The bottom of every screen: the notice line, and 大字, 语音 and 人工帮助 in the same place, in both
 * languages on the start screen; only the notice while the kiosk loads or the server is away.
 */
final class HelpBar {

  private final VBox root = new VBox();

  HelpBar(AccessibilityViewModel words, ObservableValue<Screen> screen) {
    root.getStyleClass().add("bottom");
    var notice = words.noticeProperty();
    Label line =
        bind(
            text("notice"),
            words,
            () -> notice.get().isEmpty() ? "" : words.text(notice.get()),
            notice);
    line.setId("notice");
    shownWhen(line, notice.isNotEmpty());
    BooleanBinding both =
        Bindings.createBooleanBinding(() -> screen.getValue() == Screen.START, screen);
    var large = words.largeTextProperty();
    var voice = words.voiceProperty();
    Button largeText = button("bar-large", "bar", words::toggleLargeText);
    bind(
        largeText,
        words,
        () -> barText(words, both.get(), large.get() ? "bar.largeOff" : "bar.large"),
        both,
        large);
    Button voiceButton = button("bar-voice", "bar", words::toggleVoice);
    bind(
        voiceButton,
        words,
        () -> barText(words, both.get(), voice.get() ? "bar.voiceOff" : "bar.voice"),
        both,
        voice);
    Button help = button("bar-help", "help", words::callStaff);
    bind(help, words, () -> barText(words, both.get(), "bar.help"), both);
    // The bar keeps one size (larger in large text, but less so) so each line stays one line.
    var size =
        Bindings.createStringBinding(
            () -> "-fx-font-size: " + (large.get() ? 48 : 38) + "px;", large);
    for (Button b : new Button[] {largeText, voiceButton, help}) {
      b.setWrapText(false);
      HBox.setHgrow(b, Priority.ALWAYS);
      b.setMaxWidth(Double.MAX_VALUE);
      b.setPrefWidth(100);
      b.styleProperty().bind(size);
    }
    HBox bar = new HBox(largeText, voiceButton, help);
    bar.getStyleClass().add("bar-row");
    shownWhen(
        bar,
        Bindings.createBooleanBinding(
            () -> screen.getValue() != Screen.LOADING && screen.getValue() != Screen.UNREACHABLE,
            screen));
    root.getChildren().addAll(line, bar);
  }

  VBox root() {
    return root;
  }

  private static String barText(AccessibilityViewModel words, boolean both, String key) {
    return both
        ? words.textIn(Lang.ZH_CN, key) + "\n" + words.textIn(Lang.EN, key)
        : words.text(key);
  }
}
