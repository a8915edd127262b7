package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.floorplans.model.Lang;
import org.junit.jupiter.api.Test;

/** Taking a ticket in a lane, against an in-memory server. */
class LaneViewModelTest {

  private final TestKiosk kiosk = TestKiosk.started(Catalogs.office());
  private final LaneViewModel lane = kiosk.vm.lane();

  @Test
  void shouldIssueTheTicketInTheChosenLaneAndTheVisitorsLanguage() {
    kiosk.atLanes(Lang.EN, "A");

    lane.chooseLane("elderly");

    assertThat(kiosk.server.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.service()).isEqualTo("A");
              assertThat(i.lane()).isEqualTo("elderly");
              assertThat(i.language()).isEqualTo(Lang.EN);
            });
    assertThat(kiosk.screen()).isEqualTo(Screen.TICKET);
    assertThat(kiosk.vm.ticket().ticketProperty().get().number()).isEqualTo("A001");
  }

  @Test
  void shouldShowTheIssuingScreenUntilTheServerAnswers() {
    kiosk.atLanes(Lang.ZH_CN, "B");
    kiosk.background.hold();

    lane.chooseLane("standard");
    assertThat(kiosk.screen()).isEqualTo(Screen.ISSUING);
    assertThat(kiosk.vm.canGoBack()).isFalse();

    kiosk.background.release();
    assertThat(kiosk.screen()).isEqualTo(Screen.TICKET);
  }

  @Test
  void shouldSayPlainlyWhenTheTicketIsRefusedAndStayOnTheLanes() {
    kiosk.atLanes(Lang.EN, "A");
    kiosk.server.refuseTickets();

    lane.chooseLane("standard");

    assertThat(kiosk.screen()).isEqualTo(Screen.LANE);
    assertThat(kiosk.vm.accessibility().noticeProperty().get()).isEqualTo("notice.ticketRefused");
    assertThat(kiosk.vm.connection().serverProblemProperty().get()).contains("409");
    assertThat(kiosk.vm.ticket().ticketProperty().get()).isNull();
  }

  @Test
  void shouldAskAgainWithTheSameKeySoThatATouchAgainNeverMakesTwoTickets() {
    kiosk.atLanes(Lang.EN, "A");
    kiosk.server.refuseTickets();
    lane.chooseLane("standard");
    lane.chooseLane("standard");
    lane.chooseLane("elderly");

    var keys = kiosk.server.issues().stream().map(InMemoryQueueApi.Issue::key).toList();
    assertThat(keys.get(1)).as("the same choice again").isEqualTo(keys.get(0));
    assertThat(keys.get(2)).as("another lane").isNotEqualTo(keys.get(0));
  }

  @Test
  void shouldShowTheSetupScreenReasonWhenTheTokenIsRefusedWhileIssuing() {
    kiosk.atLanes(Lang.EN, "A");
    kiosk.server.refuseToken();

    lane.chooseLane("standard");

    assertThat(kiosk.vm.connection().tokenRefusedProperty().get()).contains("401");
  }

  @Test
  void shouldForgetATicketThatArrivesAfterTheVisitEnded() {
    kiosk.atLanes(Lang.EN, "A");
    kiosk.background.hold();
    lane.chooseLane("standard");

    kiosk.vm.startOver();
    kiosk.background.release();

    assertThat(kiosk.screen()).isEqualTo(Screen.START);
    assertThat(kiosk.vm.ticket().ticketProperty().get()).isNull();
  }
}
