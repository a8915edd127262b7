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
      words.say(words.text("idle.question"));
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
}
