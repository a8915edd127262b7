package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.stack;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.twoLineButton;
import static org.hallqueue.kiosk.view.Widgets.words;

import java.time.format.TextStyle;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.AppointmentViewModel;
import org.hallqueue.kiosk.server.AppointmentApi.Slot;

/** Booking a return visit: the service, then one button per free slot; one touch books it. */
final class BookingView {
  private final AppointmentViewModel appointments;
  private final AccessibilityViewModel words;
  private final VBox list = stack();
  private final Parent root;

  BookingView(AppointmentViewModel appointments, AccessibilityViewModel words) {
    this.appointments = appointments;
    this.words = words;
    var service = appointments.serviceProperty();
    Label answer = text("lead");
    answer.setId("booking-answer");
    answer.textProperty().bind(appointments.answerProperty());
    root =
        content(
            words(title(), words, "booking.title"),
            bind(
                text("subtitle"),
                words,
                () -> service.get() == null ? "" : words.text(service.get().name()),
                service),
            words(text("body"), words, "booking.hint"),
            answer,
            list);
    appointments.slotsProperty().addListener(o -> show());
    words.langProperty().addListener(o -> show());
  }

  Parent root() {
    return root;
  }

  private void show() {
    list.getChildren().clear();
    Locale locale = Locale.forLanguageTag(words.langProperty().get().tag());
    int i = 0;
    for (Slot slot : appointments.slotsProperty().get()) {
      String day =
          slot.date() + " " + slot.date().getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
      list.getChildren()
          .add(
              twoLineButton(
                  "slot-" + i++,
                  day + "  " + slot.startTime() + "–" + slot.endTime(),
                  words.text("booking.free", slot.free()),
                  "lane",
                  () -> appointments.choose(slot)));
    }
  }
}
