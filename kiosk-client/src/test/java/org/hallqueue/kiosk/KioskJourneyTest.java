package org.hallqueue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.Scene;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.PrintState;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.server.HttpQueueApi;
import org.hallqueue.kiosk.server.Ticket;
import org.hallqueue.kiosk.settings.KioskSettings;
import org.hallqueue.printer.PrinterEmulator;
import org.hallqueue.printer.SocatPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Visitor journeys on the real kiosk screens (TestFX, Monocle headless) against the real queue
 * server and a printer emulator on a socat pty.
 */
class KioskJourneyTest extends KioskRobot {

  @TempDir Path tmp;
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private Kiosk kiosk;
  private KioskViewModel vm;
  private AdjustableClock clock;

  @AfterEach
  void closeEverything() throws Exception {
    if (kiosk != null) {
      Screenshots.fx(kiosk::close);
    }
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  private void startKiosk(java.net.URI serverUrl, String printerUri) throws Exception {
    Properties p = new Properties();
    p.setProperty("server.url", serverUrl.toString());
    p.setProperty("device.token", server.kioskToken("Kiosk test"));
    p.setProperty("printer.uri", printerUri);
    p.setProperty("floorplan.kiosk-id", "kiosk-1");
    KioskSettings settings = KioskSettings.from(p).settings();
    clock = new AdjustableClock();
    KioskViewModel.Options options =
        new KioskViewModel.Options(
            Duration.ofSeconds(60),
            Duration.ofSeconds(20),
            Duration.ofMillis(200),
            Duration.ofMillis(800),
            "kiosk-1",
            ZoneId.of("Asia/Shanghai"));
    kiosk = Screenshots.fx(() -> new Kiosk(settings, options, clock, Speech.none()));
    vm = kiosk.viewModel();
    showAtTheStart(kiosk);
  }

  private SocatPair printer() throws Exception {
    SocatPair pair = SocatPair.start(tmp);
    toClose.add(pair);
    return pair;
  }

  @Test
  void shouldGuideAChineseVisitorToAPrintedTicket() throws Exception {
    SocatPair printer = printer();
    startKiosk(server.url(), printer.uri("baud=115200&timeout=1500"));

    tap("#lang-zh");
    assertThat(text("#title")).isEqualTo("您今天来办什么事？");
    tap("#answer-0");
    tap("#back");
    assertThat(text("#progress")).isEqualTo("第 1 步");
    while (vm.screenProperty().get() == Screen.QUESTION) {
      tap("#answer-0");
    }
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.RESULT);
    assertThat(lookup("#qr").tryQuery()).as("online alternative as QR").isPresent();
    tap("#take-ticket");
    tap("#lane-elderly");
    await(() -> vm.ticket().printStateProperty().get() == PrintState.PRINTED, "the ticket printed");

    String number = text("#ticket-number");
    assertThat(number).matches("[A-F]\\d{3}");
    assertThat(text("#print-state")).contains("小票");
    assertThat(lookup("#qr").tryQuery()).isPresent();
    assertThat(lookup("#floor-map").tryQuery()).isPresent();
    assertThat(text("#waiting-area")).contains("等候");
    byte[] printed = printer.printer().awaitPrinted(200, Duration.ofSeconds(5));
    assertThat(new String(printed, Charset.forName("GB18030"))).contains(number);
    Ticket issued = vm.ticket().ticketProperty().get();
    assertThat(issued.estimatedWait()).as("the range the server gives").isNotNull();
    if (issued.estimatedWaitSeconds() > 0) {
      String range =
          "预计等候 %d–%d 分钟"
              .formatted(issued.estimatedWait().fromMinutes(), issued.estimatedWait().toMinutes());
      assertThat(text("#ticket-wait")).contains(range);
      assertThat(new String(printed, Charset.forName("GB18030"))).contains(range);
    } else {
      assertThat(text("#ticket-wait")).containsAnyOf("马上就到您", "很快就到您");
    }
    assertThat(vm.ticket().lastIssueTimeProperty().get()).isLessThan(Duration.ofSeconds(2));
    System.out.println(
        "touch on the lane to number shown: "
            + vm.ticket().lastIssueTimeProperty().get().toMillis()
            + " ms");
  }

