package org.hallqueue.printer.encoding;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.hallqueue.printer.PaperWidth;
import org.hallqueue.printer.layout.Block;

/**
 * Encodes a ticket as 1-bit raster images ({@code GS v 0}) for printers without a Chinese font. To
 * keep the bytes down: one bit per dot; blank rows are never sent but fed with {@code ESC J}; the
 * image is cut into bands at every blank row, and each band sends only the byte columns between its
 * leftmost and rightmost ink, placed by a left margin ({@code GS L}); bands are at most {@value
 * #MAX_BAND_ROWS} rows so cheap printers with small buffers keep up.
 */
public final class RasterEncoder {

  /** Tallest band sent in one {@code GS v 0}. */
  public static final int MAX_BAND_ROWS = 256;

  private static final int ESC = 0x1B;
  private static final int GS = 0x1D;

  private RasterEncoder() {}

  /** Draws the blocks and writes the whole ticket, from {@code ESC @} to the cut. */
  public static void encode(List<Block> blocks, PaperWidth width, OutputStream out)
      throws IOException {
    encode(TicketPainter.paint(blocks, width), out);
  }

  /** Writes a 1-bit image (black = print) as a ticket. */
  public static void encode(BufferedImage image, OutputStream out) throws IOException {
    EscPos escpos = new EscPos(out);
    escpos.initializePrinter();
    RasterBitImageWrapper wrapper = new RasterBitImageWrapper();
    BitonalThreshold threshold = new BitonalThreshold();
    boolean[] inkRows = inkRows(image);
    int margin = 0;
    int blank = 0;
    int row = 0;
    while (row < image.getHeight()) {
      if (!inkRows[row]) {
        blank++;
        row++;
        continue;
      }
      feed(escpos, blank);
      blank = 0;
      int end = row;
      while (end < image.getHeight() && inkRows[end] && end - row < MAX_BAND_ROWS) {
        end++;
      }
      int[] columns = inkColumns(image, row, end);
      int left = columns[0] / 8 * 8;
      int right = Math.min(image.getWidth(), columns[1] / 8 * 8 + 8);
      if (left != margin) {
        escpos.write(GS).write('L').write(left & 0xFF).write(left >> 8);
        margin = left;
      }
      BufferedImage band = image.getSubimage(left, row, right - left, end - row);
      escpos.write(wrapper, new EscPosImage(new CoffeeImageImpl(band), threshold));
      row = end;
    }
    if (margin != 0) {
      escpos.write(GS).write('L').write(0).write(0);
    }
    escpos.write(ESC).write('d').write(4); // feed past the cutter
    escpos.cut(EscPos.CutMode.PART);
    escpos.flush();
  }

  private static void feed(EscPos escpos, int dots) throws IOException {
    while (dots > 0) {
      int step = Math.min(255, dots);
      escpos.write(ESC).write('J').write(step);
      dots -= step;
    }
  }

  private static boolean[] inkRows(BufferedImage image) {
    boolean[] ink = new boolean[image.getHeight()];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth() && !ink[y]; x++) {
        ink[y] = isBlack(image, x, y);
      }
    }
    return ink;
  }

  private static int[] inkColumns(BufferedImage image, int top, int bottom) {
    int min = image.getWidth();
    int max = -1;
    for (int y = top; y < bottom; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (isBlack(image, x, y)) {
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      }
    }
    return new int[] {min, Math.min(max, image.getWidth() - 1)};
  }

  private static boolean isBlack(BufferedImage image, int x, int y) {
    return (image.getRGB(x, y) & 0xFF) < 128;
  }
}
