package org.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallqueue.printer.PrinterStatus.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A printer device file, played by a plain file. */
class FilePrinterTest {

  @TempDir Path dir;

  @Test
  void shouldWriteTheTicketBytesToTheDeviceFile() throws Exception {
    Path device = dir.resolve("lp0");
    try (Printer printer = Printer.open("file:" + device)) {
      printer.print(Tickets.flexibleEmploymentInEnglish(), Mode.TEXT, PaperWidth.MM58);
    }

    byte[] written = Files.readAllBytes(device);
    assertThat(written)
        .isEqualTo(
            TicketEncoder.encode(
                Tickets.flexibleEmploymentInEnglish(), Mode.TEXT, PaperWidth.MM58));
    assertThat(VirtualPrinter.decode(written, PaperWidth.MM58).textLines()).contains("A012");
  }

  @Test
  void shouldCallTheStatusOfADeviceFileUnknownAndLeaveWhatWasPrinted() throws Exception {
    Path device = dir.resolve("lp0");
    try (Printer printer = Printer.open("file:" + device)) {
      printer.print(Tickets.minimal("en"), Mode.TEXT, PaperWidth.MM80);
      PrinterStatus status = printer.status();
      printer.print(Tickets.minimal("zh-CN"), Mode.TEXT, PaperWidth.MM80);

      assertThat(status.state()).isEqualTo(State.UNKNOWN);
      assertThat(status.reason()).contains("no back channel");
    }
    assertThat(VirtualPrinter.decode(Files.readAllBytes(device)).cuts()).isEqualTo(2);
  }

  @Test
  void shouldNameTheMissingDeviceAndWhatToCheck() {
    try (Printer printer = Printer.open("file:" + dir.resolve("missing/lp0"))) {
      assertThatThrownBy(() -> printer.send(new byte[] {27, 64}))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("missing/lp0")
          .hasMessageContaining("plugged in");
    }
  }

  @Test
  void shouldNameAMissingSerialPort() {
    try (Printer printer = Printer.open("serial:/dev/ttyUSB97")) {
      assertThatThrownBy(printer::status)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("/dev/ttyUSB97 does not exist");
    }
  }
}
