package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.floorplans.model.Lang;
import org.junit.jupiter.api.Test;

/** The start screen and the idle warning, with a clock the test moves. */
class WelcomeViewModelTest {

  private final TestKiosk kiosk = TestKiosk.started(Catalogs.office());
  private final WelcomeViewModel welcome = kiosk.vm.welcome();

  @Test
  void shouldWarnBeforeForgettingAnIdleVisitorThenForgetThem() {
    welcome.chooseLanguage(Lang.EN);
    kiosk.vm.guidance().answer(0);
    idle(59);
    assertThat(welcome.idleWarningProperty().get()).isFalse();

    idle(2);
    assertThat(welcome.idleWarningProperty().get()).isTrue();
    assertThat(welcome.idleSecondsLeftProperty().get()).isEqualTo(30);
    idle(10);
    assertThat(welcome.idleSecondsLeftProperty().get()).isEqualTo(20);

    idle(19);
    assertThat(kiosk.screen()).isEqualTo(Screen.QUESTION);
    idle(2);
    assertThat(kiosk.screen()).isEqualTo(Screen.START);
    assertThat(welcome.idleWarningProperty().get()).isFalse();
    assertThat(kiosk.vm.guidance().questionProperty().get()).isNull();
    assertThat(kiosk.vm.accessibility().langProperty().get()).isEqualTo(Lang.ZH_CN);
  }

  @Test
  void shouldKeepTheVisitWhenTheVisitorAsksForMoreTime() {
    welcome.chooseLanguage(Lang.EN);
    idle(61);

    welcome.moreTime();
    idle(59);

    assertThat(welcome.idleWarningProperty().get()).isFalse();
    assertThat(kiosk.screen()).isEqualTo(Screen.QUESTION);
  }

  @Test
  void shouldEndTheVisitAtOnceWhenTheVisitorHasFinished() {
    welcome.chooseLanguage(Lang.EN);
    idle(61);

    welcome.finish();

    assertThat(kiosk.screen()).isEqualTo(Screen.START);
    assertThat(welcome.idleWarningProperty().get()).isFalse();
  }

  @Test
  void shouldLeaveAnUntouchedStartScreenAloneButNotLargeTextLeftOn() {
    idle(120);
    assertThat(welcome.idleWarningProperty().get()).isFalse();

    kiosk.vm.accessibility().toggleLargeText();
    idle(61);
    assertThat(welcome.idleWarningProperty().get()).isTrue();
  }

  @Test
  void shouldKeepATouchedScreenAwake() {
    welcome.chooseLanguage(Lang.EN);
    idle(50);
    kiosk.vm.touched();
    idle(50);

    assertThat(welcome.idleWarningProperty().get()).isFalse();
  }

  @Test
  void shouldAskAloudWhenVoiceIsOn() {
    kiosk.vm.accessibility().toggleVoice();
    welcome.chooseLanguage(Lang.EN);

    idle(61);

    assertThat(kiosk.spoken)
        .last()
        .asString()
        .startsWith("en: Do you need more time? In 30 seconds this screen goes back to the start");
  }

  @Test
  void shouldNotWarnWhileTheTicketIsBeingIssued() {
    kiosk.atLanes(Lang.EN, "A");
    kiosk.background.hold();
    kiosk.vm.lane().chooseLane("standard");

    idle(61);

    assertThat(welcome.idleWarningProperty().get()).isFalse();
    kiosk.background.release();
  }

  @Test
  void shouldRefuseAWarningShorterThanTwentySeconds() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new KioskViewModel.Options(
                    Duration.ofSeconds(60),
                    Duration.ofSeconds(19),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    "kiosk-1",
                    java.time.ZoneId.of("Asia/Shanghai")))
        .hasMessageContaining("20 s");
  }

  private void idle(int seconds) {
    kiosk.clock.advance(Duration.ofSeconds(seconds));
    welcome.tick();
  }
}
