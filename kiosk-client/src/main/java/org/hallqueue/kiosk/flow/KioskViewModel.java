package org.hallqueue.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hallqueue.kiosk.server.QueueApi;
import org.hallqueue.kiosk.text.Texts;

/**
 * The visitor's journey without a screen: which screen shows and the way between them (forward,
 * back, start over), over one view-model per screen. Every property changes on the UI executor;
 * slow work runs on the background executor.
 */
public final class KioskViewModel {

  /** Timings and place of this kiosk. */
  public record Options(
      Duration idleAfter,
      Duration warnFor,
      Duration retryFirst,
      Duration retryMax,
      String kioskId,
      ZoneId zone,
      Duration catalogMaxAge) {
    public Options {
      if (warnFor.toSeconds() < 20) {
        throw new IllegalArgumentException("visitors need at least 20 s to ask for more time");
      }
    }

    /** With the catalog reloaded on the start screen when older than five minutes. */
    public Options(
        Duration idleAfter,
        Duration warnFor,
        Duration retryFirst,
        Duration retryMax,
        String kioskId,
        ZoneId zone) {
      this(idleAfter, warnFor, retryFirst, retryMax, kioskId, zone, Duration.ofMinutes(5));
    }

    public static Options defaults(String kioskId) {
      return new Options(
          Duration.ofSeconds(60),
          Duration.ofSeconds(30),
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          kioskId,
          ZoneId.of("Asia/Shanghai"));
    }
  }