  @Test
  void shouldBookAReturnVisitForAMissingDocumentAndPrintTheSlip() throws Exception {
    SocatPair printer = printer();
    startKiosk(server.url(), printer.uri("baud=115200&timeout=1500"));

    tap("#lang-zh");
    tap("#know-service");
    tap("#service-A");
    tap("#book-return");
    await(() -> !vm.appointments().slotsProperty().get().isEmpty(), "the free slots");
    assertThat(text("#title")).isEqualTo("预约下次办理");
    tap("#slot-0");
    await(
        () -> vm.appointments().slipStateProperty().get() == PrintState.PRINTED,
        "the slip printed");

    String code = text("#booking-code");
    assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
    assertThat(text("#slip-state")).contains("预约凭条");
    String slip =
        new String(
            printer.printer().awaitPrinted(200, Duration.ofSeconds(5)), Charset.forName("GB18030"));
    assertThat(slip).contains(code, "预约时段", "签到时间", "请准备好以下材料");
    Screenshots.shot(stage.getScene(), screenshots(), "kiosk-booked");
  }

  @Test
  void shouldTellAVisitorWhoComesTooEarlyWhenCheckInOpens() throws Exception {
    String code = server.bookNextFreeSlot("C");
    startKiosk(server.url(), "file:" + tmp.resolve("tickets.bin"));

    tap("#start-check-in");
    for (char c : code.toCharArray()) {
      tap("#key-" + c);
    }
    assertThat(text("#check-in-code")).isEqualTo(code.substring(0, 4) + "-" + code.substring(4));
    tap("#check-in");
    await(() -> vm.appointments().answerProperty().get().contains("签到将于"), "the answer");
    assertThat(text("#check-in-answer")).matches("签到将于 .*\\d{2}:\\d{2} 开始，请届时再来。");
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.CHECK_IN);
    assertThat(lookup("#walk-in").query().isVisible()).isFalse();
  }

  private static Path screenshots() throws java.io.IOException {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    java.nio.file.Files.createDirectories(dir);
    return dir;
  }

  @Test
  void shouldKeepTheTicketOnScreenAndTellStaffWhenThePaperIsOut() throws Exception {
    SocatPair printer = printer();
    printer.printer().answering(PrinterEmulator.Condition.PAPER_OUT);
    startKiosk(server.url(), printer.uri("baud=115200&timeout=1500"));

    tap("#lang-en");
    tap("#know-service");
    tap("#service-D");
    tap("#take-ticket");
    tap("#lane-standard");
    await(() -> vm.ticket().printStateProperty().get() == PrintState.FAILED, "the print failure");

    assertThat(text("#ticket-number")).startsWith("D");
    assertThat(text("#print-state")).contains("The printer could not print your ticket");
    assertThat(lookup("#qr").tryQuery()).isPresent();
    assertThat(printer.printer().printed()).as("nothing printed").isEmpty();
    awaitTrue(() -> devices().contains("\"PAPER_OUT\""), "the server to know about the paper");
  }

  @Test
  void shouldSayPlainlyWhenThePrinterDoesNotAnswer() throws Exception {
    SocatPair printer = printer();
    printer.printer().answering(PrinterEmulator.Condition.SILENT);
    startKiosk(server.url(), printer.uri("baud=115200&timeout=500"));

    tap("#lang-en");
    tap("#know-service");
    tap("#service-A");
    tap("#take-ticket");
    tap("#lane-standard");
    await(() -> vm.ticket().printStateProperty().get() == PrintState.FAILED, "the print failure");

    assertThat(text("#ticket-number")).startsWith("A");
    assertThat(vm.ticket().printProblemProperty().get()).startsWith("OFFLINE");
  }

  @Test
  void shouldRetryALostAnswerWithoutMakingASecondTicket() throws Exception {
    Proxy proxy = new Proxy(server.url());
    toClose.add(proxy);
    startKiosk(proxy.url(), "file:" + tmp.resolve("tickets.bin"));
    long before = server.ticketsIssued();

    proxy.swallowNextTicketAnswer();
    tap("#lang-zh");
    tap("#know-service");
    tap("#service-C");
    tap("#take-ticket");
    tap("#lane-migrant");
    await(() -> vm.screenProperty().get() == Screen.TICKET, "the ticket after a retry");

    assertThat(server.ticketsIssued()).isEqualTo(before + 1);
    assertThat(text("#ticket-number")).startsWith("C");
    await(() -> vm.ticket().printStateProperty().get() == PrintState.PRINTED, "the file printer");
  }

  @Test
  void shouldShowTheServerIsAwayAndComeBackByItself() throws Exception {
    Proxy proxy = new Proxy(server.url());
    toClose.add(proxy);
    proxy.down();
    clock = null;
    Properties p = new Properties();
    p.setProperty("server.url", proxy.url().toString());
    p.setProperty("device.token", server.kioskToken("Kiosk away"));
    KioskSettings settings = KioskSettings.from(p).settings();
    KioskViewModel.Options options =
        new KioskViewModel.Options(
            Duration.ofSeconds(60),
            Duration.ofSeconds(20),
            Duration.ofMillis(200),
            Duration.ofMillis(800),
            "kiosk-1",
            ZoneId.of("Asia/Shanghai"));
    kiosk =
        Screenshots.fx(() -> new Kiosk(settings, options, new AdjustableClock(), Speech.none()));
    vm = kiosk.viewModel();
    Screenshots.fx(() -> stage.setScene(new Scene(kiosk.root(), 1080, 1920)));
    Screenshots.fx(vm::start);
    await(() -> vm.screenProperty().get() == Screen.UNREACHABLE, "the unreachable screen");
    assertThat(text("#title")).contains("暂时连不上排队系统").contains("not answering");

    proxy.up();
    await(() -> vm.screenProperty().get() == Screen.START, "recovery");
  }

  @Test
  void shouldAskForMoreTimeThenForgetTheVisitor() throws Exception {
    startKiosk(server.url(), "");
    tap("#bar-large");
    tap("#lang-en");
    tap("#answer-0");

    clock.advance(Duration.ofSeconds(61));
    Screenshots.fx(vm.welcome()::tick);
    assertThat(lookup("#idle-overlay").query().isVisible()).isTrue();
    assertThat(text("#idle-countdown")).contains("20 seconds");
    tap("#idle-more");
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.QUESTION);
    assertThat(vm.guidance().stepProperty().get()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(61));
    Screenshots.fx(vm.welcome()::tick);
    clock.advance(Duration.ofSeconds(21));
    Screenshots.fx(vm.welcome()::tick);
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.START);
    assertThat(vm.accessibility().langProperty().get()).isEqualTo(Lang.ZH_CN);
    assertThat(vm.accessibility().largeTextProperty().get()).isFalse();
    assertThat(vm.guidance().questionProperty().get()).isNull();
  }

  @Test
  void shouldCallStaffFromEveryScreen() throws Exception {
    startKiosk(server.url(), "");
    tap("#lang-en");
    tap("#bar-help");
    await(
        () -> "notice.staffCalled".equals(vm.accessibility().noticeProperty().get()),
        "staff called");
    assertThat(text("#notice")).contains("Staff have been told");
    assertThat(devices()).contains("HELP_REQUESTED");
  }

  @Test
  void shouldPrintTheTicketAFloorAssistantSendsAndReportItNamingTheRequest() throws Exception {
    SocatPair printer = printer();
    startKiosk(server.url(), printer.uri("baud=115200&timeout=1500"));
    tap("#lang-en");
    awaitTrue(() -> kiosk.assistance().deviceId() != null, "the kiosk to tell its place");
    JsonNode ticket =
        asStaff(
            "POST",
            "/api/v1/tickets",
            "{\"service\":\"A\",\"lane\":\"elderly\",\"language\":\"en\"}",
            201);
    String number = ticket.path("number").asString();

    JsonNode request =
        asStaff(
            "POST",
            "/api/v1/devices/" + kiosk.assistance().deviceId() + "/print",
            "{\"ticket\":" + ticket.path("id").asLong() + "}",
            202);

    byte[] printed = printer.printer().awaitPrinted(200, Duration.ofSeconds(10));
    assertThat(new String(printed, Charset.forName("GB18030"))).contains(number);
    await(
        () -> "notice.assistPrint.PRINTED".equals(vm.accessibility().noticeProperty().get()),
        "the kiosk to say it printed");
    assertThat(text("#notice")).contains("printed");
    String said = "print " + request.path("id").asString() + ": printed " + number;
    awaitTrue(() -> devices().contains(said), "the kiosk to report the print");
  }

  @Test
  void shouldSayAStaffMemberIsComingAndWhyItCannotPrintWithoutAPrinter() throws Exception {
    startKiosk(server.url(), "");
    tap("#lang-en");
    awaitTrue(() -> kiosk.assistance().deviceId() != null, "the kiosk to tell its place");
    String me = kiosk.assistance().deviceId();
    tap("#bar-help");
    await(
        () -> "notice.staffCalled".equals(vm.accessibility().noticeProperty().get()),
        "staff called");
    String call = null;
    for (JsonNode h : asStaff("GET", "/api/v1/assist", null, 200).path("help")) {
      if (h.path("device").asString().equals(me)) {
        call = h.path("id").asString();
        assertThat(h.path("kiosk").asString()).isEqualTo("kiosk-1");
      }
    }
    assertThat(call).as("the kiosk's help call on the assist page").isNotNull();

    asStaff("POST", "/api/v1/help/" + call + "/accept", null, 200);

    await(
        () -> "notice.staffComing".equals(vm.accessibility().noticeProperty().get()),
        "a staff member coming");
    assertThat(text("#notice")).contains("is coming");

    JsonNode ticket =
        asStaff(
            "POST",
            "/api/v1/tickets",
            "{\"service\":\"C\",\"lane\":\"standard\",\"language\":\"en\"}",
            201);
    asStaff(
        "POST",
        "/api/v1/devices/" + me + "/print",
        "{\"ticket\":" + ticket.path("id").asLong() + "}",
        202);
    await(
        () -> "notice.assistPrint.NO_PRINTER".equals(vm.accessibility().noticeProperty().get()),
        "the kiosk to say it has no printer");
    assertThat(text("#notice")).contains("no printer");
  }

  private static JsonNode asStaff(String method, String path, String json, int expected)
      throws Exception {
    var r = server.asManager(method, path, json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
    return JsonMapper.builder().build().readTree(r.body());
  }

  @Test
  void shouldHaveEveryServerTextInBothLanguages() throws Exception {
    var catalog =
        new HttpQueueApi(server.url(), server.kioskToken("Kiosk texts"), Duration.ofSeconds(5))
            .catalog();
    assertThat(catalog.untranslated()).isEmpty();
    assertThat(catalog.guidance().questions()).isNotEmpty();
    assertThat(catalog.office()).isPresent();
  }

  @Test
  void shouldRenderEveryScreenInBothLanguagesAndSizesToPng() throws Exception {
    Properties p = new Properties();
    p.setProperty("server.url", server.url().toString());
    p.setProperty("device.token", server.kioskToken("Kiosk screenshots"));
    p.setProperty("printer.uri", "file:" + tmp.resolve("tickets.bin"));
    Path dir = Path.of(System.getProperty("screenshots.dir", tmp.resolve("shots").toString()));

    List<Path> files = Screenshots.render(dir, KioskSettings.from(p));

    assertThat(files).hasSize(9 * 4 + 4);
    for (Path file : files) {
      var image = javax.imageio.ImageIO.read(file.toFile());
      assertThat(image.getWidth()).as(file.toString()).isEqualTo(1080);
      assertThat(image.getHeight()).as(file.toString()).isEqualTo(1920);
    }
  }

  private String devices() {
    try {
      return server.devices();
    } catch (Exception e) {
      return "";
    }
  }
}
