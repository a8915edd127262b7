package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.growing;
import static org.hallqueue.kiosk.view.Widgets.stack;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.twoLineButton;
import static org.hallqueue.kiosk.view.Widgets.words;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.GuidanceViewModel;
import org.hallqueue.kiosk.server.Catalog;

/** Every service, for a visitor who knows what they need; follows the catalog as it changes. */
final class ServicesView {

  private final GuidanceViewModel guidance;
  private final AccessibilityViewModel words;
  private final Label title;
  private final VBox box;
  private final Parent root;

  ServicesView(GuidanceViewModel guidance, AccessibilityViewModel words) {
    this.guidance = guidance;
    this.words = words;
    title = words(title(), words, "services.title");
    box = stack(title);
    root = content(box);
    guidance.catalogProperty().addListener(o -> showServices());
    words.langProperty().addListener(o -> showServices());
    showServices();
  }

  Parent root() {
    return root;
  }

  private void showServices() {
    box.getChildren().setAll(title);
    Catalog catalog = guidance.catalogProperty().get();
    if (catalog == null) {
      return;
    }
    for (Catalog.Service s : catalog.services()) {
      box.getChildren()
          .add(
              growing(
                  twoLineButton(
                      "service-" + s.code(),
                      Pictograms.forService(s),
                      words.text(s.name()),
                      words.text(s.description()),
                      "answer",
                      () -> guidance.chooseService(s.code())),
                  6));
    }
  }
}
