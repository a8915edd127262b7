package org.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.hallqueue.printer.PrinterEmulator.Condition;
import org.hallqueue.printer.PrinterStatus.State;
import org.hallqueue.printer.virtual.Receipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A printer on a real serial line: a socat pty pair with an emulated printer on the far end. */
class SerialPrinterTest {

  @TempDir Path dir;
  private SocatPair line;

  @BeforeEach
  void connect() throws Exception {
    line = SocatPair.start(dir);
  }

  @AfterEach
  void disconnect() throws Exception {
    line.close();
  }

  @Test
  void shouldPrintATextTicketThatTheVirtualPrinterReadsBack() throws Exception {
    try (Printer printer = Printer.open(line.uri("baud=9600&timeout=2000"))) {
      printer.print(Tickets.elderlyLaneShown(), Mode.TEXT, PaperWidth.MM80);
    }

    byte[] expected = TicketEncoder.encode(Tickets.elderlyLaneShown(), Mode.TEXT, PaperWidth.MM80);
    byte[] printed = line.printer().awaitPrinted(expected.length, Duration.ofSeconds(5));
    Receipt receipt = VirtualPrinter.decode(printed, PaperWidth.MM80);
    assertThat(printed).isEqualTo(expected);
    assertThat(receipt.textLines()).contains("A012", "灵活就业人员参保", "优先通道：老年人", "预计等候 9–28 分钟");
    assertThat(receipt.qrPayloads()).containsExactly(Tickets.TRACKING_URL);
    assertThat(receipt.cuts()).isEqualTo(1);
    assertThat(line.printer().statusQueries()).as("four before, one to confirm").isEqualTo(5);
  }

  @Test
  void shouldPrintARasterTicketWholeOverTheSerialLine() throws Exception {
    byte[] expected =
        TicketEncoder.encode(Tickets.flexibleEmploymentInEnglish(), Mode.RASTER, PaperWidth.MM58);
    try (Printer printer = Printer.open(line.uri("baud=115200&status=false"))) {
      printer.print(Tickets.flexibleEmploymentInEnglish(), Mode.RASTER, PaperWidth.MM58);
    }

    byte[] received = line.printer().awaitBytes(expected.length, Duration.ofSeconds(5));
    int first = java.util.Arrays.mismatch(received, expected);
    assertThat(first)
        .as(
            "first difference of %d received and %d expected bytes, around %s",
            received.length,
            expected.length,
            first < 0
                ? ""
                : java.util.HexFormat.of()
                    .formatHex(
                        received, Math.max(0, first - 4), Math.min(received.length, first + 8)))
        .isEqualTo(-1);
    assertThat(VirtualPrinter.decode(received, PaperWidth.MM58).images()).isNotEmpty();
  }

  @Test
  void shouldReportEachConditionThePrinterAnswers() throws Exception {
    try (Printer printer = Printer.open(line.uri("timeout=1000"))) {
      assertThat(printer.status().state()).isEqualTo(State.ONLINE);
      line.printer().answering(Condition.PAPER_OUT);
      assertThat(printer.status().state()).isEqualTo(State.PAPER_OUT);
      line.printer().answering(Condition.COVER_OPEN);
      assertThat(printer.status().state()).isEqualTo(State.COVER_OPEN);
      line.printer().answering(Condition.PAPER_NEAR_END);
      assertThat(printer.status().state()).isEqualTo(State.PAPER_NEAR_END);
      line.printer().answering(Condition.CUTTER_JAM);
      assertThat(printer.status())
          .satisfies(
              s -> {
                assertThat(s.state()).isEqualTo(State.ERROR);
                assertThat(s.reason()).contains("auto-cutter");
              });
    }
  }

  @Test
  void shouldCallASilentPrinterOfflineWithinTheTimeout() throws Exception {
    line.printer().answering(Condition.SILENT);
    try (Printer printer = Printer.open(line.uri("timeout=300"))) {
      long start = System.nanoTime();
      PrinterStatus status = printer.status();

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      assertThat(status.state()).isEqualTo(State.OFFLINE);
      assertThat(status.answered()).isFalse();
      assertThat(status.reason()).contains("no answer", "300 ms", line.driverEnd().toString());
    }
  }

  @Test
  void shouldRefuseToPrintWhenThePaperIsOutAndSendNothingButTheQuery() throws Exception {
    line.printer().answering(Condition.PAPER_OUT);
    try (Printer printer = Printer.open(line.uri("timeout=1000"))) {
      assertThatThrownBy(
              () ->
                  printer.print(Tickets.flexibleEmploymentInChinese(), Mode.TEXT, PaperWidth.MM58))
          .isInstanceOf(PrinterFaultException.class)
          .hasMessageContaining("paper out");
    }
    Thread.sleep(100);
    assertThat(line.printer().printed()).isEmpty();
  }

  @Test
  void shouldFailWithATimeoutWhenThePrinterStopsTakingData() throws Exception {
    line.printer().stopReading();
    try (Printer printer = Printer.open(line.uri("baud=115200&status=false&timeout=500"))) {
      long start = System.nanoTime();
      byte[] moreThanAllBuffersHold = new byte[4_000_000];
      assertThatThrownBy(() -> printer.send(moreThanAllBuffersHold))
          .isInstanceOf(java.io.IOException.class)
          .hasMessageContaining("stopped taking data for 500 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void shouldPrintAgainAfterAFailedPrintReleasedThePort() throws Exception {
    line.printer().answering(Condition.COVER_OPEN);
    try (Printer printer = Printer.open(line.uri("timeout=1000"))) {
      assertThatThrownBy(() -> printer.print(Tickets.minimal("en"), Mode.TEXT, PaperWidth.MM58))
          .isInstanceOf(PrinterFaultException.class);
      line.printer().answering(Condition.READY);
      printer.print(Tickets.minimal("en"), Mode.TEXT, PaperWidth.MM58);
    }
    byte[] expected = TicketEncoder.encode(Tickets.minimal("en"), Mode.TEXT, PaperWidth.MM58);
    byte[] printed = line.printer().awaitPrinted(expected.length, Duration.ofSeconds(5));
    assertThat(VirtualPrinter.decode(printed).textLines()).contains("B001");
  }

  @Test
  void shouldPrintAndAskStatusOffTheCallersThread() throws Exception {
    try (Printer printer = Printer.open(line.uri("timeout=1000"))) {
      printer.printAsync(Tickets.minimal("zh-CN"), Mode.TEXT, PaperWidth.MM80).get();
      line.printer().answering(Condition.COVER_OPEN);
      assertThat(printer.statusAsync().get().state()).isEqualTo(State.COVER_OPEN);
    }
  }
}
