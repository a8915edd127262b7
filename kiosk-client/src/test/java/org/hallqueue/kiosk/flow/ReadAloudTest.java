package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.server.AppointmentApi;
import org.hallqueue.printer.PrinterStatus;
import org.junit.jupiter.api.Test;

/**
 * Voice reads every screen as it shows, in the visitor's language, in plain words: the start screen
 * in both languages, the services and lanes with their numbers, issuing, the ticket and its
 * printer, booking and check-in, loading and the server away, notices and "need more time?".
 */
class ReadAloudTest {

  private final TestKiosk kiosk = TestKiosk.started(Catalogs.office());
  private final AccessibilityViewModel words = kiosk.vm.accessibility();

  private String said() {
    return kiosk.spoken.get(kiosk.spoken.size() - 1);
  }

  @Test
  void shouldReadTheStartScreenInBothLanguagesAndOfferTheElderlyMode() {
    words.toggleVoice();

    assertThat(said())
        .startsWith("zh-CN: 您好，欢迎来办事！ 请点一下您要用的语言")
        .contains("长辈模式", "人工帮助", "Welcome! Please touch your language", "Elderly mode")
        .contains("Call staff");
  }

  @Test
  void shouldReadTheServicesWithTheirNumbersInEachLanguage() {
    words.toggleVoice();
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    kiosk.vm.guidance().showServices();
    assertThat(said())
        .isEqualTo(
            "en: Choose a service. Choice 1: Pension insurance. Choice 2: Medical insurance.");

    words.switchLanguage();
    assertThat(said()).isEqualTo("zh-CN: 请选择您要办的业务。 第1项，养老保险。 第2项，医疗保险。");
  }

  @Test
  void shouldReadTheLanesWithWhoTheyAreForAndTheOrdinaryTicket() {
    words.toggleVoice();
    kiosk.atLanes(Lang.EN, "A");
    assertThat(said())
        .startsWith("en: Pension insurance. If one of these fits you")
        .contains("Choice 1: Older visitors, Over 70.", "Choice 2: Pregnant, Pregnancy.")
        .endsWith("Or, with no priority, touch \"Get a ticket\".");

    words.switchLanguage();
    assertThat(said())
        .startsWith("zh-CN: 养老保险。 如果下面有一项适合您")
        .contains("第1项，老年人，70岁以上。")
        .endsWith("不用优先，请点“取普通号”。");
  }

  @Test
  void shouldSayTheTicketIsBeingIssuedThenItsNumber() {
    words.toggleVoice();
    kiosk.atLanes(Lang.ZH_CN, "B");
    kiosk.background.hold();
    kiosk.vm.lane().chooseLane("standard");
    assertThat(said()).isEqualTo("zh-CN: 正在取号，请稍等……");

    kiosk.background.release();
    assertThat(said()).startsWith("zh-CN: 您的号码 B001.");
  }

  @Test
  void shouldSayWhenThePrinterIsOutOfPaper() {
    TestKiosk printing =
        TestKiosk.withPrinter(Catalogs.office()).printerSays(PrinterStatus.State.PAPER_OUT, "");
    printing.vm.start();
    printing.vm.accessibility().toggleVoice();
    printing.atLanes(Lang.EN, "A");

    printing.vm.lane().chooseLane("standard");

    assertThat(printing.spoken.get(printing.spoken.size() - 1))
        .startsWith("en: Your number A001.")
        .contains("The printer could not print your ticket. Please remember your number");
  }

  @Test
  void shouldSayPlainlyThatTheQueueSystemIsAwayAndWhatToDo() {
    TestKiosk away = TestKiosk.of(Catalogs.office());
    away.server.down();
    away.vm.accessibility().toggleVoice();
    assertThat(away.spoken).last().isEqualTo("zh-CN: 自助机正在启动，请稍等一会儿。");

    away.vm.start();

    assertThat(away.screen()).isEqualTo(Screen.UNREACHABLE);
    assertThat(away.spoken.get(away.spoken.size() - 1))
        .startsWith("zh-CN: 暂时连不上排队系统。 现在不能在本机取号。")
        .contains("到咨询台找工作人员取号")
        .doesNotContain("connection refused");
    away.vm.accessibility().switchLanguage();
    assertThat(away.spoken.get(away.spoken.size() - 1))
        .startsWith("en: The queue system is not answering. You cannot take a ticket here")
        .doesNotContain("connection refused");
  }

