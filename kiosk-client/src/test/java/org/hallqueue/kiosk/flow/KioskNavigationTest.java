package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.floorplans.model.Lang;
import org.junit.jupiter.api.Test;

/** The shell: which screen shows, "back" and starting over; against an in-memory server. */
class KioskNavigationTest {

  private final TestKiosk kiosk = TestKiosk.started(Catalogs.office());

  @Test
  void shouldOfferBackOnlyWhereThereIsSomewhereToGo() {
    assertThat(kiosk.vm.canGoBackProperty().get()).as("start").isFalse();
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    assertThat(kiosk.vm.canGoBackProperty().get()).as("question").isTrue();
    kiosk.vm.guidance().showServices();
    assertThat(kiosk.vm.canGoBackProperty().get()).as("services").isTrue();
    kiosk.vm.guidance().chooseService("A");
    assertThat(kiosk.vm.canGoBackProperty().get()).as("result").isTrue();
    kiosk.vm.guidance().takeTicket();
    assertThat(kiosk.vm.canGoBackProperty().get()).as("lane").isTrue();
    kiosk.vm.lane().chooseLane("standard");
    assertThat(kiosk.vm.canGoBackProperty().get()).as("ticket").isFalse();
  }

  @Test
  void shouldRetraceTheVisitorsWayBackToTheStart() {
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    kiosk.vm.guidance().answer(0);
    kiosk.vm.guidance().answer(0);
    kiosk.vm.guidance().takeTicket();

    kiosk.vm.back();
    assertThat(kiosk.screen()).isEqualTo(Screen.RESULT);
    kiosk.vm.back();
    assertThat(kiosk.screen()).isEqualTo(Screen.QUESTION);
    assertThat(kiosk.vm.guidance().stepProperty().get()).isEqualTo(2);
    kiosk.vm.back();
    kiosk.vm.back();
    assertThat(kiosk.screen()).isEqualTo(Screen.START);
  }

  @Test
  void shouldComeBackToTheLanesWhenTheTicketFailsAndStillGoBackFromThere() {
    kiosk.atLanes(Lang.EN, "B");
    kiosk.server.refuseTickets();
    kiosk.vm.lane().chooseLane("standard");
    assertThat(kiosk.screen()).isEqualTo(Screen.LANE);

    kiosk.vm.back();

    assertThat(kiosk.screen()).isEqualTo(Screen.RESULT);
  }

  @Test
  void shouldForgetEverythingWhenTheVisitStartsOver() {
    kiosk.atLanes(Lang.EN, "A");
    kiosk.vm.lane().chooseLane("standard");

    kiosk.vm.startOver();

    assertThat(kiosk.screen()).isEqualTo(Screen.START);
    assertThat(kiosk.vm.guidance().serviceProperty().get()).isNull();
    assertThat(kiosk.vm.ticket().ticketProperty().get()).isNull();
    assertThat(kiosk.vm.ticket().printStateProperty().get()).isEqualTo(PrintState.NONE);
    kiosk.vm.back();
    assertThat(kiosk.screen()).isEqualTo(Screen.START);
  }
}
