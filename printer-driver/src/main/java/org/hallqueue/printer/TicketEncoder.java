package org.hallqueue.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.hallqueue.printer.encoding.RasterEncoder;
import org.hallqueue.printer.encoding.TextEncoder;
import org.hallqueue.printer.layout.Block;
import org.hallqueue.printer.layout.SlipLayout;
import org.hallqueue.printer.layout.TicketLayout;

/**
 * Turns a ticket into the ESC/POS bytes a printer needs, in either {@link Mode}. Knows nothing of
 * transports: it writes to any {@link OutputStream}.
 */
public final class TicketEncoder {

  private TicketEncoder() {}

  /** Writes the ticket's bytes, from printer reset to cut. */
  public static void encode(TicketPrint ticket, Mode mode, PaperWidth width, OutputStream out)
      throws IOException {
    encode(TicketLayout.of(ticket), mode, width, out);
  }

  /** Writes an appointment slip's bytes, from printer reset to cut. */
  public static void encode(AppointmentSlip slip, Mode mode, PaperWidth width, OutputStream out)
      throws IOException {
    encode(SlipLayout.of(slip), mode, width, out);
  }

  /** An appointment slip's bytes. */
  public static byte[] encode(AppointmentSlip slip, Mode mode, PaperWidth width) {
    return bytes(mode, out -> encode(slip, mode, width, out));
  }

  private static void encode(List<Block> blocks, Mode mode, PaperWidth width, OutputStream out)
      throws IOException {
    if (mode == Mode.TEXT) {
      TextEncoder.encode(blocks, width, out);
    } else {
      RasterEncoder.encode(blocks, width, out);
    }
  }

  /** The ticket's bytes. */
  public static byte[] encode(TicketPrint ticket, Mode mode, PaperWidth width) {
    return bytes(mode, out -> encode(ticket, mode, width, out));
  }

  /** What a writer writes, in memory. */
  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static byte[] bytes(Mode mode, Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(mode == Mode.TEXT ? 1024 : 64 * 1024);
    try {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }
}
