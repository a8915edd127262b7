package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.words;
import static org.hallqueue.kiosk.view.Widgets.wordsAndEnglish;

import javafx.scene.Parent;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.WelcomeViewModel;

/** The start screen: welcome in both languages and a button per language. */
final class WelcomeView {

  private final Parent root;

  WelcomeView(WelcomeViewModel welcome, AccessibilityViewModel words, Runnable checkIn) {
    root =
        content(
            wordsAndEnglish(title(), words, "start.welcome"),
            wordsAndEnglish(text("lead"), words, "start.title"),
            words(
                button("lang-zh", "language", () -> welcome.chooseLanguage(Lang.ZH_CN)),
                words,
                "lang.zh"),
            words(
                button("lang-en", "language", () -> welcome.chooseLanguage(Lang.EN)),
                words,
                "lang.en"),
            words(text("body"), words, "start.hint"),
            wordsAndEnglish(
                button("start-check-in", "secondary", checkIn), words, "start.checkIn"));
  }

  Parent root() {
    return root;
  }
}
