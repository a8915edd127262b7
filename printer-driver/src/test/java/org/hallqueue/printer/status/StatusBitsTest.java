package org.hallqueue.printer.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.printer.PrinterStatus;
import org.hallqueue.printer.PrinterStatus.State;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusBitsTest {

  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
  @CsvSource({
    "0x12, 0x12, 0x12, 0x12, ONLINE, ready",
    "0x12, 0x12, 0x12, 0x1E, PAPER_NEAR_END, near its end",
    "0x1A, 0x32, 0x12, 0x72, PAPER_OUT, paper out",
    "0x12, 0x12, 0x12, 0x72, PAPER_OUT, paper out",
    "0x1A, 0x16, 0x12, 0x12, COVER_OPEN, cover open",
    "0x1A, 0x36, 0x12, 0x72, COVER_OPEN, paper out",
    "0x1A, 0x52, 0x1A, 0x12, ERROR, auto-cutter",
    "0x1A, 0x52, 0x32, 0x12, ERROR, unrecoverable",
    "0x1A, 0x52, 0x52, 0x12, ERROR, too hot",
    "0x1A, 0x12, 0x12, 0x12, OFFLINE, not ready",
    "0x1A, 0x1A, 0x12, 0x12, OFFLINE, FEED button",
  })
  void shouldNameTheMostSevereConditionAndEveryReason(
      String printer, String offline, String error, String paper, State state, String reason) {
    PrinterStatus status = StatusBits.interpret(hex(printer), hex(offline), hex(error), hex(paper));

    assertThat(status.state()).isEqualTo(state);
    assertThat(status.reason()).contains(reason);
    assertThat(status.answered()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"0xFF", "0x00", "0x41"})
  void shouldNotTrustAByteWithoutTheFixedStatusBits(String garbage) {
    PrinterStatus status = StatusBits.interpret(hex(garbage), 0x12, 0x12, 0x12);

    assertThat(status.state()).isEqualTo(State.UNKNOWN);
    assertThat(status.reason()).contains("baud rate");
  }

  private static int hex(String text) {
    return Integer.decode(text.strip());
  }
}
