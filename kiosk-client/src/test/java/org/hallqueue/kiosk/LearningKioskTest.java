package org.hallqueue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.settings.KioskSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Learning while waiting on the real kiosk (TestFX, Monocle) against the real server: the idle
 * slide opens the game, which is played to the end and counted; the guidance result for flexible
 * workers offers the pension calculator, in both languages.
 */
class LearningKioskTest extends KioskRobot {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private Kiosk kiosk;
  private KioskViewModel vm;

  private void startKiosk(int quietSeconds) throws Exception {
    System.setProperty("hallqueue.learning.quiet-seconds", String.valueOf(quietSeconds));
    Properties p = new Properties();
    p.setProperty("server.url", server.url().toString());
    p.setProperty("device.token", server.kioskToken("Learning kiosk"));
    p.setProperty("floorplan.kiosk-id", "kiosk-1");
    KioskSettings settings = KioskSettings.from(p).settings();
    KioskViewModel.Options options =
        new KioskViewModel.Options(
            Duration.ofSeconds(120),
            Duration.ofSeconds(20),
            Duration.ofMillis(200),
            Duration.ofMillis(800),
            "kiosk-1",
            ZoneId.of("Asia/Shanghai"));
    kiosk =
        Screenshots.fx(() -> new Kiosk(settings, options, new AdjustableClock(), Speech.none()));
    vm = kiosk.viewModel();
    showAtTheStart(kiosk);
    Files.createDirectories(SHOTS);
  }

  @AfterEach
  void closeKiosk() throws Exception {
    System.clearProperty("hallqueue.learning.quiet-seconds");
    if (kiosk != null) {
      Screenshots.fx(kiosk::close);
    }
  }

  private boolean visible(String query) {
    return lookup(query).tryQuery().map(Node::isVisible).orElse(false)
        && lookup(query).query().getParent() != null
        && isShown(lookup(query).query());
  }

  private static boolean isShown(Node n) {
    for (Node x = n; x != null; x = x.getParent()) {
      if (!x.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private void tapShown(String query) throws Exception {
    await(() -> visible(query), query);
    tap(query);
  }

  private long kioskCount(String field) throws Exception {
    String body = TestServers.asManager("GET", "/api/v1/admin/learning", null, 200);
    Matcher m = Pattern.compile("\"channel\":\"KIOSK\"[^}]*\"" + field + "\":(\\d+)").matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** Every button on show is at least 60×60 px: the elderly-mode touch target at normal size. */
  private void assertTouchTargets(String panel) throws Exception {
    Screenshots.fx(
        () ->
            lookup(panel + " .button").queryAll().stream()
                .filter(LearningKioskTest::isShown)
                .forEach(
                    b ->
                        assertThat(b.getBoundsInLocal().getHeight())
                            .as(((Labeled) b).getText())
                            .isGreaterThanOrEqualTo(60)));
  }

  @Test
  void shouldOfferTheGameWhenIdleAndCountAGamePlayedToTheEnd() throws Exception {
    startKiosk(1);
    long started = kioskCount("started");
    long finished = kioskCount("finished");
    long yes = kioskCount("yes");

    await(() -> visible("#learning-slide"), "the idle slide");
    assertThat(text("#learning-slide-title")).contains("保还是不保").contains("Insure or not");
    Screenshots.shot(stage.getScene(), SHOTS, "kiosk-learning-slide");

    tapShown("#learning-play-zh");
    await(() -> visible("#learning-game"), "the game");
    assertThat(text("#learning-scene")).contains("960 元");
    Screenshots.shot(stage.getScene(), SHOTS, "kiosk-learning-step-zh");
    assertTouchTargets("#learning-game");
    int steps = 0;
    while (visible("#learning-insure")) {
      tapShown("#learning-insure");
      await(() -> visible("#learning-outcome"), "the outcome");
      tapShown("#learning-next");
      steps++;
    }
    assertThat(steps).isEqualTo(4);
    assertThat(text("#learning-ending")).contains("交了 35 年");
    assertThat(text("#learning-fits")).contains("灵活就业人员参保");
    tapShown("#learning-answer-YES");
    await(() -> visible("#learning-thanks"), "the thanks");
    Screenshots.shot(stage.getScene(), SHOTS, "kiosk-learning-end-zh");
    assertTouchTargets("#learning-game");

    awaitTrue(() -> count("yes") == yes + 1, "the answer counted");
    assertThat(kioskCount("started")).isEqualTo(started + 1);
    assertThat(kioskCount("finished")).isEqualTo(finished + 1);

    tapShown("#learning-close");
    await(() -> !visible("#learning-game"), "the game closed");
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.START);
  }

  private long count(String field) {
    try {
      return kioskCount(field);
    } catch (Exception e) {
      return -1;
    }
  }

  @Test
  void shouldOfferTheCalculatorOnTheEnrolmentResultInBothLanguages() throws Exception {
    startKiosk(600);
    tap("#lang-en");
    await(() -> vm.screenProperty().get() == Screen.QUESTION, "the first question");
    while (vm.screenProperty().get() == Screen.QUESTION) {
      tap("#answer-0");
    }
    assertThat(text("#service-name")).isEqualTo("Enrolment for flexible workers");
    tapShown("#pension-open");
    await(() -> visible("#pension-contribution"), "the estimate");
    assertThat(text("#pension-contribution")).isEqualTo("You pay each month: 960 yuan");
    for (int i = 0; i < 5; i++) {
      tapShown("#pension-YEARS-up");
    }
    await(() -> text2("#pension-pension").endsWith("1,943 yuan"), "the pension for 20 years");
    assertThat(text("#pension-YEARS")).isEqualTo("Years of contributions: 20");
    assertTouchTargets("#pension-panel");
    Screenshots.shot(stage.getScene(), SHOTS, "kiosk-calculator-en");

    Screenshots.fx(() -> vm.accessibility().switchLanguage());
    await(() -> vm.accessibility().langProperty().get() == Lang.ZH_CN, "Chinese");
    await(() -> text2("#pension-contribution").equals("每月要交：960 元"), "the Chinese texts");
    assertThat(text2("#pension-panel .checklist")).startsWith("•  缴费基数 = 社平工资 8,000 × 0.6");
    Screenshots.shot(stage.getScene(), SHOTS, "kiosk-calculator-zh");

    tapShown("#pension-close");
    await(() -> visible("#pension-open"), "the calculator closed, still offered");
  }

  /**
   * A label's text, read where the caller is (await already runs its condition on the FX thread).
   */
  private String text2(String query) {
    return lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
  }
}
