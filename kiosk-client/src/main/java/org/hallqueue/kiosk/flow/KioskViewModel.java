package org.hallqueue.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.Route;
import org.hallqueue.floorplans.routing.RoutePlanner;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.QueueApi;
import org.hallqueue.kiosk.server.ServerException;
import org.hallqueue.kiosk.server.Text;
import org.hallqueue.kiosk.server.Ticket;
import org.hallqueue.kiosk.text.Texts;
import org.hallqueue.printer.PrinterStatus;

/**
 * The visitor's journey as state and commands, without a screen: language, guidance questions, the
 * result, the lane, the ticket and its printing, idle reset, and recovery when the server is away.
 * Every property changes on the UI executor; slow work runs on the background executor.
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

  private final QueueApi api;
  private final TicketIssuer issuer;
  private final TicketHandOver handOver;
  private final CatalogLoader loader;
  private final Speech speech;
  private final Texts texts;
  private final Clock clock;
  private final Executor ui;
  private final ScheduledExecutorService background;
  private final Options options;

  private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.LOADING);
  private final ReadOnlyObjectWrapper<Lang> lang = new ReadOnlyObjectWrapper<>(Lang.ZH_CN);
  private final ReadOnlyBooleanWrapper largeText = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper voice = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper stepFree = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Catalog.Question> question = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper();
  private final ReadOnlyObjectWrapper<Catalog.Outcome> outcome = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Catalog.Service> service = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Ticket> ticket = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<PrintState> printState =
      new ReadOnlyObjectWrapper<>(PrintState.NONE);
  private final ReadOnlyStringWrapper printProblem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper idleWarning = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper idleSecondsLeft = new ReadOnlyIntegerWrapper();
  private final ReadOnlyStringWrapper serverProblem = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Duration> lastIssueTime = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper tokenRefused = new ReadOnlyStringWrapper("");

  private final Deque<Screen> trail = new ArrayDeque<>();
  private final Deque<Catalog.Question> asked = new ArrayDeque<>();
  private Instant lastTouch;
  private Instant warningEnds;
  private Duration retryDelay;
  private boolean retryPending;
  private volatile boolean stopped;
  private String issueKey;
  private String issueKeyFor = "";
  private RoutePlanner planner;
  private long visit;

  public KioskViewModel(
      QueueApi api,
      Optional<TicketPrinter> printer,
      Speech speech,
      Texts texts,
      Clock clock,
      Executor ui,
      ScheduledExecutorService background,
      Options options) {
    this.api = api;
    this.issuer = new TicketIssuer(api, 3, Duration.ofMillis(300));
    this.handOver = new TicketHandOver(printer, api, background, e -> ui.execute(() -> refused(e)));
    this.loader =
        new CatalogLoader(api, clock, ui, background, this::catalogLoaded, this::catalogFailed);
    this.speech = speech;
    this.texts = texts;
    this.clock = clock;
    this.ui = ui;
    this.background = background;
    this.options = options;
    this.lastTouch = clock.instant();
    this.retryDelay = options.retryFirst();
    screen.addListener((o, a, b) -> speak());
    question.addListener((o, a, b) -> speak());
    lang.addListener((o, a, b) -> speak());
  }

  // ---- read-only state ----

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Lang> langProperty() {
    return lang.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty largeTextProperty() {
    return largeText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty voiceProperty() {
    return voice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty stepFreeProperty() {
    return stepFree.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Catalog> catalogProperty() {
    return catalog.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Catalog.Question> questionProperty() {
    return question.getReadOnlyProperty();
  }

  /** The number of the question shown, 1 for the first. */
  public ReadOnlyIntegerProperty stepProperty() {
    return step.getReadOnlyProperty();
  }

  /** How the guidance ended, or null when the visitor picked a service directly. */
  public ReadOnlyObjectProperty<Catalog.Outcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Catalog.Service> serviceProperty() {
    return service.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Ticket> ticketProperty() {
    return ticket.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PrintState> printStateProperty() {
    return printState.getReadOnlyProperty();
  }

  /** Why the printer did not print, in a technician's words (the screen says it plainly). */
  public ReadOnlyStringProperty printProblemProperty() {
    return printProblem.getReadOnlyProperty();
  }

  /** The key of a short message for the visitor ("" for none). */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty idleWarningProperty() {
    return idleWarning.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty idleSecondsLeftProperty() {
    return idleSecondsLeft.getReadOnlyProperty();
  }

  /** Why the server cannot be used, in a technician's words. */
  public ReadOnlyStringProperty serverProblemProperty() {
    return serverProblem.getReadOnlyProperty();
  }

  /**
   * Why the server refused this kiosk's device token (HTTP 401), or "" while it accepts it. Once
   * set, the kiosk cannot work until staff fix {@code device.token}: the window shows the setup
   * screen.
   */
  public ReadOnlyStringProperty tokenRefusedProperty() {
    return tokenRefused.getReadOnlyProperty();
  }

  /** From "take a ticket" to the number on screen, for the last ticket. */
  public ReadOnlyObjectProperty<Duration> lastIssueTimeProperty() {
    return lastIssueTime.getReadOnlyProperty();
  }

  /** A kiosk text in the visitor's language. */
  public String text(String key, Object... args) {
    return texts.get(lang.get(), key, args);
  }

  /** A kiosk text in a given language. */
  public String textIn(Lang language, String key, Object... args) {
    return texts.get(language, key, args);
  }

  /** A server text in the visitor's language. */
  public String text(Text text) {
    return text.in(lang.get());
  }

  public boolean canGoBack() {
    return switch (screen.get()) {
      case QUESTION, RESULT, SERVICES, LANE -> true;
      default -> false;
    };
  }

  public Optional<Office> office() {
    Catalog c = catalog.get();
    return c == null ? Optional.empty() : c.office();
  }

  /** The waiting zone's name for the chosen service, or empty. */
  public Text waitingArea() {
    Catalog.Service s = service.get();
    return office()
        .flatMap(o -> s == null ? Optional.empty() : o.find(s.zone()))
        .map(p -> Text.of(p.element().name().zhCN(), p.element().name().en()))
        .orElse(Text.of("", ""));
  }

  /** The route from this kiosk to the waiting zone (step-free when asked), if the plan has one. */
  public Optional<Route> route() {
    Catalog.Service s = service.get();
    if (s == null || office().isEmpty()) {
      return Optional.empty();
    }
    if (planner == null) {
      planner = RoutePlanner.of(office().get());
    }
    try {
      return planner.route(options.kioskId(), s.zone(), stepFree.get());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  public String kioskId() {
    return options.kioskId();
  }

  // ---- commands ----

  /** Loads the catalog; shows the start screen, or the unreachable screen and retries. */
  public void start() {
    if (!stopped) {
      loader.load();
    }
  }

  /**
   * Loads the catalog again (the configuration changed on the server). What the visitor sees next
   * follows the new catalog; what is on screen stays unless it can simply be redrawn (the service
   * list, the lanes, the map).
   */
  public void reloadCatalog() {
    if (!stopped) {
      loader.load();
    }
  }

  /** How many times the catalog has been loaded (or a load started). */
  public long catalogLoads() {
    return loader.loads();
  }

  /** The kiosk is closing: answers still on their way are ignored, nothing more is scheduled. */
  public void stop() {
    stopped = true;
  }

  private void catalogLoaded(Catalog c) {
    if (stopped) {
      return;
    }
    retryDelay = options.retryFirst();
    serverProblem.set("");
    if (!c.equals(catalog.get())) {
      planner = null;
      // the service shown or being ticketed follows its new description, unless it is gone
      Catalog.Service s = service.get();
      if (s != null) {
        service.set(c.service(s.code()).orElse(s));
      }
      catalog.set(c);
    }
    if (screen.get() == Screen.LOADING || screen.get() == Screen.UNREACHABLE) {
      reset();
    }
  }

  private void catalogFailed(ServerException e) {
    if (stopped || !tokenRefused.get().isEmpty()) {
      return;
    }
    if (e.tokenRefused()) {
      refused(e);
    } else if (catalog.get() == null || screen.get() == Screen.UNREACHABLE) {
      unreachable(e);
    }
    // otherwise keep the catalog the kiosk has; the next change or start screen tries again
  }

  private void unreachable(ServerException e) {
    serverProblem.set(e.getMessage());
    trail.clear();
    screen.set(Screen.UNREACHABLE);
    if (retryPending) {
      return;
    }
    retryPending = true;
    Duration delay = retryDelay;
    retryDelay = min(retryDelay.multipliedBy(2), options.retryMax());
    background.schedule(
        () ->
            ui.execute(
                () -> {
                  retryPending = false;
                  loader.load();
                }),
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** The server refused the device token: nothing works until staff fix the settings. */
  private void refused(ServerException e) {
    serverProblem.set(e.getMessage());
    tokenRefused.set(e.getMessage());
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  public void chooseLanguage(Lang language) {
    touched();
    lang.set(language);
    Catalog.Question first =
        catalog.get().guidance().question(catalog.get().guidance().start()).orElse(null);
    asked.clear();
    outcome.set(null);
    service.set(null);
    if (first == null) {
      go(Screen.SERVICES);
      return;
    }
    question.set(first);
    step.set(1);
    go(Screen.QUESTION);
  }

  /** Switches the language without leaving the screen. */
  public void switchLanguage() {
    touched();
    lang.set(lang.get() == Lang.ZH_CN ? Lang.EN : Lang.ZH_CN);
  }

  public void answer(int index) {
    touched();
    Catalog.Answer a = question.get().answers().get(index);
    if (a.next().isPresent()) {
      Optional<Catalog.Question> next = catalog.get().guidance().question(a.next().get());
      if (next.isPresent()) {
        asked.push(question.get());
        step.set(step.get() + 1);
        question.set(next.get());
        return;
      }
    }
    Catalog.Outcome o =
        a.result()
            .orElse(
                new Catalog.Outcome(Catalog.OutcomeKind.STAFF, Optional.empty(), Text.of("", "")));
    outcome.set(o);
    service.set(o.service().flatMap(catalog.get()::service).orElse(null));
    go(Screen.RESULT);
  }

  public void back() {
    touched();
    if (screen.get() == Screen.QUESTION && !asked.isEmpty()) {
      step.set(step.get() - 1);
      question.set(asked.pop());
      return;
    }
    Screen previous = trail.isEmpty() ? Screen.START : trail.pop();
    if (previous == Screen.START) {
      reset();
      return;
    }
    screen.set(previous);
  }

  /** The list of services, for a visitor who knows what they need. */
  public void showServices() {
    touched();
    go(Screen.SERVICES);
  }

  public void chooseService(String code) {
    touched();
    Optional<Catalog.Service> chosen = catalog.get().service(code);
    if (chosen.isEmpty()) {
      return; // removed just now: the list is being redrawn without it
    }
    outcome.set(null);
    service.set(chosen.get());
    go(Screen.RESULT);
  }

  /** From the result to the (optional) lane choice. */
  public void takeTicket() {
    touched();
    if (service.get() != null) {
      go(Screen.LANE);
    }
  }

  /** Issues the ticket in a lane ("standard" when the visitor chose none) and prints it. */
  public void chooseLane(String laneCode) {
    touched();
    Catalog.Service s = service.get();
    Catalog.Lane lane =
        catalog.get().lanes().stream()
            .filter(l -> l.code().equals(laneCode))
            .findFirst()
            .orElse(new Catalog.Lane(laneCode, Text.of("", ""), Text.of("", ""), false));
    String choice = s.code() + "/" + lane.code();
    if (issueKey == null || !issueKeyFor.equals(choice)) {
      issueKey = UUID.randomUUID().toString();
      issueKeyFor = choice;
    }
    String key = issueKey;
    Lang language = lang.get();
    long v = visit;
    long started = System.nanoTime();
    notice.set("");
    CompletableFuture<PrinterStatus> status = handOver.status();
    screen.set(Screen.ISSUING);
    background.execute(
        () -> {
          try {
            Ticket t = issuer.issue(s.code(), lane.code(), language, key);
            ui.execute(() -> ticketIssued(v, t, s, lane, status, started));
          } catch (ServerException e) {
            ui.execute(
                () -> {
                  if (e.tokenRefused()) {
                    refused(e);
                  }
                  if (v == visit) {
                    serverProblem.set(e.getMessage());
                    notice.set(e.unreachable() ? "notice.ticketFailed" : "notice.ticketRefused");
                    screen.set(Screen.LANE);
                  }
                });
          }
        });
  }

  private void ticketIssued(
      long v,
      Ticket t,
      Catalog.Service s,
      Catalog.Lane lane,
      CompletableFuture<PrinterStatus> status,
      long started) {
    if (v != visit) {
      return;
    }
    issueKey = null;
    ticket.set(t);
    trail.clear();
    printState.set(handOver.hasPrinter() ? PrintState.PRINTING : PrintState.NO_PRINTER);
    printProblem.set("");
    screen.set(Screen.TICKET);
    lastIssueTime.set(Duration.ofNanos(System.nanoTime() - started));
    if (!handOver.hasPrinter()) {
      return;
    }
    Text office =
        catalog
            .get()
            .office()
            .map(o -> Text.of(o.name().zhCN(), o.name().en()))
            .orElse(Text.of("社会保险服务大厅", "Social Security Service Hall"));
    var print = TicketPrints.of(t, s, lane, office, waitingArea(), lang.get(), options.zone());
    handOver
        .print(status, print)
        .thenAccept(
            st ->
                ui.execute(
                    () -> {
                      if (v != visit) {
                        return;
                      }
                      if (st.canPrint()) {
                        printState.set(PrintState.PRINTED);
                      } else {
                        printProblem.set(st.state() + ": " + st.reason());
                        printState.set(PrintState.FAILED);
                      }
                      speak();
                    }));
  }

  /** Raises a help request the staff dashboard shows. */
  public void callStaff() {
    touched();
    long v = visit;
    notice.set("notice.staffCalling");
    background.execute(
        () -> {
          String result;
          try {
            api.reportStatus(
                "HELP_REQUESTED", "visitor asked for help at " + options.kioskId() + "");
            result = "notice.staffCalled";
          } catch (ServerException e) {
            result = "notice.staffCallFailed";
            if (e.tokenRefused()) {
              ui.execute(() -> refused(e));
            }
          }
          String r = result;
          ui.execute(
              () -> {
                if (v == visit) {
                  notice.set(r);
                  speak();
                }
              });
        });
  }

  public void toggleLargeText() {
    touched();
    largeText.set(!largeText.get());
  }

  public void toggleVoice() {
    touched();
    if (!speech.available()) {
      voice.set(false);
      notice.set("notice.noVoice");
      return;
    }
    voice.set(!voice.get());
    if (voice.get()) {
      speak();
    } else {
      speech.stop();
    }
  }

  public void toggleStepFree() {
    touched();
    stepFree.set(!stepFree.get());
  }

  /** Ends the visit: back to the start, everything forgotten. */
  public void startOver() {
    reset();
  }

  public void moreTime() {
    idleWarning.set(false);
    touched();
  }

  /** Any touch on the screen. */
  public void touched() {
    lastTouch = clock.instant();
  }

  /** Called every second: warns after the idle time, then resets after the warning time. */
  public void tick() {
    Instant now = clock.instant();
    if (idleWarning.get()) {
      long left = (Duration.between(now, warningEnds).toMillis() + 999) / 1000;
      if (left <= 0) {
        reset();
      } else {
        idleSecondsLeft.set((int) left);
      }
      return;
    }
    if (!somethingToForget()) {
      return;
    }
    if (Duration.between(lastTouch, now).compareTo(options.idleAfter()) >= 0) {
      warningEnds = now.plus(options.warnFor());
      idleSecondsLeft.set((int) options.warnFor().toSeconds());
      idleWarning.set(true);
      if (voice.get()) {
        speech.say(text("idle.question"), lang.get());
      }
    }
  }

  private boolean somethingToForget() {
    return switch (screen.get()) {
      case LOADING, UNREACHABLE, ISSUING -> false;
      case START -> largeText.get() || voice.get() || !notice.get().isEmpty();
      default -> true;
    };
  }

  private void reset() {
    visit++;
    screen.set(Screen.START);
    trail.clear();
    asked.clear();
    question.set(null);
    step.set(0);
    outcome.set(null);
    service.set(null);
    ticket.set(null);
    printState.set(PrintState.NONE);
    printProblem.set("");
    notice.set("");
    idleWarning.set(false);
    issueKey = null;
    largeText.set(false);
    if (voice.get()) {
      speech.stop();
    }
    voice.set(false);
    stepFree.set(false);
    lang.set(Lang.ZH_CN);
    touched();
    if (loader.olderThan(options.catalogMaxAge())) {
      loader.load(); // a safety net for a configuration change the event stream did not bring
    }
  }

  private void go(Screen next) {
    trail.push(screen.get());
    screen.set(next);
  }

  private void speak() {
    if (voice.get()) {
      speech.say(spokenText(), lang.get());
    }
  }

  /** What voice reads for the current screen. */
  public String spokenText() {
    StringBuilder s = new StringBuilder();
    switch (screen.get()) {
      case START ->
          s.append(texts.get(Lang.ZH_CN, "start.title"))
              .append(' ')
              .append(texts.get(Lang.EN, "start.title"));
      case QUESTION -> {
        Catalog.Question q = question.get();
        s.append(text(q.text())).append(' ');
        for (int i = 0; i < q.answers().size(); i++) {
          s.append(text("speech.choice", i + 1, text(q.answers().get(i).label()))).append(' ');
        }
      }
      case RESULT -> {
        if (outcome.get() != null) {
          s.append(text(outcome.get().message())).append(' ');
        }
        if (service.get() != null) {
          s.append(text(service.get().name())).append(". ").append(text("result.bring"));
          service.get().documents().forEach(d -> s.append(' ').append(text(d)).append(','));
        }
      }
      case TICKET -> {
        Ticket t = ticket.get();
        s.append(text("ticket.yourNumber")).append(' ').append(t.number()).append(". ");
        s.append(text("ticket.waitMinutes", Math.max(1, (t.estimatedWaitSeconds() + 59) / 60)));
        if (printState.get() == PrintState.FAILED) {
          s.append(' ').append(text("print.failed"));
        }
      }
      default -> s.append(text("title." + screen.get().name().toLowerCase()));
    }
    return s.toString();
  }
}
