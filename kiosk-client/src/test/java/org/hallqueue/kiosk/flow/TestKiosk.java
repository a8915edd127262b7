package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.AdjustableClock;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.text.Texts;
import org.hallqueue.printer.PrinterStatus;
import org.hallqueue.printer.TicketPrint;

/**
 * A kiosk's view-models without a screen and without a server: an in-memory queue server, a
 * background executor and a clock the test moves, speech and a printer that write down what they
 * were asked to do. Everything runs on the test's thread.
 */
final class TestKiosk {

  static final KioskViewModel.Options OPTIONS =
      new KioskViewModel.Options(
          Duration.ofSeconds(60),
          Duration.ofSeconds(30),
          Duration.ofMillis(100),
          Duration.ofMillis(1000),
          "kiosk-1",
          ZoneId.of("Asia/Shanghai"));

  final InMemoryQueueApi server;
  final ControlledScheduler background = new ControlledScheduler();
  final AdjustableClock clock = new AdjustableClock();
  final RecordingSpeech speech = new RecordingSpeech();
  final List<String> spoken = speech.spoken();
  final List<TicketPrint> printed = new ArrayList<>();
  final KioskViewModel vm;
  private PrinterStatus printerStatus = PrinterStatus.reported(PrinterStatus.State.ONLINE, "ok");

  private TestKiosk(Catalog catalog, boolean withPrinter) {
    server = new InMemoryQueueApi(catalog);
    vm =
        new KioskViewModel(
            server,
            withPrinter ? Optional.of(printer()) : Optional.empty(),
            speech,
            Texts.bundled(),
            clock,
            Runnable::run,
            background,
            OPTIONS);
  }

  /** A kiosk without a printer, not started yet. */
  static TestKiosk of(Catalog catalog) {
    return new TestKiosk(catalog, false);
  }

  /** A kiosk with a ticket printer, not started yet. */
  static TestKiosk withPrinter(Catalog catalog) {
    return new TestKiosk(catalog, true);
  }

  /** A kiosk without a printer on its start screen. */
  static TestKiosk started(Catalog catalog) {
    TestKiosk kiosk = of(catalog);
    kiosk.vm.start();
    assertThat(kiosk.vm.screenProperty().get()).isEqualTo(Screen.START);
    return kiosk;
  }

  /** From the start screen to the lane screen of a service, in a language. */
  TestKiosk atLanes(Lang lang, String service) {
    vm.welcome().chooseLanguage(lang);
    vm.guidance().showServices();
    vm.guidance().chooseService(service);
    vm.guidance().takeTicket();
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.LANE);
    return this;
  }

  TestKiosk withoutSpeechEngine() {
    speech.uninstall();
    return this;
  }

  TestKiosk printerSays(PrinterStatus.State state, String reason) {
    printerStatus = PrinterStatus.reported(state, reason);
    return this;
  }

  Screen screen() {
    return vm.screenProperty().get();
  }

  private TicketPrinter printer() {
    return new TicketPrinter() {
      @Override
      public CompletableFuture<PrinterStatus> status() {
        return CompletableFuture.completedFuture(printerStatus);
      }

      @Override
      public CompletableFuture<Void> print(TicketPrint ticket) {
        printed.add(ticket);
        return CompletableFuture.completedFuture(null);
      }
    };
  }
}
