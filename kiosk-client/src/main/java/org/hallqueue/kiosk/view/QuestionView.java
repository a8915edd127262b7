package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.growing;
import static org.hallqueue.kiosk.view.Widgets.shownWhen;
import static org.hallqueue.kiosk.view.Widgets.stack;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.tile;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.words;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.GuidanceViewModel;
import org.hallqueue.kiosk.server.Catalog;

/**
 * One guidance question: the step, the question, its help and a tall tile per answer, with the
 * pictogram of where it leads, sharing the screen's height.
 */
final class QuestionView {

  private final GuidanceViewModel guidance;
  private final AccessibilityViewModel words;
  private final VBox answers = new VBox();
  private final Parent root;

  QuestionView(GuidanceViewModel guidance, AccessibilityViewModel words) {
    this.guidance = guidance;
    this.words = words;
    var question = guidance.questionProperty();
    Label progress =
        bind(
            text("progress"),
            words,
            () -> words.text("question.progress", guidance.stepProperty().get()),
            guidance.stepProperty());
    progress.setId("progress");
    Label title =
        bind(
            title(),
            words,
            () -> question.get() == null ? "" : words.text(question.get().text()),
            question);
    Label help =
        bind(
            text("body"),
            words,
            () -> question.get() == null ? "" : words.text(question.get().help()),
            question);
    shownWhen(
        help,
        Bindings.createBooleanBinding(
            () -> question.get() != null && !question.get().help().isEmpty(), question));
    answers.getStyleClass().add("stack");
    answers.setFillWidth(true);
    VBox.setVgrow(answers, Priority.ALWAYS);
    Button knowService =
        words(
            button("know-service", "secondary", guidance::showServices),
            words,
            "question.knowService");
    shownWhen(knowService, guidance.stepProperty().isEqualTo(1));
    VBox box = stack(progress, title, help, answers, knowService);
    VBox.setVgrow(box, Priority.ALWAYS);
    root = content(box);
    question.addListener(o -> showAnswers());
    words.langProperty().addListener(o -> showAnswers());
    words.largeTextProperty().addListener(o -> showAnswers());
    showAnswers();
  }

  Parent root() {
    return root;
  }

  private void showAnswers() {
    Catalog.Question q = guidance.questionProperty().get();
    answers.getChildren().clear();
    if (q == null) {
      return;
    }
    Catalog catalog = guidance.catalogProperty().get();
    int count = q.answers().size();
    // fewer answers, larger words: the answers share the portrait screen's height
    String size =
        "-fx-font-size: " + (count <= 3 ? 1.4 : count == 4 ? 1.3 : count == 5 ? 1.2 : 1.1) + "em;";
    for (int i = 0; i < count; i++) {
      int index = i;
      Catalog.Answer answer = q.answers().get(i);
      Pictogram pictogram =
          catalog == null ? Pictogram.FALLBACK : Pictograms.forAnswer(catalog, answer);
      Button b = growing(tile("answer-" + i, pictogram, "answer", () -> guidance.answer(index)), 6);
      b.setStyle(size);
      b.setText(words.text(answer.label()));
      answers.getChildren().add(b);
    }
  }
}
