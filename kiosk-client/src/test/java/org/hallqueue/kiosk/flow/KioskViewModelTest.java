package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.AdjustableClock;
import org.hallqueue.kiosk.TestServers;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.HttpQueueApi;
import org.hallqueue.kiosk.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The view-model without a screen, against the real queue server. */
class KioskViewModelTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2);
  private final AdjustableClock clock = new AdjustableClock();
  private final RecordingSpeech recording = new RecordingSpeech();
  private final List<String> spoken = recording.spoken();
  private KioskViewModel vm;

  @BeforeEach
  void start() throws Exception {
    var server = org.hallqueue.kiosk.TestServers.url();
    var token = org.hallqueue.kiosk.TestServers.kioskToken("Kiosk view-model");
    vm =
        new KioskViewModel(
            new HttpQueueApi(server, token, Duration.ofSeconds(5)),
            Optional.empty(),
            recording,
            Texts.bundled(),
            clock,
            Runnable::run,
            background,
            new KioskViewModel.Options(
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                Duration.ofMillis(100),
                Duration.ofSeconds(1),
                "kiosk-2",
                ZoneId.of("Asia/Shanghai")));
    vm.start();
    await(() -> vm.screenProperty().get() == Screen.START);
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
  }

  @Test
  void shouldWalkTheGuidanceForwardAndBack() {
    vm.welcome().chooseLanguage(Lang.EN);
    String first = vm.guidance().questionProperty().get().id();
    vm.guidance().answer(0);
    assertThat(vm.guidance().stepProperty().get()).isEqualTo(2);
    assertThat(vm.canGoBack()).isTrue();

    vm.back();
    assertThat(vm.guidance().questionProperty().get().id()).isEqualTo(first);
    assertThat(vm.guidance().stepProperty().get()).isEqualTo(1);

    vm.back();
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.START);
    assertThat(vm.accessibility().langProperty().get()).isEqualTo(Lang.ZH_CN);
  }

  @Test
  void shouldEndInAServiceWithItsDocumentsOrInAnAnswerWithoutTicket() {
    vm.welcome().chooseLanguage(Lang.ZH_CN);
    vm.guidance().answer(4); // "not sure": staff help
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.RESULT);
    assertThat(vm.guidance().outcomeProperty().get().kind().name()).isEqualTo("STAFF");
    assertThat(vm.guidance().serviceProperty().get()).isNull();

    vm.back();
    vm.guidance().answer(0);
    vm.guidance().answer(0);
    vm.guidance().answer(0);
    vm.guidance().answer(0);
    assertThat(vm.guidance().serviceProperty().get().code()).isEqualTo("A");
    assertThat(vm.guidance().serviceProperty().get().documents()).isNotEmpty();
    assertThat(vm.accessibility().text(vm.ticket().waitingArea())).isEqualTo("A区等候区");
    assertThat(vm.ticket().route()).isPresent();
  }

  @Test
  void shouldIssueAScreenOnlyTicketWhenTheKioskHasNoPrinter() {
    vm.welcome().chooseLanguage(Lang.EN);
    vm.guidance().showServices();
    vm.guidance().chooseService("B");
    vm.guidance().takeTicket();
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.LANE);
    vm.lane().chooseLane("women");
    await(() -> vm.screenProperty().get() == Screen.TICKET);

    assertThat(vm.ticket().ticketProperty().get().number()).startsWith("B");
    assertThat(vm.ticket().ticketProperty().get().trackingUrl()).contains("/t/");
    assertThat(vm.ticket().printStateProperty().get()).isEqualTo(PrintState.NO_PRINTER);
    assertThat(vm.canGoBack()).isFalse();
  }

  @Test
  void shouldReadEachScreenAloudWhenVoiceIsOn() {
    vm.accessibility().toggleVoice();
    vm.welcome().chooseLanguage(Lang.EN);

    assertThat(spoken)
        .last()
        .asString()
        .startsWith("en: What brings you here today?")
        .contains("Choice 1:");
    vm.accessibility().toggleVoice();
    vm.guidance().answer(0);
    assertThat(spoken).as("nothing said once voice is off").last().isEqualTo("(silence)");
  }

  @Test
  void shouldWarnBeforeForgettingAnIdleVisitor() {
    vm.welcome().chooseLanguage(Lang.EN);
    vm.guidance().answer(0);
    clock.advance(Duration.ofSeconds(59));
    vm.welcome().tick();
    assertThat(vm.welcome().idleWarningProperty().get()).isFalse();

    clock.advance(Duration.ofSeconds(2));
    vm.welcome().tick();
    assertThat(vm.welcome().idleWarningProperty().get()).isTrue();
    assertThat(vm.welcome().idleSecondsLeftProperty().get()).isGreaterThanOrEqualTo(20);

    clock.advance(Duration.ofSeconds(29));
    vm.welcome().tick();
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.QUESTION);
    clock.advance(Duration.ofSeconds(2));
    vm.welcome().tick();
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.START);
    assertThat(vm.guidance().questionProperty().get()).isNull();
    assertThat(vm.accessibility().langProperty().get()).isEqualTo(Lang.ZH_CN);
  }

  @Test
  void shouldReloadAnOldCatalogWhenAVisitIsOverEvenWithoutTheEventStream() throws Exception {
    // this view-model has no event stream: only the safety net on the start screen reloads
    long loads = vm.connection().catalogLoads();
    String created = TestServers.asManager("POST", "/api/v1/admin/services", service("J"), 201);
    Runnable remove = removal("J", created);
    try {
      vm.welcome().chooseLanguage(Lang.EN);
      vm.startOver();
      assertThat(vm.connection().catalogLoads()).as("a fresh catalog is kept").isEqualTo(loads);

      clock.advance(Duration.ofMinutes(6));
      vm.welcome().chooseLanguage(Lang.EN);
      vm.startOver();
      await(() -> vm.connection().catalogProperty().get().service("J").isPresent());
      assertThat(vm.screenProperty().get()).isEqualTo(Screen.START);
    } finally {
      remove.run();
    }
  }

  @Test
  void shouldKeepAServiceARemovedOnScreenAndRefuseItsTicketPlainly() throws Exception {
    String created = TestServers.asManager("POST", "/api/v1/admin/services", service("K"), 201);
    vm.connection().reloadCatalog();
    await(() -> vm.connection().catalogProperty().get().service("K").isPresent());
    vm.welcome().chooseLanguage(Lang.EN);
    vm.guidance().showServices();
    vm.guidance().chooseService("K");

    removal("K", created).run();
    vm.connection().reloadCatalog();
    await(() -> vm.connection().catalogProperty().get().service("K").isEmpty());

    assertThat(vm.screenProperty().get()).isEqualTo(Screen.RESULT);
    assertThat(vm.guidance().serviceProperty().get().code())
        .as("what the visitor reads stays")
        .isEqualTo("K");
    vm.guidance().takeTicket();
    vm.lane().chooseLane("standard");
    await(() -> !vm.accessibility().noticeProperty().get().isEmpty());
    assertThat(vm.accessibility().noticeProperty().get()).isEqualTo("notice.ticketRefused");
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.LANE);
    vm.guidance().chooseService("K"); // a stale touch on a service that is gone does nothing
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.LANE);
  }

  @Test
  void shouldLetAVisitorFinishAQuestionThatAManagerRemovedMeanwhile() throws Exception {
    String original = TestServers.get("/api/v1/guidance");
    ObjectNode guidance = (ObjectNode) JSON.readTree(original);
    ObjectNode first = null;
    for (JsonNode q : guidance.get("questions")) {
      if (q.get("id").asString().equals(guidance.get("start").asString())) {
        first = (ObjectNode) q;
      }
    }
    for (JsonNode a : first.get("answers")) {
      ((ObjectNode) a).remove("next");
      ((ObjectNode) a)
          .set(
              "result",
              JSON.readTree(
                  "{\"kind\":\"SERVICE\",\"service\":\"A\",\"message\":"
                      + "{\"zh-CN\":\"请办理A业务\",\"en\":\"Please use service A\"}}"));
    }
    guidance.putArray("questions").add(first);
    vm.welcome().chooseLanguage(Lang.EN);
    vm.guidance().answer(0);
    Catalog.Question second = vm.guidance().questionProperty().get();
    try {
      TestServers.asManager("PUT", "/api/v1/guidance", guidance.toString(), 200);
      vm.connection().reloadCatalog();
      await(() -> vm.connection().catalogProperty().get().guidance().questions().size() == 1);

      assertThat(vm.guidance().questionProperty().get())
          .as("the question on screen stays")
          .isEqualTo(second);
      vm.guidance().answer(0);
      assertThat(vm.screenProperty().get()).isIn(Screen.RESULT, Screen.QUESTION);
      vm.startOver();
      vm.welcome().chooseLanguage(Lang.EN);
      vm.guidance().answer(0);
      assertThat(vm.screenProperty().get()).isEqualTo(Screen.RESULT);
      assertThat(vm.guidance().serviceProperty().get().code()).isEqualTo("A");
    } finally {
      TestServers.asManager("PUT", "/api/v1/guidance", original, 200);
    }
  }

  private static String service(String code) {
    return """
        {"code":"%s","name":{"zh-CN":"测试业务%s","en":"Test service %s"},
         "description":{"zh-CN":"测试","en":"A test"},"expectedServiceSeconds":120,
         "documents":[],"zone":"zone-a","sortOrder":97}
        """
        .formatted(code, code, code);
  }

  private static Runnable removal(String code, String created) throws Exception {
    long version = JSON.readTree(created).get("version").asLong();
    return () -> {
      try {
        TestServers.asManager(
            "DELETE", "/api/v1/admin/services/" + code + "?version=" + version, null, 204);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    };
  }

  /** Waits up to 15 s for the condition (answers arrive on the background threads). */
  static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }
}
