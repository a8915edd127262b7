package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.printer.PrinterStatus;
import org.hallqueue.printer.TicketPrint;
import org.junit.jupiter.api.Test;

/** The ticket screen: paper, waiting zone and route, against an in-memory server and printer. */
class TicketViewModelTest {

  @Test
  void shouldShowAScreenOnlyTicketWhenTheKioskHasNoPrinter() {
    TestKiosk kiosk = TestKiosk.started(Catalogs.office()).atLanes(Lang.EN, "B");

    kiosk.vm.lane().chooseLane("women");

    TicketViewModel ticket = kiosk.vm.ticket();
    assertThat(ticket.ticketProperty().get().number()).isEqualTo("B001");
    assertThat(ticket.printStateProperty().get()).isEqualTo(PrintState.NO_PRINTER);
    assertThat(ticket.lastIssueTimeProperty().get()).isNotNull();
    assertThat(kiosk.vm.canGoBack()).isFalse();
    assertThat(kiosk.vm.spokenText()).startsWith("Your number B001. Very soon");
  }

  @Test
  void shouldShowAndPrintTheWaitAsTheRangeTheServerGives() throws Exception {
    TestKiosk kiosk = TestKiosk.withPrinter(Catalogs.office());
    kiosk.vm.start();
    kiosk.server.issue("A", "standard", Lang.ZH_CN, "someone-before");
    kiosk.atLanes(Lang.ZH_CN, "A");

    kiosk.vm.lane().chooseLane("standard");

    assertThat(kiosk.vm.ticket().waitText()).isEqualTo("预计等候 1–9 分钟");
    assertThat(kiosk.vm.spokenText()).contains("预计等候 1–9 分钟");
    assertThat(kiosk.printed)
        .singleElement()
        .satisfies(p -> assertThat(p.estimatedWait()).isEqualTo(new TicketPrint.WaitRange(1, 9)));
  }

  @Test
  void shouldShowTheSingleEstimateFromAServerWithoutRanges() throws Exception {
    TestKiosk kiosk = TestKiosk.withPrinter(Catalogs.office());
    kiosk.vm.start();
    kiosk.server.givesNoWaitRanges();
    kiosk.server.issue("A", "standard", Lang.EN, "someone-before");
    kiosk.atLanes(Lang.EN, "A");

    kiosk.vm.lane().chooseLane("standard");

    assertThat(kiosk.vm.ticket().waitText()).isEqualTo("About 3 min wait");
    assertThat(kiosk.printed)
        .singleElement()
        .satisfies(p -> assertThat(p.estimatedWait()).isNull());
  }

  @Test
  void shouldPrintTheTicketWithItsLaneWhenThePrinterCan() {
    TestKiosk kiosk = TestKiosk.withPrinter(Catalogs.office());
    kiosk.vm.start();
    kiosk.atLanes(Lang.ZH_CN, "A");

    kiosk.vm.lane().chooseLane("elderly");

    assertThat(kiosk.vm.ticket().printStateProperty().get()).isEqualTo(PrintState.PRINTED);
    assertThat(kiosk.printed)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.number()).isEqualTo("A001");
              assertThat(p.laneName()).containsEntry("en", "Older visitors");
              assertThat(p.documents()).hasSize(2);
              assertThat(p.language()).isEqualTo("zh-CN");
            });
    assertThat(kiosk.server.reports()).containsExactly("OK");
  }

  @Test
  void shouldKeepTheTicketOnScreenAndTellTheServerWhenThePaperIsOut() {
    TestKiosk kiosk =
        TestKiosk.withPrinter(Catalogs.office())
            .printerSays(PrinterStatus.State.PAPER_OUT, "paper end sensor");
    kiosk.vm.start();
    kiosk.atLanes(Lang.EN, "A");

    kiosk.vm.lane().chooseLane("standard");

    TicketViewModel ticket = kiosk.vm.ticket();
    assertThat(ticket.printStateProperty().get()).isEqualTo(PrintState.FAILED);
    assertThat(ticket.printProblemProperty().get()).isEqualTo("PAPER_OUT: paper end sensor");
    assertThat(ticket.ticketProperty().get().trackingUrl()).contains("/t/");
    assertThat(kiosk.printed).as("nothing printed").isEmpty();
    assertThat(kiosk.server.reports()).containsExactly("PAPER_OUT");
  }

  @Test
  void shouldShowWhereToWaitAndTheRouteThereStepFreeOnRequest() {
    TestKiosk kiosk = TestKiosk.started(Catalogs.withFloorplan()).atLanes(Lang.ZH_CN, "A");
    kiosk.vm.lane().chooseLane("standard");
    TicketViewModel ticket = kiosk.vm.ticket();

    assertThat(kiosk.vm.accessibility().text(ticket.waitingArea())).isEqualTo("A区等候区");
    assertThat(ticket.route()).isPresent();
    ticket.toggleStepFree();
    assertThat(ticket.stepFreeProperty().get()).isTrue();
    assertThat(ticket.route()).as("the step-free route").isPresent();

    ticket.done();
    assertThat(kiosk.screen()).isEqualTo(Screen.START);
    assertThat(ticket.stepFreeProperty().get()).isFalse();
    assertThat(ticket.ticketProperty().get()).isNull();
    assertThat(ticket.waitingArea().isEmpty()).isTrue();
  }

  @Test
  void shouldHaveNoRouteWithoutAFloorplan() {
    TestKiosk kiosk = TestKiosk.started(Catalogs.office()).atLanes(Lang.EN, "A");
    kiosk.vm.lane().chooseLane("standard");

    assertThat(kiosk.vm.ticket().office()).isEmpty();
    assertThat(kiosk.vm.ticket().route()).isEmpty();
    assertThat(kiosk.vm.ticket().waitingArea().isEmpty()).isTrue();
  }
}
