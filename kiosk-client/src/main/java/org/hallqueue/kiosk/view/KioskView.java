package org.hallqueue.kiosk.view;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.hallqueue.floorplans.drawing.FloorDrawings;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.Route;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.Text;
import org.hallqueue.kiosk.server.Ticket;

/**
 * The kiosk's screens, built in code from the view-model's state. The three help buttons (大字, 语音,
 * 人工帮助) sit in the same place at the bottom of every screen.
 */
public final class KioskView {

  /** Normal text size in pixels at 1080×1920; large text doubles it. */
  public static final double BASE_FONT = 30;

  private final KioskViewModel vm;
  private final String fontFamily;
  private final StackPane root = new StackPane();
  private final ScrollPane scroll = new ScrollPane();
  private final HBox header = new HBox();
  private final VBox bottom = new VBox();
  private boolean renderPending;
  private Screen renderedScreen;
  private Catalog.Question renderedQuestion;

  public KioskView(KioskViewModel vm) {
    this.vm = vm;
    this.fontFamily = cjkFontFamily();
    root.getStyleClass().add("kiosk");
    root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
    root.styleProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    "-fx-font-family: '"
                        + fontFamily
                        + "'; -fx-font-size: "
                        + (vm.largeTextProperty().get() ? 2 * BASE_FONT : BASE_FONT)
                        + "px;",
                vm.largeTextProperty()));
    scroll.setFitToWidth(true);
    scroll.setPannable(true);
    scroll.getStyleClass().add("content-scroll");
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    header.getStyleClass().add("header");
    bottom.getStyleClass().add("bottom");
    BorderPane main = new BorderPane(scroll, header, null, bottom, null);
    root.getChildren().addAll(main, idleOverlay());
    root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.touched());
    Observable[] triggers = {
      vm.screenProperty(),
      vm.langProperty(),
      vm.questionProperty(),
      vm.printStateProperty(),
      vm.stepFreeProperty(),
      vm.largeTextProperty(),
      vm.voiceProperty(),
      vm.noticeProperty(),
      vm.catalogProperty()
    };
    for (Observable o : triggers) {
      o.addListener(x -> requestRender());
    }
    render();
  }

  public Parent root() {
    return root;
  }

  /**
   * Noto Sans CJK SC, named (JavaFX's fallback skips this CFF font), or WenQuanYi Micro Hei, or the
   * system font.
   */
  public static String cjkFontFamily() {
    for (String family : new String[] {"Noto Sans CJK SC", "WenQuanYi Micro Hei"}) {
      if (Font.getFamilies().contains(family)) {
        return family;
      }
    }
    return Font.getDefault().getFamily();
  }

  /** One rebuild per burst of changes (a command often changes several properties). */
  private void requestRender() {
    if (!renderPending) {
      renderPending = true;
      Platform.runLater(this::render);
    }
  }

  private void render() {
    renderPending = false;
    Screen screen = vm.screenProperty().get();
    header.getChildren().setAll(header(screen));
    header.setVisible(!header.getChildren().isEmpty());
    header.setManaged(header.isVisible());
    bottom.getChildren().setAll(bottomBar(screen));
    VBox content = new VBox();
    content.getStyleClass().add("content");
    content.getChildren().setAll(content(screen));
    // a redraw of the same screen (new catalog, language, step-free…) keeps the visitor's place
    boolean same = screen == renderedScreen && vm.questionProperty().get() == renderedQuestion;
    double place = same ? scroll.getVvalue() : 0;
    scroll.setContent(content);
    scroll.setVvalue(place);
    renderedScreen = screen;
    renderedQuestion = vm.questionProperty().get();
  }

  private Node[] header(Screen screen) {
    if (screen == Screen.LOADING || screen == Screen.UNREACHABLE || screen == Screen.START) {
      return new Node[0];
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button language =
        button("lang-switch", vm.text("lang.switch"), "secondary", vm::switchLanguage);
    if (vm.canGoBack()) {
      Button back = button("back", "‹ " + vm.text("nav.back"), "secondary", vm::back);
      return new Node[] {back, spacer, language};
    }
    return new Node[] {spacer, language};
  }

  private Node[] bottomBar(Screen screen) {
    Label notice = new Label();
    notice.setId("notice");
    notice.getStyleClass().add("notice");
    notice.setWrapText(true);
    notice.setMaxWidth(Double.MAX_VALUE);
    String key = vm.noticeProperty().get();
    notice.setText(key.isEmpty() ? "" : vm.text(key));
    notice.setVisible(!key.isEmpty());
    notice.setManaged(!key.isEmpty());
    if (screen == Screen.LOADING || screen == Screen.UNREACHABLE) {
      return new Node[] {notice};
    }
    boolean both = screen == Screen.START;
    Button large =
        button(
            "bar-large",
            barText(both, vm.largeTextProperty().get() ? "bar.largeOff" : "bar.large"),
            "bar",
            vm::toggleLargeText);
    Button voice =
        button(
            "bar-voice",
            barText(both, vm.voiceProperty().get() ? "bar.voiceOff" : "bar.voice"),
            "bar",
            vm::toggleVoice);
    Button help = button("bar-help", barText(both, "bar.help"), "help", vm::callStaff);
    // The bar keeps one size (larger in large text, but not doubled) so its words never break.
    String size = "-fx-font-size: " + (vm.largeTextProperty().get() ? 44 : 34) + "px;";
    for (Button b : new Button[] {large, voice, help}) {
      HBox.setHgrow(b, Priority.ALWAYS);
      b.setMaxWidth(Double.MAX_VALUE);
      b.setPrefWidth(100);
      b.setStyle(size);
    }
    HBox bar = new HBox(large, voice, help);
    bar.getStyleClass().add("bar-row");
    return new Node[] {notice, bar};
  }

  private String barText(boolean both, String key) {
    return both ? vm.textIn(Lang.ZH_CN, key) + "\n" + vm.textIn(Lang.EN, key) : vm.text(key);
  }

  private Node[] content(Screen screen) {
    return switch (screen) {
      case LOADING -> new Node[] {title(textBoth("title.loading"))};
      case UNREACHABLE -> unreachable();
      case START -> start();
      case QUESTION -> question();
      case RESULT -> result();
      case SERVICES -> services();
      case LANE -> lanes();
      case ISSUING -> new Node[] {title(vm.text("issuing.title"))};
      case TICKET -> ticket();
    };
  }

  private Node[] unreachable() {
    Label detail = text(vm.serverProblemProperty().get(), "small");
    detail.textProperty().bind(vm.serverProblemProperty());
    return new Node[] {
      title(textBoth("unreachable.title")), text(textBoth("unreachable.body"), "body"), detail
    };
  }

  private Node[] start() {
    Label welcome = title(textBoth("start.welcome"));
    Label hint = text(textBoth("start.title"), "lead");
    Button zh =
        button("lang-zh", vm.text("lang.zh"), "language", () -> vm.chooseLanguage(Lang.ZH_CN));
    Button en = button("lang-en", vm.text("lang.en"), "language", () -> vm.chooseLanguage(Lang.EN));
    Label help = text(vm.text("start.hint"), "body");
    return new Node[] {welcome, hint, zh, en, help};
  }

  private String textBoth(String key) {
    return vm.text(key) + "\n" + vm.textIn(Lang.EN, key);
  }

  private Node[] question() {
    Catalog.Question q = vm.questionProperty().get();
    VBox box = new VBox();
    box.getStyleClass().add("stack");
    Label progress = text(vm.text("question.progress", vm.stepProperty().get()), "progress");
    progress.setId("progress");
    box.getChildren().addAll(progress, title(vm.text(q.text())));
    if (!q.help().isEmpty()) {
      box.getChildren().add(text(vm.text(q.help()), "body"));
    }
    for (int i = 0; i < q.answers().size(); i++) {
      int index = i;
      box.getChildren()
          .add(
              button(
                  "answer-" + i,
                  vm.text(q.answers().get(i).label()),
                  "answer",
                  () -> vm.answer(index)));
    }
    if (vm.stepProperty().get() == 1) {
      box.getChildren()
          .add(
              button(
                  "know-service", vm.text("question.knowService"), "secondary", vm::showServices));
    }
    return new Node[] {box};
  }

  private Node[] result() {
    VBox box = new VBox();
    box.getStyleClass().add("stack");
    Catalog.Outcome outcome = vm.outcomeProperty().get();
    Catalog.Service service = vm.serviceProperty().get();
    Label message = text(outcome == null ? "" : vm.text(outcome.message()), "lead");
    message.setId("result-message");
    boolean hasMessage = outcome != null && !outcome.message().isEmpty();
    if (service == null && hasMessage) {
      box.getChildren().add(message);
    }
    if (service != null) {
      box.getChildren().add(text(vm.text("result.title"), "progress"));
      Label name = title(vm.text(service.name()));
      name.setId("service-name");
      box.getChildren().add(name);
      if (hasMessage) {
        box.getChildren().add(message);
      }
      box.getChildren().add(text(vm.text(service.description()), "body"));
      box.getChildren().add(text(vm.text("result.bring"), "subtitle"));
      for (Text document : service.documents()) {
        box.getChildren().add(text("☐  " + vm.text(document), "checklist"));
      }
      service
          .online()
          .ifPresent(
              online -> {
                box.getChildren().add(text(vm.text("result.online"), "subtitle"));
                box.getChildren().add(text(vm.text(online.name()), "body"));
                if (!online.url().isBlank()) {
                  VBox qr =
                      new VBox(
                          QrCode.of(online.url(), 260),
                          text(vm.text("result.onlineScan"), "small"));
                  qr.getStyleClass().add("qr-box");
                  box.getChildren().add(qr);
                }
              });
      box.getChildren()
          .add(button("take-ticket", vm.text("result.take"), "primary", vm::takeTicket));
    } else {
      box.getChildren()
          .add(
              text(
                  vm.text(
                      outcome != null && outcome.kind() == Catalog.OutcomeKind.STAFF
                          ? "result.staff"
                          : "result.noTicket"),
                  "body"));
      box.getChildren().add(button("done", vm.text("result.done"), "primary", vm::startOver));
    }
    return new Node[] {box};
  }

  private Node[] services() {
    VBox box = new VBox();
    box.getStyleClass().add("stack");
    box.getChildren().add(title(vm.text("services.title")));
    for (Catalog.Service s : vm.catalogProperty().get().services()) {
      box.getChildren()
          .add(
              twoLineButton(
                  "service-" + s.code(),
                  vm.text(s.name()),
                  vm.text(s.description()),
                  "answer",
                  () -> vm.chooseService(s.code())));
    }
    return new Node[] {box};
  }

  private Node[] lanes() {
    VBox box = new VBox();
    box.getStyleClass().add("stack");
    box.getChildren().add(title(vm.text(vm.serviceProperty().get().name())));
    box.getChildren()
        .add(
            button(
                "lane-standard",
                vm.text("lane.standard"),
                "primary",
                () -> vm.chooseLane("standard")));
    box.getChildren().add(text(vm.text("lane.optional"), "body"));
    for (Catalog.Lane lane : vm.catalogProperty().get().lanes()) {
      if (lane.code().equals("standard")) {
        continue;
      }
      box.getChildren()
          .add(
              twoLineButton(
                  "lane-" + lane.code(),
                  vm.text(lane.name()),
                  vm.text(lane.description()),
                  "lane",
                  () -> vm.chooseLane(lane.code())));
    }
    return new Node[] {box};
  }

  private Node[] ticket() {
    Ticket t = vm.ticketProperty().get();
    VBox box = new VBox();
    box.getStyleClass().add("stack");
    box.setAlignment(Pos.TOP_CENTER);
    Label your = text(vm.text("ticket.yourNumber"), "lead");
    Label number = new Label(t.number());
    number.setId("ticket-number");
    number.getStyleClass().add("ticket-number");
    long minutes = Math.max(1, (t.estimatedWaitSeconds() + 59) / 60);
    Label wait =
        text(
            (t.position() <= 1
                    ? vm.text("ticket.noneAhead")
                    : vm.text("ticket.ahead", t.position() - 1))
                + " · "
                + vm.text("ticket.waitMinutes", minutes),
            "subtitle");
    wait.setId("ticket-wait");
    Label print = text(printText(), "print-" + vm.printStateProperty().get().name().toLowerCase());
    print.setId("print-state");
    box.getChildren().addAll(your, number, wait, print);
    Text area = vm.waitingArea();
    if (!area.isEmpty()) {
      Label where = text(vm.text("ticket.waitAt", vm.text(area)), "subtitle");
      where.setId("waiting-area");
      box.getChildren().add(where);
    }
    if (t.trackingUrl() != null) {
      HBox qr = new HBox(QrCode.of(t.trackingUrl(), 240), text(vm.text("ticket.scan"), "body"));
      qr.getStyleClass().add("qr-row");
      box.getChildren().add(qr);
    }
    box.getChildren().add(button("done", vm.text("ticket.done"), "primary", vm::startOver));
    map().ifPresent(box.getChildren()::add);
    return new Node[] {box};
  }

  private String printText() {
    return switch (vm.printStateProperty().get()) {
      case PRINTING -> vm.text("print.printing");
      case PRINTED -> vm.text("print.printed");
      case FAILED -> vm.text("print.failed");
      case NO_PRINTER -> vm.text("print.noPrinter");
      case NONE -> "";
    };
  }

  private Optional<Node> map() {
    Optional<Office> office = vm.office();
    if (office.isEmpty()) {
      return Optional.empty();
    }
    Optional<Route> route = vm.route();
    int level =
        office
            .get()
            .find(vm.kioskId())
            .map(p -> p.floor().level())
            .orElse(office.get().floors().get(0).level());
    VBox box = new VBox();
    box.getStyleClass().add("map-box");
    box.getChildren().add(text(vm.text("ticket.route"), "subtitle"));
    box.getChildren()
        .add(
            button(
                "step-free",
                (vm.stepFreeProperty().get() ? "☑ " : "☐ ") + vm.text("ticket.stepFree"),
                "secondary",
                vm::toggleStepFree));
    box.getChildren()
        .add(
            FloorMap.paint(
                FloorDrawings.of(
                    office.get(), level, vm.langProperty().get(), route, Optional.of(vm.kioskId())),
                960,
                fontFamily));
    route.ifPresent(
        r ->
            r.steps()
                .forEach(
                    s ->
                        box.getChildren().add(text("→ " + s.in(vm.langProperty().get()), "body"))));
    return Optional.of(box);
  }

  private Node idleOverlay() {
    Label question = title(vm.text("idle.question"));
    Label countdown = text("", "body");
    countdown.setId("idle-countdown");
    Button more = button("idle-more", "", "primary", vm::moreTime);
    Button finish = button("idle-finish", "", "secondary", vm::startOver);
    finish.getStyleClass().add("centred");
    Runnable texts =
        () -> {
          question.setText(vm.text("idle.question"));
          countdown.setText(vm.text("idle.countdown", vm.idleSecondsLeftProperty().get()));
          more.setText(vm.text("idle.more"));
          finish.setText(vm.text("idle.finish"));
        };
    vm.idleSecondsLeftProperty().addListener(o -> texts.run());
    vm.langProperty().addListener(o -> texts.run());
    texts.run();
    VBox panel = new VBox(question, countdown, more, finish);
    panel.getStyleClass().add("idle-panel");
    panel.setMaxWidth(960);
    panel.setMaxHeight(Region.USE_PREF_SIZE);
    StackPane overlay = new StackPane(panel);
    overlay.setId("idle-overlay");
    overlay.getStyleClass().add("overlay");
    overlay.visibleProperty().bind(vm.idleWarningProperty());
    return overlay;
  }

  private static Label title(String s) {
    Label l = text(s, "title");
    l.setId("title");
    return l;
  }

  private static Label text(String s, String styleClass) {
    Label l = new Label(s);
    l.getStyleClass().add(styleClass);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  /** A button with a bold name and a plain explanation under it. */
  private static Button twoLineButton(
      String id, String name, String explanation, String styleClass, Runnable action) {
    Label first = text(name, "button-name");
    Label second = text(explanation, "button-explanation");
    VBox lines = new VBox(first, second);
    lines.setSpacing(4);
    lines.setMouseTransparent(true);
    Button b = button(id, "", styleClass, action);
    b.setGraphic(lines);
    b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    b.setAccessibleText(name + ". " + explanation);
    return b;
  }

  private static Button button(String id, String label, String styleClass, Runnable action) {
    Button b = new Button(label);
    b.setId(id);
    b.getStyleClass().add(styleClass);
    b.setWrapText(true);
    b.setMaxWidth(Double.MAX_VALUE);
    b.setMinHeight(Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }
}
