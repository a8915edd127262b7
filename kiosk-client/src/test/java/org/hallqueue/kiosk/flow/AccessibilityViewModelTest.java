package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.floorplans.model.Lang;
import org.junit.jupiter.api.Test;

/** Language, large text, voice and calling staff, against an in-memory server. */
class AccessibilityViewModelTest {

  private final TestKiosk kiosk = TestKiosk.started(Catalogs.office());
  private final AccessibilityViewModel words = kiosk.vm.accessibility();

  @Test
  void shouldSwitchTheLanguageWithoutLeavingTheScreen() {
    kiosk.vm.welcome().chooseLanguage(Lang.ZH_CN);
    kiosk.vm.guidance().answer(0);

    words.switchLanguage();

    assertThat(words.langProperty().get()).isEqualTo(Lang.EN);
    assertThat(kiosk.screen()).isEqualTo(Screen.QUESTION);
    assertThat(kiosk.vm.guidance().stepProperty().get()).isEqualTo(2);
    assertThat(words.text("nav.back")).isEqualTo("Back");
  }

  @Test
  void shouldReadEachScreenAloudWhileVoiceIsOn() {
    words.toggleVoice();
    assertThat(kiosk.spoken).last().asString().contains("请点一下您要用的语言").contains("Please touch");

    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    assertThat(kiosk.spoken)
        .last()
        .asString()
        .isEqualTo(
            "en: What brings you here today? Choice 1: A pension. Choice 2: Medical costs."
                + " Choice 3: Not sure. ");

    words.toggleVoice();
    kiosk.vm.guidance().answer(1);
    assertThat(kiosk.spoken).last().isEqualTo("(silence)");
  }

  @Test
  void shouldTurnOnLargeTextAndVoiceWithOneTouchOfElderlyMode() {
    words.elderlyMode();

    assertThat(words.largeTextProperty().get()).isTrue();
    assertThat(words.voiceProperty().get()).isTrue();
    assertThat(kiosk.spoken).last().asString().contains("请点一下您要用的语言");
  }

  @Test
  void shouldStillEnlargeTheTextInElderlyModeWithoutASpeechEngine() {
    TestKiosk silent = TestKiosk.of(Catalogs.office()).withoutSpeechEngine();
    silent.vm.start();

    silent.vm.accessibility().elderlyMode();

    assertThat(silent.vm.accessibility().largeTextProperty().get()).isTrue();
    assertThat(silent.vm.accessibility().voiceProperty().get()).isFalse();
    assertThat(silent.vm.accessibility().noticeProperty().get()).isEqualTo("notice.noVoice");
  }

  @Test
  void shouldSayPlainlyWhenNoSpeechEngineIsInstalled() {
    TestKiosk silent = TestKiosk.of(Catalogs.office()).withoutSpeechEngine();
    silent.vm.start();

    silent.vm.accessibility().toggleVoice();

    assertThat(silent.vm.accessibility().voiceProperty().get()).isFalse();
    assertThat(silent.vm.accessibility().noticeProperty().get()).isEqualTo("notice.noVoice");
    assertThat(silent.vm.accessibility().text("notice.noVoice")).contains("没有安装语音");
  }

  @Test
  void shouldCallStaffAndSayWhenTheyHaveBeenTold() {
    kiosk.background.hold();
    words.callStaff();
    assertThat(words.noticeProperty().get()).isEqualTo("notice.staffCalling");

    kiosk.background.release();

    assertThat(words.noticeProperty().get()).isEqualTo("notice.staffCalled");
    assertThat(kiosk.server.reports()).containsExactly("HELP_REQUESTED");
    assertThat(kiosk.server.helpCalls()).isEqualTo(1);
  }

  @Test
  void shouldSendTheVisitorToTheHelpDeskWhenStaffCannotBeCalled() {
    kiosk.server.down();

    words.callStaff();

    assertThat(words.noticeProperty().get()).isEqualTo("notice.staffCallFailed");
  }

  @Test
  void shouldForgetLargeTextVoiceAndLanguageWhenTheVisitEnds() {
    words.toggleLargeText();
    words.toggleVoice();
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    words.callStaff();

    kiosk.vm.startOver();

    assertThat(words.largeTextProperty().get()).isFalse();
    assertThat(words.voiceProperty().get()).isFalse();
    assertThat(words.langProperty().get()).isEqualTo(Lang.ZH_CN);
    assertThat(words.noticeProperty().get()).isEmpty();
    assertThat(kiosk.spoken).last().isEqualTo("(silence)");
  }
}
