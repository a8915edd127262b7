package org.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallqueue.printer.encoding.TicketPainter;
import org.hallqueue.printer.layout.TicketLayout;
import org.junit.jupiter.api.Test;

/**
 * Measures bytes per ticket and seconds on the wire (8N1: 10 bits per byte) and writes the table to
 * target/wire-times.md. Also holds the encodings to their size budgets.
 */
class WireTimeReportTest {

  private static final int[] BAUDS = {9600, 115200};

  @Test
  void shouldKeepTextTicketsUnder1200BytesAndRasterTicketsPracticalAt115200() throws IOException {
    StringBuilder table = new StringBuilder();
    table.append(
        "| ticket | mode | paper | bytes | s at 9600 | s at 115200 | whole image, unbanded |\n");
    table.append("| --- | --- | --- | ---: | ---: | ---: | ---: |\n");
    for (TicketPrint ticket :
        new TicketPrint[] {Tickets.elderlyLaneShown(), Tickets.flexibleEmploymentInEnglish()}) {
      for (Mode mode : Mode.values()) {
        for (PaperWidth width : PaperWidth.values()) {
          int bytes = TicketEncoder.encode(ticket, mode, width).length;
          table.append(
              String.format(
                  "| %s | %s | %s | %,d | %.1f | %.2f | %s |%n",
                  ticket.language(),
                  mode.name().toLowerCase(),
                  width == PaperWidth.MM58 ? "58 mm" : "80 mm",
                  bytes,
                  seconds(bytes, BAUDS[0]),
                  seconds(bytes, BAUDS[1]),
                  mode == Mode.RASTER ? String.format("%,d", wholeImage(ticket, width)) : ""));
          if (mode == Mode.TEXT) {
            assertThat(bytes).isLessThan(1200);
          } else {
            assertThat(seconds(bytes, 115200)).isLessThan(5.0);
          }
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "wire-times.md"), table);
    System.out.print(table);
  }

  /** What one GS v 0 of the whole drawn ticket would send: the naive raster encoding. */
  private static int wholeImage(TicketPrint ticket, PaperWidth width) {
    return TicketPainter.paint(TicketLayout.of(ticket), width).getHeight() * width.dots() / 8;
  }

  private static double seconds(int bytes, int baud) {
    return bytes * 10.0 / baud;
  }
}
