package org.hallqueue.kiosk.flow;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hallqueue.kiosk.server.AppointmentApi;
import org.hallqueue.kiosk.server.AppointmentApi.Booking;
import org.hallqueue.kiosk.server.AppointmentApi.Slot;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.ServerException;
import org.hallqueue.kiosk.server.Text;
import org.hallqueue.printer.AppointmentSlip;
import org.hallqueue.printer.PrinterStatus;

/**
 * Appointments at the kiosk. A visitor who lacks a document books a return visit from the result
 * screen: the next free slots of the service, one touch books it, and a slip prints with the
 * booking code, day, time and checklist. On the day the visitor checks in from the start screen by
 * typing or scanning the code and gets a ticket; too early or too late they read the server's
 * answer, and when late they may take an ordinary ticket instead.
 */
public final class AppointmentViewModel {
  private static final int SLOTS_SHOWN = 8;

  private final AppointmentApi api;
  private final ReadOnlyObjectProperty<Catalog> catalog;
  private final GuidanceViewModel guidance;
  private final AccessibilityViewModel words;
  private final TicketViewModel ticket;
  private final TicketHandOver handOver;
  private final Navigation navigation;
  private final Executor ui;
  private final Executor background;
  private final ZoneId zone;

  private final ReadOnlyObjectWrapper<List<Slot>> slots = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<Booking> booking = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<PrintState> slipState =
      new ReadOnlyObjectWrapper<>(PrintState.NONE);
  private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper walkIn = new ReadOnlyStringWrapper();
  private String bookingKey;
  private Slot bookingKeyFor;

  AppointmentViewModel(
      AppointmentApi api,
      GuidanceViewModel guidance,
      AccessibilityViewModel words,
      TicketViewModel ticket,
      TicketHandOver handOver,
      Navigation navigation,
      Executor ui,
      Executor background,
      ZoneId zone) {
    this.api = api;
    this.catalog = guidance.catalogProperty();
    this.guidance = guidance;
    this.words = words;
    this.ticket = ticket;
    this.handOver = handOver;
    this.navigation = navigation;
    this.ui = ui;
    this.background = background;
    this.zone = zone;
    answer.addListener((o, was, now) -> readAloudOn(Screen.BOOKING, Screen.CHECK_IN));
    slipState.addListener((o, was, now) -> readAloudOn(Screen.BOOKED));
  }

  private void readAloudOn(Screen... screens) {
    if (java.util.Arrays.asList(screens).contains(navigation.screen())) {
      navigation.readAloud();
    }
  }

  /** The free slots offered for the service on the result screen. */
  public ReadOnlyObjectProperty<List<Slot>> slotsProperty() {
    return slots.getReadOnlyProperty();
  }

  /** The booking just made, or null. */
  public ReadOnlyObjectProperty<Booking> bookingProperty() {
    return booking.getReadOnlyProperty();
  }

  /** What became of the slip. */
  public ReadOnlyObjectProperty<PrintState> slipStateProperty() {
    return slipState.getReadOnlyProperty();
  }

  /** The code typed or scanned so far. */
  public ReadOnlyStringProperty codeProperty() {
    return code.getReadOnlyProperty();
  }

  /** The sentence to read on the booking or check-in screen (loading, none free, refused). */
  public ReadOnlyStringProperty answerProperty() {
    return answer.getReadOnlyProperty();
  }

  /** When the visitor came too late: the service of the ordinary ticket offered, else null. */
  public ReadOnlyStringProperty walkInProperty() {
    return walkIn.getReadOnlyProperty();
  }

  /** The service the booking is for. */
  public ReadOnlyObjectProperty<Catalog.Service> serviceProperty() {
    return guidance.serviceProperty();
  }

