package org.hallqueue.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.hallqueue.floorplans.model.Lang;

/**
 * The start screen, where a visit begins with a choice of language, and the way back to it: after a
 * while without a touch the kiosk asks "need more time?", then forgets the visitor.
 */
public final class WelcomeViewModel {

  private final AccessibilityViewModel words;
  private final GuidanceViewModel guidance;
  private final Navigation navigation;
  private final Clock clock;
  private final Duration idleAfter;
  private final Duration warnFor;

  private final ReadOnlyBooleanWrapper idleWarning = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper idleSecondsLeft = new ReadOnlyIntegerWrapper();
  private Instant lastTouch;
  private Instant warningEnds;

  WelcomeViewModel(
      AccessibilityViewModel words,
      GuidanceViewModel guidance,
      Navigation navigation,
      Clock clock,
      Duration idleAfter,
      Duration warnFor) {
    this.words = words;
    this.guidance = guidance;
    this.navigation = navigation;
    this.clock = clock;
    this.idleAfter = idleAfter;
    this.warnFor = warnFor;
    this.lastTouch = clock.instant();
  }

  public ReadOnlyBooleanProperty idleWarningProperty() {
    return idleWarning.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty idleSecondsLeftProperty() {
    return idleSecondsLeft.getReadOnlyProperty();
  }

  /** Begins a visit in a language, at the first guidance question. */
  public void chooseLanguage(Lang language) {
    touched();
    words.chooseLanguage(language);
    guidance.begin();
  }

  /** The visitor asked for more time: the warning goes, the visit stays. */
  public void moreTime() {
    idleWarning.set(false);
    touched();
  }

  /** The visitor has finished: the visit ends now. */
  public void finish() {
    navigation.startOver();
  }

  /** Called every second: warns after the idle time, then resets after the warning time. */
  public void tick() {
    Instant now = clock.instant();
    if (idleWarning.get()) {
      long left = (Duration.between(now, warningEnds).toMillis() + 999) / 1000;
      if (left <= 0) {
        navigation.startOver();
      } else {
        idleSecondsLeft.set((int) left);
      }
      return;
    }
    if (!somethingToForget()) {
      return;
    }
    if (Duration.between(lastTouch, now).compareTo(idleAfter) >= 0) {
      warningEnds = now.plus(warnFor);
      idleSecondsLeft.set((int) warnFor.toSeconds());
      idleWarning.set(true);
      words.say(spokenIdleWarning());
    }
  }

  void touched() {
    lastTouch = clock.instant();
  }

  void reset() {
    idleWarning.set(false);
  }

  private boolean somethingToForget() {
    return switch (navigation.screen()) {
      case LOADING, UNREACHABLE, ISSUING -> false;
      case START ->
          words.largeTextProperty().get()
              || words.voiceProperty().get()
              || !words.noticeProperty().get().isEmpty();
      default -> true;
    };
  }

  /**
   * What voice reads for the start screen: in Chinese, then in English (the visitor has not chosen
   * yet), with the one-touch elderly mode and the check-in of a booked visit.
   */
  String spoken() {
    StringBuilder s = new StringBuilder();
    for (Lang language : new Lang[] {Lang.ZH_CN, Lang.EN}) {
      for (String key :
          new String[] {
            "start.welcome", "start.title", "speech.start.elderly", "start.hint", "start.checkIn"
          }) {
        s.append(words.textIn(language, key)).append(' ');
      }
    }
    return s.toString().trim();
  }

  /** What voice reads for "need more time?": the question, the seconds left and the two answers. */
  String spokenIdleWarning() {
    return words.text("idle.question")
        + ' '
        + words.text("idle.countdown", idleSecondsLeft.get())
        + ' '
        + words.text("speech.idle", words.text("idle.more"), words.text("idle.finish"));
  }
}
