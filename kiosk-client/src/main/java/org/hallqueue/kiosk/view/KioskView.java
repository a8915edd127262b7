package org.hallqueue.kiosk.view;

import static org.hallqueue.kiosk.view.Widgets.bind;
import static org.hallqueue.kiosk.view.Widgets.button;
import static org.hallqueue.kiosk.view.Widgets.shownWhen;
import static org.hallqueue.kiosk.view.Widgets.words;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import org.hallqueue.kiosk.flow.AccessibilityViewModel;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.flow.StaffPin;

/**
 * The kiosk's window content: a header (back, language), the screen on show, and the help bar at
 * the bottom, with the idle question over them. Every screen's view is built once; this shell only
 * swaps which one the visitor sees.
 */
public final class KioskView {

  /**
   * Normal text size in px at 1080×1920 (1 px = 1 dp-equivalent, about 0.25 mm on a 21.5" portrait
   * screen): body text at least 34, buttons and answers larger by their style.
   */
  public static final double BASE_FONT = 34;

  /** Large text: half as large again, so the start, question and lane screens still fit. */
  public static final double LARGE_FONT = 48;

  private final KioskViewModel vm;
  private final StackPane root = new StackPane();
  private final Pager pager;
  private final Map<Screen, Parent> screens = new EnumMap<>(Screen.class);
  private final StaffPin staffPin;

  /** {@code staffPin}: the PIN that shows staff a fault's technical reason. */
  public KioskView(KioskViewModel vm, StaffPin staffPin) {
    this.vm = vm;
    this.staffPin = staffPin;
    String fontFamily = cjkFontFamily();
    AccessibilityViewModel words = vm.accessibility();
    root.getStyleClass().add("kiosk");
    root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
    root.styleProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    "-fx-font-family: '"
                        + fontFamily
                        + "'; -fx-font-size: "
                        + fontSize(words.largeTextProperty().get())
                        + "px;",
                words.largeTextProperty()));
    pager = new Pager(words);
    // large text packs some parts closer (kiosk.css: .large-text) so the screens still fit
    words
        .largeTextProperty()
        .addListener(
            (o, was, large) -> {
              root.getStyleClass().remove("large-text");
              if (large) {
                root.getStyleClass().add("large-text");
              }
            });
    screens.put(Screen.LOADING, new LoadingView(words).root());
    screens.put(Screen.UNREACHABLE, new UnreachableView(vm.connection(), words, staffPin).root());
    screens.put(
        Screen.START, new WelcomeView(vm.welcome(), words, vm.appointments()::startCheckIn).root());
    screens.put(Screen.QUESTION, new QuestionView(vm.guidance(), words).root());
    screens.put(
        Screen.RESULT,
        new ResultView(vm.guidance(), words, vm.appointments()::bookReturnVisit).root());
    screens.put(Screen.SERVICES, new ServicesView(vm.guidance(), words).root());
    screens.put(Screen.LANE, new LaneView(vm.lane(), words).root());
    screens.put(Screen.ISSUING, new IssuingView(words).root());
    screens.put(Screen.TICKET, new TicketView(vm.ticket(), words, fontFamily).root());
    screens.put(Screen.BOOKING, new BookingView(vm.appointments(), words).root());
    screens.put(
        Screen.BOOKED, new BookedView(vm.appointments(), words, vm::startOver, vm.zone()).root());
    screens.put(Screen.CHECK_IN, new CheckInView(vm.appointments(), words).root());
    BorderPane main =
        new BorderPane(
            pager.root(),
            header(words),
            null,
            new HelpBar(words, vm.screenProperty()).root(),
            null);
    root.getChildren().addAll(main, new IdleOverlay(vm.welcome(), words).root());
    root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.touched());
    vm.screenProperty().addListener(o -> show());
    // a new question starts at its top; any other change keeps the visitor's place
    vm.guidance().questionProperty().addListener(o -> pager.top());
    show();
  }

  public Parent root() {
    return root;
  }

  /** The root text size in px, normal or large. */
  public static double fontSize(boolean large) {
    return large ? LARGE_FONT : BASE_FONT;
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

  private void show() {
    staffPin.lock(); // a fault's technical reason never stays open for the next person
    pager.show(screens.get(vm.screenProperty().get()));
  }

  private HBox header(AccessibilityViewModel words) {
    Button back = button("back", "secondary", vm::back);
    bind(back, words, () -> "‹ " + words.text("nav.back"));
    shownWhen(back, vm.canGoBackProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button language =
        words(button("lang-switch", "secondary", words::switchLanguage), words, "lang.switch");
    HBox header = new HBox(back, spacer, language);
    header.getStyleClass().add("header");
    var screen = vm.screenProperty();
    shownWhen(
        header,
        Bindings.createBooleanBinding(
            () ->
                screen.get() != Screen.LOADING
                    && screen.get() != Screen.UNREACHABLE
                    && screen.get() != Screen.START,
            screen));
    return header;
  }
}
