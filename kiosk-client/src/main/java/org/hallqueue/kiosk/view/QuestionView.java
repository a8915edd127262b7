package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.shownWhen;
import static org.hallqueue.kiosk.view.Widgets.stack;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.words;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.GuidanceViewModel;
import org.hallqueue.kiosk.server.Catalog;

/** One guidance question: the step, the question, its help and a button per answer. */
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
    Button knowService =
        words(
            button("know-service", "secondary", guidance::showServices),
            words,
            "question.knowService");
    shownWhen(knowService, guidance.stepProperty().isEqualTo(1));
    VBox box = stack(progress, title, help, answers, knowService);
    root = content(box);
    question.addListener(o -> showAnswers());
    words.langProperty().addListener(o -> showAnswers());
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
    for (int i = 0; i < q.answers().size(); i++) {
      int index = i;
      Button b = button("answer-" + i, "answer", () -> guidance.answer(index));
      b.setText(words.text(q.answers().get(i).label()));
      answers.getChildren().add(b);
    }
  }
}