  @Test
  void shouldSayANoticeAsItAppearsAndBeforeTheScreen() {
    words.toggleVoice();
    kiosk.atLanes(Lang.EN, "A");

    words.callStaff();
    assertThat(said()).isEqualTo("en: Staff have been told. Please wait here; someone is coming.");

    kiosk.server.down();
    kiosk.vm.lane().chooseLane("standard");
    assertThat(said())
        .startsWith("en: Sorry, the queue system did not answer and you have no ticket yet.")
        .contains("Pension insurance. If one of these fits you");
  }

  @Test
  void shouldAskForMoreTimeWithTheSecondsLeftAndBothAnswers() {
    words.toggleVoice();
    kiosk.vm.welcome().chooseLanguage(Lang.ZH_CN);

    kiosk.clock.advance(Duration.ofSeconds(61));
    kiosk.vm.welcome().tick();

    assertThat(said())
        .isEqualTo("zh-CN: 您还需要时间吗？ 30 秒后回到开始页面，您选过的内容会被清除。" + " 要继续，请点“需要，请等等”；不用了，请点“不用了，结束”。");
    assertThat(kiosk.vm.spokenText()).isEqualTo(said().substring("zh-CN: ".length()));
  }

  @Test
  void shouldReadTheFreeTimesThenTheBookingMadeInEachLanguage() {
    LocalDate monday = LocalDate.of(2026, 12, 7);
    kiosk.server.offersSlots(
        List.of(
            new AppointmentApi.Slot(
                Instant.parse("2026-12-07T01:00:00Z"),
                monday,
                LocalTime.of(9, 0),
                LocalTime.of(9, 30),
                3)),
        "K7M2P9QX");
    words.toggleVoice();
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    kiosk.vm.guidance().showServices();
    kiosk.vm.guidance().chooseService("A");

    kiosk.vm.appointments().bookReturnVisit();
    assertThat(said())
        .startsWith("en: Book a return visit. Pension insurance. Choose a time that suits you")
        .endsWith("Choice 1: Monday 7 December, 09:00 to 09:30, 3 places free.");

    kiosk.vm.appointments().choose(kiosk.vm.appointments().slotsProperty().get().get(0));
    assertThat(kiosk.screen()).isEqualTo(Screen.BOOKED);
    assertThat(said())
        .startsWith("en: Your visit is booked. Your booking code is K 7 M 2 P 9 Q X.")
        .contains("Your visit is on Monday 7 December, from 09:00 to 09:30.")
        .contains("Check in at a kiosk between 08:30 and 09:15.")
        .contains("The slip could not be printed. Please write down the code");

    words.switchLanguage();
    assertThat(said())
        .startsWith("zh-CN: 预约成功。 您的预约码是 K 7 M 2 P 9 Q X。")
        .contains("您预约的时间是12月7日 星期一，09:00到09:30。", "凭条未能打印");
  }

  @Test
  void shouldSayNoTimesAreFreeInPlainWords() {
    words.toggleVoice();
    kiosk.vm.welcome().chooseLanguage(Lang.ZH_CN);
    kiosk.vm.guidance().showServices();
    kiosk.vm.guidance().chooseService("A");

    kiosk.vm.appointments().bookReturnVisit();

    assertThat(said()).isEqualTo("zh-CN: 预约下次办理。 养老保险。 近期没有可预约的时间，请咨询工作人员。");
  }

  @Test
  void shouldReadTheCheckInAndItsAnswer() {
    words.toggleVoice();
    kiosk.vm.appointments().startCheckIn();
    assertThat(said()).isEqualTo("zh-CN: 预约签到。 请扫描凭条上的二维码，或输入预约码。");

    words.switchLanguage();
    kiosk.vm.appointments().type("123");
    kiosk.vm.appointments().checkIn();
    assertThat(said())
        .isEqualTo(
            "en: The booking code has 8 characters. Please type all of them."
                + " Check in for your appointment. Scan the QR code on your slip, or type the"
                + " booking code.");
  }
}
