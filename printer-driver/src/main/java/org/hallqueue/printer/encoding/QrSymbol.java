package org.hallqueue.printer.encoding;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;

/**
 * A QR symbol's modules, as a printer draws it for {@code GS ( k}: model 2, no quiet zone. Used to
 * draw QR codes in raster tickets and in the virtual printer's PNG, and to choose a module size
 * that fits the paper.
 */
public final class QrSymbol {

  /** Error correction level M (15%): a good balance for paper that gets folded. */
  public static final char DEFAULT_LEVEL = 'M';

  private final boolean[][] dark;

  private QrSymbol(boolean[][] dark) {
    this.dark = dark;
  }

  /**
   * Encodes a payload at an error correction level 'L', 'M', 'Q' or 'H'.
   *
   * @throws IllegalArgumentException when the payload does not fit in a QR symbol
   */
  public static QrSymbol of(String payload, char level) {
    try {
      ByteMatrix matrix =
          Encoder.encode(
                  payload,
                  ErrorCorrectionLevel.valueOf(String.valueOf(level)),
                  Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"))
              .getMatrix();
      boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          dark[y][x] = matrix.get(x, y) == 1;
        }
      }
      return new QrSymbol(dark);
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "cannot make a QR code of this payload: " + e.getMessage());
    }
  }

  /** Modules per side. */
  public int modules() {
    return dark.length;
  }

  /** Whether the module at column x, row y is dark. */
  public boolean isDark(int x, int y) {
    return dark[y][x];
  }

  /**
   * The module size in dots for a paper width: up to 6 dots on 80 mm and 5 on 58 mm (a phone scans
   * ~25 mm easily), smaller for long payloads so the symbol stays within 70% of the width.
   */
  public static int moduleSize(String payload, int paperDots) {
    int max = paperDots >= 576 ? 6 : 5;
    int modules = of(payload, DEFAULT_LEVEL).modules();
    return Math.max(2, Math.min(max, paperDots * 7 / 10 / modules));
  }
}
