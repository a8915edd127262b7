package org.hallqueue.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.hallqueue.printer.encoding.RasterEncoder;
import org.hallqueue.printer.encoding.TextEncoder;
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
    var blocks = TicketLayout.of(ticket);
    if (mode == Mode.TEXT) {
      TextEncoder.encode(blocks, width, out);
    } else {
      RasterEncoder.encode(blocks, width, out);
    }
  }

  /** The ticket's bytes. */
  public static byte[] encode(TicketPrint ticket, Mode mode, PaperWidth width) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(mode == Mode.TEXT ? 1024 : 64 * 1024);
    try {
      encode(ticket, mode, width, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }
}
