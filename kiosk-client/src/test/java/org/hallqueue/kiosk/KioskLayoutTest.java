package org.hallqueue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.settings.KioskSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every kiosk screen (start, every question, services, results, calculator, lane, ticket, "more
 * time?", check-in, booking, booked, server away) laid out for an older visitor at 1080×1920 (MIIT
 * 适老化, WCAG 2.2), in both languages, with normal and large text: sizes, targets, contrast, nothing
 * cut off, no scrolling on the start, question and lane screens (see {@link LayoutCheck}); and a
 * pictogram for every service and lane of the demo office.
 */
class KioskLayoutTest extends KioskRobot {

  private Kiosk kiosk;
  private KioskViewModel vm;
  private AdjustableClock clock;
  private final List<String> problems = new ArrayList<>();

  @AfterEach
  void closeKiosk() throws Exception {
    if (kiosk != null) {
      Screenshots.fx(kiosk::close);
    }
  }

  private void startKiosk() throws Exception {
    Properties p = new Properties();
    p.setProperty("server.url", server.url().toString());
    p.setProperty("device.token", server.kioskToken("Kiosk layout"));
    p.setProperty("printer.uri", "");
    p.setProperty("floorplan.kiosk-id", "kiosk-1");
    KioskSettings settings = KioskSettings.from(p).settings();
    clock = new AdjustableClock();
    kiosk = Screenshots.fx(() -> new Kiosk(settings, quickRetries(), clock, Speech.none()));
    vm = kiosk.viewModel();
    showAtTheStart(kiosk);
  }