  /** From the result screen: the free slots of its service. */
  public void bookReturnVisit() {
    navigation.touched();
    Catalog.Service service = guidance.serviceProperty().get();
    if (service == null) {
      return;
    }
    slots.set(List.of());
    answer.set(words.text("booking.loading"));
    navigation.go(Screen.BOOKING);
    long v = navigation.visit();
    background.execute(
        () -> {
          try {
            List<Slot> free = api.freeSlots(service.code(), SLOTS_SHOWN);
            ui.execute(
                () -> {
                  if (v == navigation.visit()) {
                    slots.set(free);
                    answer.set(free.isEmpty() ? words.text("booking.none") : "");
                  }
                });
          } catch (ServerException e) {
            ui.execute(() -> failed(v, e));
          }
        });
  }

  /** Books the slot (one touch) and prints the slip. */
  public void choose(Slot slot) {
    navigation.touched();
    Catalog.Service service = guidance.serviceProperty().get();
    if (!slot.equals(bookingKeyFor)) {
      bookingKey = UUID.randomUUID().toString();
      bookingKeyFor = slot;
    }
    String key = bookingKey;
    var language = words.langProperty().get();
    long v = navigation.visit();
    CompletableFuture<PrinterStatus> status = handOver.status();
    answer.set(words.text("booking.booking"));
    background.execute(
        () -> {
          try {
            Booking made = api.book(service.code(), slot.start(), "standard", language, key);
            ui.execute(() -> booked(v, made, service, status));
          } catch (ServerException e) {
            ui.execute(
                () -> {
                  if (v == navigation.visit()) {
                    answer.set(words.text(e.status() == 409 ? "booking.full" : "booking.failed"));
                    bookingKeyFor = null;
                  }
                });
          }
        });
  }

  private void booked(
      long v, Booking made, Catalog.Service service, CompletableFuture<PrinterStatus> status) {
    if (v != navigation.visit()) {
      return;
    }
    booking.set(made);
    answer.set("");
    navigation.arrive(Screen.BOOKED);
    if (!handOver.hasPrinter()) {
      slipState.set(PrintState.NO_PRINTER);
      return;
    }
    slipState.set(PrintState.PRINTING);
    handOver
        .print(status, slip(made, service))
        .thenAccept(
            st ->
                ui.execute(
                    () -> {
                      if (v == navigation.visit()) {
                        slipState.set(st.canPrint() ? PrintState.PRINTED : PrintState.FAILED);
                      }
                    }));
  }

  /** The slip as the printer prints it. */
  AppointmentSlip slip(Booking made, Catalog.Service service) {
    Text office = ticket.officeName();
    return new AppointmentSlip(
        office.asMap(),
        made.code(),
        service.name().asMap(),
        words.langProperty().get().tag(),
        made.date(),
        made.startTime(),
        made.endTime(),
        made.checkInFrom().atZone(zone).toLocalTime(),
        made.checkInUntil().atZone(zone).toLocalTime(),
        service.documents().stream().filter(d -> !d.isEmpty()).map(Text::asMap).toList(),
        java.util.Map.of(
            "zh-CN", "如不能前来，请到自助机或窗口凭预约码取消",
            "en", "Cannot come? Cancel with the code at a kiosk or a counter"));
  }

  /** From the start screen: check in with the booking code. */
  public void startCheckIn() {
    navigation.touched();
    code.set("");
    answer.set("");
    walkIn.set(null);
    navigation.go(Screen.CHECK_IN);
  }

  /** A key of the on-screen keypad, or what a scanner typed. */
  public void type(String typed) {
    navigation.touched();
    String next = (code.get() + typed).replaceAll("[^0-9A-Za-z]", "").toUpperCase();
    code.set(next.length() > 8 ? next.substring(0, 8) : next);
  }

  public void deleteLast() {
    navigation.touched();
    String now = code.get();
    code.set(now.isEmpty() ? now : now.substring(0, now.length() - 1));
  }

  /** Checks in with the code typed: the ticket on success, else the server's plain answer. */
  public void checkIn() {
    navigation.touched();
    String typed = code.get();
    if (typed.length() != 8) {
      answer.set(words.text("checkIn.eight"));
      return;
    }
    long v = navigation.visit();
    long started = System.nanoTime();
    CompletableFuture<PrinterStatus> status = handOver.status();
    answer.set(words.text("checkIn.checking"));
    walkIn.set(null);
    background.execute(
        () -> {
          try {
            AppointmentApi.CheckIn outcome = api.checkIn(typed);
            ui.execute(() -> checkedIn(v, outcome, status, started));
          } catch (ServerException e) {
            ui.execute(() -> failed(v, e));
          }
        });
  }