  private final Options options;
  private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.LOADING);
  private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
  private final Deque<Screen> trail = new ArrayDeque<>();
  private final List<Supplier<String>> layers = new CopyOnWriteArrayList<>();
  private long visit;

  private final ConnectionViewModel connection;
  private final AccessibilityViewModel accessibility;
  private final GuidanceViewModel guidance;
  private final TicketViewModel ticket;
  private final LaneViewModel lane;
  private final WelcomeViewModel welcome;
  private final AppointmentViewModel appointments;

  public KioskViewModel(
      QueueApi api,
      Optional<TicketPrinter> printer,
      Speech speech,
      Texts texts,
      Clock clock,
      Executor ui,
      ScheduledExecutorService background,
      Options options) {
    this.options = options;
    Navigation steps = new Steps();
    connection =
        new ConnectionViewModel(
            api, steps, clock, ui, background, options.retryFirst(), options.retryMax());
    accessibility =
        new AccessibilityViewModel(
            api, speech, texts, steps, ui, background, connection::refused, options.kioskId());
    guidance = new GuidanceViewModel(connection.catalogProperty(), steps);
    TicketHandOver handOver =
        new TicketHandOver(printer, api, background, e -> ui.execute(() -> connection.refused(e)));
    ticket =
        new TicketViewModel(
            connection.catalogProperty(),
            guidance.serviceProperty(),
            accessibility,
            handOver,
            steps,
            ui,
            options.kioskId(),
            options.zone());
    lane =
        new LaneViewModel(
            guidance,
            connection,
            accessibility,
            ticket,
            new TicketIssuer(api, 3, Duration.ofMillis(300)),
            handOver,
            steps,
            ui,
            background);
    appointments =
        new AppointmentViewModel(
            api, guidance, accessibility, ticket, handOver, steps, ui, background, options.zone());
    welcome =
        new WelcomeViewModel(
            accessibility, guidance, steps, clock, options.idleAfter(), options.warnFor());
    screen.addListener((o, a, b) -> canGoBack.set(backable(b)));
    screen.addListener((o, a, b) -> readAloud());
    guidance.questionProperty().addListener((o, a, b) -> readAloud());
    accessibility.langProperty().addListener((o, a, b) -> readAloud());
  }

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  /** True on the screens with a "back" button. */
  public ReadOnlyBooleanProperty canGoBackProperty() {
    return canGoBack.getReadOnlyProperty();
  }

  /** The link to the server, the catalog, and the loading and unreachable screens. */
  public ConnectionViewModel connection() {
    return connection;
  }

  /** Language, large text, voice and calling staff, on every screen. */
  public AccessibilityViewModel accessibility() {
    return accessibility;
  }

  /** The start screen and the idle warning. */
  public WelcomeViewModel welcome() {
    return welcome;
  }

  /** The questions, the service list and the result. */
  public GuidanceViewModel guidance() {
    return guidance;
  }

  /** The lane choice and the issuing of the ticket. */
  public LaneViewModel lane() {
    return lane;
  }

  /** The office's time zone, for the times the screens show. */
  public ZoneId zone() {
    return options.zone();
  }

  /** Booking a return visit, its slip, and check-in by code. */
  public AppointmentViewModel appointments() {
    return appointments;
  }

  /** The ticket, its printing and the route to the waiting zone. */
  public TicketViewModel ticket() {
    return ticket;
  }

  /** Loads the catalog; shows the start screen, or the unreachable screen and retries. */
  public void start() {
    connection.start();
  }

  /** The kiosk is closing: answers still on their way are ignored, nothing more is scheduled. */
  public void stop() {
    connection.stop();
  }

  public boolean canGoBack() {
    return canGoBack.get();
  }

  public void back() {
    touched();
    if (screen.get() == Screen.QUESTION && guidance.previousQuestion()) {
      return;
    }
    Screen previous = trail.isEmpty() ? Screen.START : trail.pop();
    if (previous == Screen.START) {
      reset();
      return;
    }
    screen.set(previous);
  }

  /** Ends the visit: back to the start, everything forgotten. */
  public void startOver() {
    reset();
  }

  /** Any touch on the screen. */
  public void touched() {
    welcome.touched();
  }

  /**
   * A layer over the screens (the game, the pension calculator): what voice reads for it while it
   * is shown, "" while it is not.
   */
  public void readAlsoOver(Supplier<String> layer) {
    layers.add(layer);
  }

  /** What voice reads for what the visitor sees: the notice on show first, then the screen. */
  public String spokenText() {
    if (welcome.idleWarningProperty().get()) {
      return welcome.spokenIdleWarning();
    }
    for (Supplier<String> layer : layers) {
      String over = layer.get();
      if (!over.isEmpty()) {
        return over;
      }
    }
    return accessibility.spokenNotice() + spokenScreen();
  }

  private String spokenScreen() {
    return switch (screen.get()) {
      case LOADING, UNREACHABLE -> connection.spoken(accessibility);
      case START -> welcome.spoken();
      case QUESTION -> guidance.spokenQuestion(accessibility);
      case RESULT -> guidance.spokenResult(accessibility);
      case SERVICES -> guidance.spokenServices(accessibility);
      case LANE -> lane.spoken();
      case ISSUING -> accessibility.text("issuing.title");
      case TICKET -> ticket.spoken();
      case BOOKING -> appointments.spokenBooking();
      case BOOKED -> appointments.spokenBooked();
      case CHECK_IN -> appointments.spokenCheckIn();
    };
  }

  private static boolean backable(Screen s) {
    return switch (s) {
      case QUESTION, RESULT, SERVICES, LANE, BOOKING, CHECK_IN -> true;
      default -> false;
    };
  }

  private void reset() {
    visit++;
    screen.set(Screen.START);
    trail.clear();
    guidance.reset();
    ticket.reset();
    accessibility.clearNotice();
    welcome.reset();
    lane.reset();
    appointments.reset();
    accessibility.reset();
    touched();
    connection.reloadIfOlderThan(options.catalogMaxAge());
  }

  private void readAloud() {
    if (accessibility.voiceProperty().get()) {
      accessibility.say(spokenText());
    }
  }

  /** The shell as the screens' view-models see it. */
  private final class Steps implements Navigation {
    @Override
    public Screen screen() {
      return screen.get();
    }

    @Override
    public void go(Screen next) {
      trail.push(screen.get());
      screen.set(next);
    }

    @Override
    public void replace(Screen next) {
      screen.set(next);
    }

    @Override
    public void arrive(Screen next) {
      trail.clear();
      screen.set(next);
    }

    @Override
    public void startOver() {
      reset();
    }

    @Override
    public void touched() {
      KioskViewModel.this.touched();
    }

    @Override
    public void readAloud() {
      KioskViewModel.this.readAloud();
    }

    @Override
    public long visit() {
      return visit;
    }
  }
}
