package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.growing;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.tile;
import static org.hallqueue.kiosk.view.Widgets.twoLineButton;
import static org.hallqueue.kiosk.view.Widgets.words;
import static org.hallqueue.kiosk.view.Widgets.wordsAndEnglish;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.WelcomeViewModel;

/**
 * The start screen, filling the portrait screen: welcome in both languages, a big button per
 * language, 长辈模式 (elderly mode: large text and voice) one touch away, and check-in.
 */
final class WelcomeView {

  private final Parent root;

  WelcomeView(WelcomeViewModel welcome, AccessibilityViewModel words, Runnable checkIn) {
    Button checkInButton =
        wordsAndEnglish(
            tile("start-check-in", Pictogram.BOOKED, "secondary", checkIn), words, "start.checkIn");
    root =
        content(
            bind(
                welcomeTitle(),
                words,
                () ->
                    words.textIn(Lang.ZH_CN, "start.welcome")
                        + "  "
                        + words.textIn(Lang.EN, "start.welcome")),
            wordsAndEnglish(text("welcome-lead"), words, "start.title"),
            growing(
                words(
                    button("lang-zh", "language", () -> welcome.chooseLanguage(Lang.ZH_CN)),
                    words,
                    "lang.zh"),
                6.5),
            growing(
                words(
                    button("lang-en", "language", () -> welcome.chooseLanguage(Lang.EN)),
                    words,
                    "lang.en"),
                6.5),
            growing(elderlyMode(words), 9),
            words(text("body"), words, "start.hint"),
            checkInButton);
  }

  Parent root() {
    return root;
  }

  private static Label welcomeTitle() {
    Label title = text("welcome");
    title.setId("title");
    return title;
  }

  /** 长辈模式 / Elderly mode, in both languages, saying so once it is on. */
  private static Button elderlyMode(AccessibilityViewModel words) {
    Button b =
        twoLineButton("elderly-mode", Pictogram.ELDERLY, "", "", "elderly", words::elderlyMode);
    var large = words.largeTextProperty();
    var tile = (javafx.scene.layout.HBox) b.getGraphic();
    Label[] lines =
        ((javafx.scene.layout.VBox) tile.getChildren().get(1)).getChildren().toArray(Label[]::new);
    bind(
        lines[0],
        words,
        () -> {
          String key = large.get() ? "view.elderlyOn" : "view.elderly";
          return words.textIn(Lang.ZH_CN, key) + " · " + words.textIn(Lang.EN, key);
        },
        large);
    bind(
        lines[1],
        words,
        () ->
            words.textIn(Lang.ZH_CN, "view.elderlyHint")
                + "\n"
                + words.textIn(Lang.EN, "view.elderlyHint"));
    b.accessibleTextProperty().bind(lines[0].textProperty());
    return b;
  }
}
