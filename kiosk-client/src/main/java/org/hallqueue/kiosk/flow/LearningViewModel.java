package org.hallqueue.kiosk.flow;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.server.LearningClient;
import org.hallqueue.kiosk.server.LifePathScript;
import org.hallqueue.kiosk.server.ServerException;
import org.hallqueue.kiosk.server.Text;

/**
 * The kiosk's idle slide and game "Insure or not?": after a quiet while on the start screen the
 * slide invites a passer-by to play; the game runs over the screen and counts (KIOSK) started,
 * finished and the answer to "would you now enrol?". A game left alone closes by itself.
 */
public final class LearningViewModel {
  /** A game nobody touches for this long closes, so the next visitor finds the start screen. */
  static final long LEFT_ALONE_SECONDS = 90;

  private final LearningClient client;
  private final AccessibilityViewModel words;
  private final ReadOnlyObjectProperty<Screen> screen;
  private final Executor ui;
  private final ScheduledExecutorService background;
  private final Duration quiet;
  private final Random random;

  private final ReadOnlyObjectWrapper<LifePathScript> script = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper slide = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
  private LifeGame game;
  private Text outcome;
  private boolean outcomeInsured;
  private String answered;
  private String play;
  private ScheduledFuture<?> timer;

  public LearningViewModel(
      LearningClient client,
      AccessibilityViewModel words,
      ReadOnlyObjectProperty<Screen> screen,
      Executor ui,
      ScheduledExecutorService background,
      Duration quiet,
      Random random) {
    this.client = client;
    this.words = words;
    this.screen = screen;
    this.ui = ui;
    this.background = background;
    this.quiet = quiet;
    this.random = random;
    screen.addListener(o -> touched());
    touched();
  }

  public ReadOnlyBooleanProperty slideProperty() {
    return slide.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  /** Changes whenever what the game shows changes. */
  public ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<LifePathScript> scriptProperty() {
    return script.getReadOnlyProperty();
  }

  public LifeGame game() {
    return game;
  }

  /** What the last choice led to, or null before a choice on this step. */
  public Text outcome() {
    return outcome;
  }

  public boolean outcomeInsured() {
    return outcomeInsured;
  }

  /** The answer given to "would you now enrol?", or null. */
  public String answered() {
    return answered;
  }

  /** Any touch: restarts the quiet time (a game left alone closes after a while). */
  public void touched() {
    if (timer != null) {
      timer.cancel(false);
    }
    if (playing.get()) {
      timer =
          later(
              Duration.ofSeconds(Math.max(LEFT_ALONE_SECONDS, 2 * quiet.toSeconds())), this::close);
    } else if (screen.get() == Screen.START) {
      timer = background.schedule(this::loadAndShow, quiet.toMillis(), TimeUnit.MILLISECONDS);
    } else {
      slide.set(false);
    }
  }

  private void loadAndShow() {
    try {
      LifePathScript loaded = client.game();
      ui.execute(
          () -> {
            script.set(loaded);
            if (screen.get() == Screen.START && !playing.get()) {
              slide.set(true);
              words.say(spoken());
            }
          });
    } catch (ServerException e) {
      // no slide this time: the start screen stays as it is, and the slide is tried again after
      // the next quiet while (a server slow or away for a moment does not end the slides)
      ui.execute(
          () -> {
            if (!playing.get() && !slide.get()) {
              touched();
            }
          });
    }
  }

  /** Starts a game in this language. */
  public void start(Lang lang) {
    if (script.get() == null) {
      return;
    }
    if (words.langProperty().get() != lang) {
      words.switchLanguage();
    }
    game = new LifeGame(script.get(), random);
    outcome = null;
    answered = null;
    byte[] id = new byte[16];
    new SecureRandom().nextBytes(id);
    play = HexFormat.of().formatHex(id);
    count("STARTED", null);
    slide.set(false);
    playing.set(true);
    changed();
  }

  public void choose(boolean insure) {
    outcome = game.choose(insure);
    outcomeInsured = insure;
    changed();
  }

  public void next() {
    game.next();
    outcome = null;
    if (game.finished()) {
      count("FINISHED", null);
    }
    changed();
  }

  public void answer(String answer) {
    if (answered == null) {
      answered = answer;
      count("ANSWERED", answer);
      changed();
    }
  }

  public void again() {
    start(words.langProperty().get());
  }

  /** Closes the game or the slide: back to the start screen as it was. */
  public void close() {
    playing.set(false);
    slide.set(false);
    game = null;
    changed();
    touched();
  }

  private void changed() {
    revision.set(revision.get() + 1);
    touched();
    if (playing.get()) {
      words.say(spoken());
    }
  }

  private ScheduledFuture<?> later(Duration after, Runnable onUi) {
    return background.schedule(() -> ui.execute(onUi), after.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void count(String step, String answer) {
    String id = play;
    background.execute(
        () -> {
          try {
            client.tally(id, step, answer);
          } catch (ServerException e) {
            // a lost count does not matter to the player
          }
        });
  }

  /**
   * What voice reads for the game or the slide on show ("" for neither): the slide in both
   * languages; the age and scene with the two choices numbered, or what the choice led to; at the
   * end the pension, the question and its answers.
   */
  public String spoken() {
    LifePathScript s = script.get();
    if (s == null || !(playing.get() || slide.get())) {
      return "";
    }
    if (!playing.get()) {
      return String.join(
          " ",
          s.title().zh(),
          s.hero().zh(),
          s.play().zh(),
          s.title().en(),
          s.hero().en(),
          s.play().en());
    }
    if (game == null) {
      return "";
    }
    StringBuilder said = new StringBuilder(words.sentence(words.text(s.title())));
    if (!game.finished()) {
      LifeGame.Shown step = game.step();
      said.append(words.sentence(filled(s.ageLabel(), game)));
      said.append(words.sentence(words.text(step.step().scene())));
      if (outcome == null) {
        said.append(words.text("speech.choice", 1, words.text(step.step().insure().label())));
        said.append(' ');
        said.append(words.text("speech.choice", 2, words.text(step.step().skip().label())));
      } else {
        said.append(words.sentence(words.text(outcome))).append(words.text(s.next()));
      }
      return said.toString();
    }
    Text ending =
        switch (game.ending()) {
          case NEVER -> s.oldAge().never();
          case TOO_FEW -> s.oldAge().tooFew();
          case ENOUGH -> s.oldAge().enough();
        };
    said.append(words.sentence(filled(s.oldAge().scene(), game)));
    said.append(words.sentence(filled(ending, game)));
    if (answered != null) {
      return said.append(words.text(s.thanks())).toString();
    }
    said.append(words.sentence(words.text(s.question())));
    int n = 1;
    for (Text answer : s.answers().values()) {
      said.append(words.text("speech.choice", n++, words.text(answer))).append(' ');
    }
    return said.toString().trim();
  }

  /** A script text with {age}, {years}, {minimum} and {pension} filled in for this game. */
  private String filled(Text text, LifeGame g) {
    LifePathScript s = script.get();
    int age = g.finished() ? s.retirementAge() : g.step().age();
    return words
        .text(text)
        .replace("{age}", String.valueOf(age))
        .replace("{years}", String.valueOf(g.years()))
        .replace("{minimum}", String.valueOf((int) s.minimumYears()))
        .replace("{pension}", String.format("%,d", g.pension()));
  }
}
