package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.kiosk.flow.KioskViewModelTest.await;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.AdjustableClock;
import org.hallqueue.kiosk.TestServers;
import org.hallqueue.kiosk.server.HttpQueueApi;
import org.hallqueue.kiosk.server.LearningClient;
import org.hallqueue.kiosk.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Voice over the learning layers, against the real queue server: the idle slide, the game "Insure
 * or not?" step by step to its end, and the pension calculator, in both languages.
 */
class LearningVoiceTest {

  private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2);
  private final AdjustableClock clock = new AdjustableClock();
  private final RecordingSpeech recording = new RecordingSpeech();
  private final List<String> spoken = recording.spoken();
  private KioskViewModel vm;
  private LearningClient learning;

  @BeforeEach
  void start() throws Exception {
    URI server = TestServers.url();
    String token = TestServers.kioskToken("Kiosk voice");
    vm =
        new KioskViewModel(
            new HttpQueueApi(server, token, Duration.ofSeconds(5)),
            Optional.empty(),
            recording,
            Texts.bundled(),
            clock,
            Runnable::run,
            background,
            KioskViewModel.Options.defaults("kiosk-1"));
    learning = new LearningClient(server, token, Duration.ofSeconds(5));
    vm.start();
    await(() -> vm.screenProperty().get() == Screen.START);
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
  }

  private String said() {
    return spoken.get(spoken.size() - 1);
  }

  @Test
  void shouldReadTheSlideAndEveryStepOfTheGameUntilItsQuestion() {
    LearningViewModel game =
        new LearningViewModel(
            learning,
            vm.accessibility(),
            vm.screenProperty(),
            Runnable::run,
            background,
            Duration.ofMillis(50),
            new Random(7));
    vm.readAlsoOver(game::spoken);
    vm.accessibility().toggleVoice();
    await(() -> game.slideProperty().get() && said().contains("Insure or not"));
    assertThat(said()).startsWith("zh-CN: ").contains("保还是不保", "Insure or not");

    game.start(Lang.EN);
    assertThat(said()).startsWith("en: Insure or not").contains("Choice 1:", "Choice 2:");
    assertThat(vm.spokenText()).isEqualTo(said().substring("en: ".length()));

    game.choose(true);
    assertThat(said()).contains(vm.accessibility().text(game.outcome())).doesNotContain("Choice");
    vm.accessibility().switchLanguage();
    assertThat(said()).startsWith("zh-CN: ").contains(vm.accessibility().text(game.outcome()));
    vm.accessibility().switchLanguage();

    while (!game.game().finished()) {
      game.choose(true);
      game.next();
    }
    assertThat(said())
        .contains(vm.accessibility().text(game.scriptProperty().get().question()))
        .contains("Choice 1:")
        .doesNotContain("{pension}", "{years}");

    game.close();
    assertThat(vm.spokenText()).contains("Please touch your language");
  }

  @Test
  void shouldReadTheCalculatorsFiguresAndItsEstimateInEachLanguage() {
    PensionCalculatorViewModel calculator =
        new PensionCalculatorViewModel(
            learning,
            vm.accessibility(),
            vm.screenProperty(),
            vm.guidance().serviceProperty(),
            Runnable::run,
            background,
            clock,
            ZoneId.of("Asia/Shanghai"));
    vm.readAlsoOver(calculator::spoken);
    vm.accessibility().toggleVoice();
    vm.welcome().chooseLanguage(Lang.EN);
    while (vm.screenProperty().get() == Screen.QUESTION) {
      vm.guidance().answer(0);
    }
    await(() -> calculator.offeredProperty().get());

    calculator.open();
    await(() -> said().contains("You pay each month"));
    assertThat(said())
        .startsWith("en: Contribution and pension calculator. Contribution base: 60%")
        .contains("Years of contributions: 15.", "You pay each month: 960 yuan.")
        .contains("Pension each month, about:")
        .endsWith("ask at the counter or look in the 12333 mobile app.");

    vm.accessibility().switchLanguage();
    assertThat(said()).startsWith("zh-CN: ").contains("每月要交：960 元");

    calculator.close();
    assertThat(calculator.spoken()).isEmpty();
  }
}
