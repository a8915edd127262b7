package org.hallqueue.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.hallqueue.printer.virtual.EscPosDecoder;
import org.hallqueue.printer.virtual.Receipt;
import org.hallqueue.printer.virtual.ReceiptRenderer;

/**
 * A printer in software: reads ESC/POS bytes back into the {@link Receipt} a thermal printer would
 * produce, and draws it as a PNG. Tests assert on the receipt; a manager previews tickets with
 * {@link #preview}, which goes through the very bytes a printer would get.
 */
public final class VirtualPrinter {

  private VirtualPrinter() {}

  /** Decodes bytes as printed on 80 mm paper. */
  public static Receipt decode(byte[] bytes) {
    return decode(bytes, PaperWidth.MM80);
  }

  /** Decodes bytes as printed on the given paper (text wraps at its width). */
  public static Receipt decode(byte[] bytes, PaperWidth width) {
    return EscPosDecoder.decode(bytes, width.dots());
  }

  /** Writes the receipt as a PNG, one pixel per printer dot. */
  public static void renderPng(Receipt receipt, OutputStream out) throws IOException {
    if (!ImageIO.write(ReceiptRenderer.render(receipt), "png", out)) {
      throw new IOException("no PNG writer in this Java runtime");
    }
  }

  /** A PNG of the ticket as the printer would print it in this mode and width. */
  public static byte[] preview(TicketPrint ticket, Mode mode, PaperWidth width) {
    return png(TicketEncoder.encode(ticket, mode, width), width);
  }

  /** A PNG of the appointment slip as the printer would print it in this mode and width. */
  public static byte[] preview(AppointmentSlip slip, Mode mode, PaperWidth width) {
    return png(TicketEncoder.encode(slip, mode, width), width);
  }

  private static byte[] png(byte[] escPos, PaperWidth width) {
    Receipt receipt = decode(escPos, width);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      renderPng(receipt, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