  @Test
  void shouldLayOutEveryScreenForOlderVisitorsInBothLanguagesAndSizes() throws Exception {
    startKiosk();
    Catalog catalog = vm.guidance().catalogProperty().get();
    Map<String, List<Integer>> questions = pathsToEveryQuestion(catalog.guidance());
    assertThat(questions).hasSizeGreaterThan(3);
    for (boolean large : new boolean[] {false, true}) {
      for (Lang lang : Lang.values()) {
        String mode = lang.tag() + (large ? " large" : "");
        begin(large);
        check("start " + mode, large, true);
        for (var question : questions.entrySet()) {
          begin(large);
          Screenshots.fx(() -> vm.welcome().chooseLanguage(lang));
          for (int answer : question.getValue()) {
            Screenshots.fx(() -> vm.guidance().answer(answer));
          }
          check("question " + question.getKey() + " " + mode, large, true);
          answersWithoutAPictogram(question.getKey());
        }
        Screenshots.fx(vm.guidance()::showServices);
        check("services " + mode, large, false);
        for (Catalog.Service service : catalog.services()) {
          Screenshots.fx(() -> vm.guidance().chooseService(service.code()));
          check("result " + service.code() + " " + mode, large, false);
          if (Screenshots.fx(() -> isShown("#pension-open"))) {
            Screenshots.fx(() -> ((Button) lookup("#pension-open").query()).fire());
            await(() -> isShown("#pension-contribution"), "the calculator's estimate");
            checkOver("#pension-panel", "calculator " + mode, large);
            Screenshots.fx(() -> ((Button) lookup("#pension-close").query()).fire());
          }
          Screenshots.fx(vm.guidance()::takeTicket);
          check("lane " + service.code() + " " + mode, large, true);
          Screenshots.fx(vm::back);
          Screenshots.fx(vm::back);
        }
        Screenshots.fx(() -> vm.guidance().chooseService("A"));
        Screenshots.fx(vm.guidance()::takeTicket);
        Screenshots.fx(() -> vm.lane().chooseLane("standard"));
        await(() -> vm.screenProperty().get() == Screen.TICKET, "the ticket");
        check("ticket " + mode, large, false);
        clock.advance(Duration.ofSeconds(61));
        Screenshots.fx(vm.welcome()::tick);
        checkOver("#idle-overlay", "more time " + mode, large);
        Screenshots.fx(vm.welcome()::moreTime);
        begin(large);
        Screenshots.fx(vm.appointments()::startCheckIn);
        check("check-in " + mode, large, false);
        begin(large);
        Screenshots.fx(() -> vm.welcome().chooseLanguage(lang));
        Screenshots.fx(vm.guidance()::showServices);
        Screenshots.fx(() -> vm.guidance().chooseService("A"));
        Screenshots.fx(vm.appointments()::bookReturnVisit);
        await(() -> !vm.appointments().slotsProperty().get().isEmpty(), "the free slots");
        check("booking " + mode, large, false);
        Screenshots.fx(
            () -> vm.appointments().choose(vm.appointments().slotsProperty().get().get(0)));
        await(() -> vm.screenProperty().get() == Screen.BOOKED, "the booking");
        check("booked " + mode, large, false);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldLayOutTheServerIsAwayScreenForOlderVisitors() throws Exception {
    Properties p = new Properties();
    p.setProperty("server.url", "http://127.0.0.1:9");
    p.setProperty("device.token", "none");
    KioskSettings settings = KioskSettings.from(p).settings();
    kiosk =
        Screenshots.fx(
            () -> new Kiosk(settings, quickRetries(), new AdjustableClock(), Speech.none()));
    vm = kiosk.viewModel();
    Screenshots.fx(() -> stage.setScene(new Scene(kiosk.root(), 1080, 1920)));
    Screenshots.fx(vm::start);
    await(() -> vm.screenProperty().get() == Screen.UNREACHABLE, "the unreachable screen");
    check("unreachable", false, true);
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldTurnOnElderlyModeWithOneTouchOnTheStartScreen() throws Exception {
    startKiosk();
    tap("#elderly-mode");
    assertThat(vm.accessibility().largeTextProperty().get()).isTrue();
    assertThat(text("#notice")).contains("语音"); // no speech engine in the tests: said plainly
    problems.addAll(
        Screenshots.fx(() -> LayoutCheck.problems(stage.getScene(), LayoutCheck.LARGE, true)));
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldPageALongScreenDownAndBackWithTheBigCues() throws Exception {
    startKiosk();
    tap("#bar-large");
    tap("#lang-en");
    tap("#know-service");
    assertThat(Screenshots.fx(() -> LayoutCheck.shown(lookup("#more-below").query()))).isTrue();
    assertThat(Screenshots.fx(() -> LayoutCheck.shown(lookup("#more-above").query()))).isFalse();

    int pages = 0;
    while (Screenshots.fx(() -> LayoutCheck.shown(lookup("#more-below").query())) && pages < 10) {
      clickOn("#more-below");
      pages++;
    }

    assertThat(pages).as("pages to the end").isBetween(1, 4);
    assertThat(Screenshots.fx(() -> LayoutCheck.shown(lookup("#more-above").query()))).isTrue();
    List<Catalog.Service> services = vm.guidance().catalogProperty().get().services();
    String last = "#service-" + services.get(services.size() - 1).code();
    Screenshots.fx(
        () -> {
          var b = lookup(last).query().localToScene(lookup(last).query().getLayoutBounds());
          var cue = lookup("#more-above").query();
          var top = cue.localToScene(cue.getLayoutBounds());
          assertThat(b.getMinY())
              .as("the last service below the top cue")
              .isGreaterThan(top.getMaxY());
          assertThat(b.getMaxY()).as("the last service on screen").isLessThan(1920);
        });
    clickOn("#more-above");
    assertThat(Screenshots.fx(() -> LayoutCheck.shown(lookup("#more-below").query()))).isTrue();
  }

  @Test
  void shouldGiveEveryDemoServiceAndLaneAPictogramOfItsOwn() throws Exception {
    startKiosk();
    tap("#lang-en");
    tap("#know-service");
    Catalog catalog = vm.guidance().catalogProperty().get();
    Set<String> services = new HashSet<>();
    for (Catalog.Service s : catalog.services()) {
      services.add(pictogram("#service-" + s.code()));
    }
    assertThat(services).hasSize(catalog.services().size()).doesNotContain("pictogram-fallback");
    tap("#service-A");
    tap("#take-ticket");
    Set<String> lanes = new HashSet<>();
    for (Catalog.Lane l : catalog.lanes()) {
      lanes.add(pictogram("#lane-" + l.code()));
    }
    assertThat(lanes).hasSize(catalog.lanes().size()).doesNotContain("pictogram-fallback");
  }

  /** Every answer shows where it leads: a service's, "ask staff" or "information" pictogram. */
  private void answersWithoutAPictogram(String question) throws Exception {
    List<String> found =
        Screenshots.fx(
            () -> {
              List<String> missing = new ArrayList<>();
              if (lookup(".answer").queryAll().isEmpty()) {
                missing.add(question + ": no answers on screen");
              }
              for (Node answer : lookup(".answer").queryAll()) {
                Node p = answer.lookup(".pictogram");
                if (p == null || p.getId().equals("pictogram-fallback")) {
                  missing.add(question + ": " + answer.getId() + " has no pictogram of its own");
                }
              }
              return missing;
            });
    problems.addAll(found);
  }

  private String pictogram(String button) throws Exception {
    return Screenshots.fx(
        () -> {
          Node n = lookup(button).query().lookup(".pictogram");
          assertThat(n).as("the pictogram of " + button).isNotNull();
          return n.getId();
        });
  }

  private boolean isShown(String query) {
    return lookup(query).tryQuery().map(LayoutCheck::shown).orElse(false);
  }

  private void begin(boolean large) throws Exception {
    Screenshots.fx(vm::startOver);
    if (large) {
      Screenshots.fx(vm.accessibility()::toggleLargeText);
    }
  }

  private void check(String screen, boolean large, boolean mustFit) throws Exception {
    Callable<List<String>> found =
        () ->
            LayoutCheck.problems(
                stage.getScene(), large ? LayoutCheck.LARGE : LayoutCheck.NORMAL, mustFit);
    pulse();
    List<String> first = Screenshots.fx(found);
    if (!first.isEmpty()) {
      // what a server's answer showed between two frames (the calculator's offer) settles first
      Thread.sleep(300);
      pulse();
      first = Screenshots.fx(found);
    }
    first.forEach(p -> problems.add(screen + ": " + p));
  }

  /** Lets a pulse pass, so what an answer from the server just showed is styled as on screen. */
  private static void pulse() throws Exception {
    Screenshots.fx(() -> stage.getScene().getRoot().requestLayout());
    Thread.sleep(40);
    Screenshots.fx(() -> {});
  }

  /** Checks only the panel over the screen that holds {@code query}. */
  private void checkOver(String query, String screen, boolean large) throws Exception {
    pulse();
    List<String> found =
        Screenshots.fx(
            () -> {
              Node panel = lookup(query).query();
              for (Node n = panel; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane) {
                  panel = n.getParent();
                }
              }
              return LayoutCheck.problems(
                  stage.getScene(), panel, large ? LayoutCheck.LARGE : LayoutCheck.NORMAL, false);
            });
    found.forEach(p -> problems.add(screen + ": " + p));
  }

  /** The answers that lead from the first question to each question, the shortest way. */
  private static Map<String, List<Integer>> pathsToEveryQuestion(Catalog.Guidance guidance) {
    Map<String, List<Integer>> paths = new LinkedHashMap<>();
    List<String> queue = new ArrayList<>(List.of(guidance.start()));
    paths.put(guidance.start(), List.of());
    while (!queue.isEmpty()) {
      String id = queue.remove(0);
      List<Catalog.Answer> answers = guidance.question(id).orElseThrow().answers();
      for (int i = 0; i < answers.size(); i++) {
        String next = answers.get(i).next().orElse(null);
        if (next != null && !paths.containsKey(next) && guidance.question(next).isPresent()) {
          List<Integer> path = new ArrayList<>(paths.get(id));
          path.add(i);
          paths.put(next, path);
          queue.add(next);
        }
      }
    }
    return paths;
  }
}