  private void checkedIn(
      long v, AppointmentApi.CheckIn outcome, CompletableFuture<PrinterStatus> status, long t0) {
    if (v != navigation.visit()) {
      return;
    }
    if (outcome.ticket() == null) {
      answer.set(
          outcome.refusal() == null
              ? words.text("checkIn.unknown")
              : words.text(outcome.refusal()));
      walkIn.set(outcome.walkInService());
      return;
    }
    Catalog c = catalog.get();
    Catalog.Service service = c.service(outcome.ticket().service()).orElse(null);
    Catalog.Lane lane =
        c.lanes().stream()
            .filter(l -> l.code().equals(outcome.ticket().lane()))
            .findFirst()
            .orElse(null);
    answer.set("");
    ticket.issued(outcome.ticket(), service, lane, status, t0);
  }

  /** Too late: the ordinary way, from the service's result screen. */
  public void takeWalkIn() {
    String service = walkIn.get();
    if (service != null) {
      guidance.chooseService(service);
    }
  }

  private void failed(long v, ServerException e) {
    if (v == navigation.visit()) {
      answer.set(words.text("booking.failed"));
    }
  }

  void reset() {
    slots.set(List.of());
    booking.set(null);
    slipState.set(PrintState.NONE);
    code.set("");
    answer.set("");
    walkIn.set(null);
    bookingKey = null;
    bookingKeyFor = null;
  }

  /** What voice reads for the booking screen: the service, what is happening, the free times. */
  String spokenBooking() {
    StringBuilder s = new StringBuilder(words.sentence(words.text("booking.title")));
    Catalog.Service service = guidance.serviceProperty().get();
    if (service != null) {
      s.append(words.sentence(words.text(service.name())));
    }
    s.append(words.sentence(answer.get()));
    List<Slot> free = slots.get();
    if (!free.isEmpty()) {
      s.append(words.text("booking.hint")).append(' ');
    }
    for (int i = 0; i < free.size(); i++) {
      Slot slot = free.get(i);
      s.append(
              words.text(
                  "speech.slot",
                  i + 1,
                  SpokenDates.day(slot.date(), words.langProperty().get()),
                  slot.startTime().toString(),
                  slot.endTime().toString(),
                  slot.free()))
          .append(' ');
    }
    return s.toString().trim();
  }

  /** What voice reads for the booking made: the code letter by letter, when, and the slip. */
  String spokenBooked() {
    Booking b = booking.get();
    if (b == null) {
      return words.text("booked.title");
    }
    java.time.format.DateTimeFormatter hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
    String slip =
        switch (slipState.get()) {
          case PRINTING -> words.text("booked.printing");
          case PRINTED -> words.text("booked.printed");
          case FAILED, NO_PRINTER -> words.text("booked.noSlip");
          case NONE -> "";
        };
    return (words.sentence(words.text("booked.title"))
            + words.sentence(words.text("speech.bookingCode", String.join(" ", b.code().split(""))))
            + words.sentence(
                words.text(
                    "speech.bookedWhen",
                    SpokenDates.day(b.date(), words.langProperty().get()),
                    b.startTime().toString(),
                    b.endTime().toString()))
            + words.sentence(
                words.text(
                    "booked.checkIn",
                    hhmm.format(b.checkInFrom().atZone(zone)),
                    hhmm.format(b.checkInUntil().atZone(zone))))
            + words.sentence(slip)
            + words.text("booked.proof"))
        .trim();
  }

  /** What voice reads for check-in: how to give the code, and the answer to the last try. */
  String spokenCheckIn() {
    return words.sentence(answer.get())
        + words.sentence(words.text("checkIn.title"))
        + words.text("checkIn.hint");
  }
}
