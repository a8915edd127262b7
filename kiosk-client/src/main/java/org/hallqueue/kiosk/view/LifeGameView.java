package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.shownWhen;
import static org.hallqueue.kiosk.view.Widgets.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.LearningViewModel;
import org.hallqueue.kiosk.flow.LifeGame;
import org.hallqueue.kiosk.server.LifePathScript;
import org.hallqueue.kiosk.server.Text;

/**
 * The idle slide over the start screen (both languages: nobody has chosen one yet) and the game
 * "Insure or not?" over the whole kiosk while it is played.
 */
final class LifeGameView {
  private final LearningViewModel game;
  private final AccessibilityViewModel words;
  private final VBox slideCard = new VBox();
  private final VBox panel = new VBox();
  private final StackPane slide;
  private final StackPane playing;

  LifeGameView(LearningViewModel game, AccessibilityViewModel words) {
    this.game = game;
    this.words = words;
    slideCard.getStyleClass().addAll("idle-panel", "learning-slide");
    slideCard.setId("learning-slide");
    slideCard.setMaxHeight(Region.USE_PREF_SIZE);
    // a passer-by's invitation in both languages, at the normal size (the game follows large text)
    slideCard.setStyle(
        "-fx-font-size: "
            + KioskView.BASE_FONT
            + "px; -fx-background-color: #eef4fa; -fx-border-color: #0b4f8a;"
            + " -fx-border-width: 4px; -fx-background-radius: 0.5em; -fx-border-radius: 0.5em;");
    slide = new StackPane(slideCard);
    StackPane.setAlignment(slideCard, Pos.BOTTOM_CENTER);
    slide.setPickOnBounds(false);
    shownWhen(slide, game.slideProperty());
    panel.getStyleClass().addAll("content", "learning-game");
    panel.setId("learning-game");
    playing = LearningLayer.overScreen(panel, game.playingProperty(), words);
    game.scriptProperty().addListener(o -> showSlide());
    game.revisionProperty().addListener(o -> showGame());
    words.langProperty().addListener(o -> showGame());
  }

  List<Node> roots() {
    return List.of(slide, playing);
  }

  private String in(Text text, Object... nameValue) {
    String s = words.text(text);
    for (int i = 0; i + 1 < nameValue.length; i += 2) {
      s = s.replace("{" + nameValue[i] + "}", String.valueOf(nameValue[i + 1]));
    }
    return s;
  }

  private void showSlide() {
    LifePathScript s = game.scriptProperty().get();
    if (s == null) {
      return;
    }
    Label title = text(s.title().zh() + "\n" + s.title().en(), "title");
    title.setId("learning-slide-title");
    slideCard
        .getChildren()
        .setAll(
            title,
            text(s.hero().zh() + "\n" + s.hero().en(), "lead"),
            button("learning-play-zh", "primary", () -> game.start(Lang.ZH_CN)),
            button("learning-play-en", "primary", () -> game.start(Lang.EN)),
            text(s.exampleNote().zh() + "\n" + s.exampleNote().en(), "small"),
            button("learning-slide-close", "secondary", game::close));
    ((Button) slideCard.lookup("#learning-play-zh")).setText(s.play().zh() + " · 中文");
    ((Button) slideCard.lookup("#learning-play-en")).setText(s.play().en() + " · English");
    ((Button) slideCard.lookup("#learning-slide-close")).setText("× 关闭 · Close");
  }

  private void showGame() {
    LifeGame g = game.game();
    LifePathScript s = game.scriptProperty().get();
    if (g == null || s == null) {
      panel.getChildren().clear();
      return;
    }
    List<Node> shown = new ArrayList<>();
    Label heading = text(words.text(s.title()), "subtitle");
    shown.add(heading);
    if (!g.finished()) {
      LifeGame.Shown step = g.step();
      shown.add(
          text(
              in(s.ageLabel(), "age", step.age()) + "   " + (g.index() + 1) + " / " + g.size(),
              "progress"));
      Label scene = text(words.text(step.step().scene()), "lead");
      scene.setId("learning-scene");
      shown.add(scene);
      if (game.outcome() == null) {
        shown.add(choice("learning-insure", step.step().insure(), true));
        shown.add(choice("learning-skip", step.step().skip(), false));
      } else {
        Label outcome = text(words.text(game.outcome()), "notice");
        outcome.setId("learning-outcome");
        shown.add(outcome);
        shown.add(labelled(button("learning-next", "primary", game::next), s.next()));
      }
    } else {
      shown.addAll(ending(g, s));
    }
    shown.add(
        labelled(button("learning-close", "secondary", game::close), Text.of("× 关闭", "× Close")));
    panel.getChildren().setAll(shown);
  }

  private Button choice(String id, LifePathScript.Choice c, boolean insure) {
    return labelled(
        button(id, insure ? "primary" : "secondary", () -> game.choose(insure)), c.label());
  }

  private Button labelled(Button b, Text label) {
    b.setText(words.text(label));
    return b;
  }

  private List<Node> ending(LifeGame g, LifePathScript s) {
    String key =
        switch (g.ending()) {
          case NEVER -> "never";
          case TOO_FEW -> "tooFew";
          case ENOUGH -> "enough";
        };
    Text text =
        switch (g.ending()) {
          case NEVER -> s.oldAge().never();
          case TOO_FEW -> s.oldAge().tooFew();
          case ENOUGH -> s.oldAge().enough();
        };
    Object[] values = {
      "age",
      s.retirementAge(),
      "years",
      g.years(),
      "minimum",
      (int) s.minimumYears(),
      "pension",
      String.format("%,d", g.pension())
    };
    List<Node> shown = new ArrayList<>();
    shown.add(text(in(s.oldAge().scene(), values), "lead"));
    Label end = text(in(text, values), "notice");
    end.setId("learning-ending");
    end.setUserData(key);
    shown.add(end);
    shown.add(text(words.text(s.exampleNote()), "small"));
    shown.add(text(words.text(s.question()), "subtitle"));
    if (game.answered() == null) {
      for (Map.Entry<String, Text> a : s.answers().entrySet()) {
        shown.add(
            labelled(
                button("learning-answer-" + a.getKey(), "answer", () -> game.answer(a.getKey())),
                a.getValue()));
      }
    } else {
      Label thanks = text(words.text(s.thanks()), "progress");
      thanks.setId("learning-thanks");
      shown.add(thanks);
    }
    shown.add(text(words.text(s.anonymous()), "small"));
    Label fits =
        text(
            words.text(s.fits()) + " " + s.serviceCode() + " " + words.text(s.serviceName()),
            "subtitle");
    fits.setId("learning-fits");
    shown.add(fits);
    if (!s.kioskPath().isEmpty()) {
      shown.add(text(words.text(s.atKiosk()), "body"));
      for (int i = 0; i < s.kioskPath().size(); i++) {
        shown.add(text((i + 1) + ".  " + words.text(s.kioskPath().get(i)), "checklist"));
      }
    }
    shown.add(labelled(button("learning-again", "secondary", game::again), s.again()));
    return shown;
  }
}
