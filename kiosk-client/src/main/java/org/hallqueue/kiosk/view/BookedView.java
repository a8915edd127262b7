package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.content;
import static org.hallqueue.kiosk.view.Widgets.text;
import static org.hallqueue.kiosk.view.Widgets.title;
import static org.hallqueue.kiosk.view.Widgets.words;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.AppointmentViewModel;
import org.hallqueue.kiosk.flow.PrintState;
import org.hallqueue.kiosk.server.AppointmentApi.Booking;

/** The booking made: the code large and as a QR code, day, time, check-in window, the slip. */
final class BookedView {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final AppointmentViewModel appointments;
  private final Label code = text("booking-code");
  private final StackPane qr = new StackPane();
  private final Parent root;

  BookedView(
      AppointmentViewModel appointments, AccessibilityViewModel words, Runnable done, ZoneId zone) {
    this.appointments = appointments;
    code.setId("booking-code");
    var booking = appointments.bookingProperty();
    var slip = appointments.slipStateProperty();
    Label when =
        bookingText(
            "subtitle",
            words,
            booking,
            b ->
                words.text(
                    "booked.when",
                    b.date().toString(),
                    b.startTime().toString(),
                    b.endTime().toString()));
    Label checkIn =
        bookingText(
            "body",
            words,
            booking,
            b ->
                words.text(
                    "booked.checkIn",
                    TIME.format(b.checkInFrom().atZone(zone)),
                    TIME.format(b.checkInUntil().atZone(zone))));
    Label printed =
        bind(
            text("body"),
            words,
            () ->
                switch (slip.get()) {
                  case PRINTING -> words.text("booked.printing");
                  case PRINTED -> words.text("booked.printed");
                  case FAILED, NO_PRINTER -> words.text("booked.noSlip");
                  case NONE -> "";
                },
            slip);
    printed.setId("slip-state");
    VBox box =
        content(
            words(title(), words, "booked.title"),
            words(text("body"), words, "booked.proof"),
            code,
            when,
            checkIn,
            qr,
            printed,
            words(button("booked-done", "primary", done), words, "ticket.done"));
    root = box;
    qr.setVisible(false);
    qr.managedProperty().bind(qr.visibleProperty());
    booking.addListener(o -> show());
    slip.addListener(
        (o, was, now) -> qr.setVisible(now == PrintState.FAILED || now == PrintState.NO_PRINTER));
  }

  Parent root() {
    return root;
  }

  /** A label worded from the booking on show, empty while there is none. */
  private static Label bookingText(
      String style,
      AccessibilityViewModel words,
      javafx.beans.value.ObservableObjectValue<Booking> booking,
      java.util.function.Function<Booking, String> wording) {
    return bind(
        text(style),
        words,
        () -> booking.get() == null ? "" : wording.apply(booking.get()),
        booking);
  }

  private void show() {
    Booking b = appointments.bookingProperty().get();
    if (b == null) {
      code.setText("");
      qr.getChildren().clear();
      return;
    }
    code.setText(b.code().substring(0, 4) + "-" + b.code().substring(4));
    qr.getChildren().setAll(QrCode.of(b.code(), 220));
  }
}
