package org.hallqueue.printer.encoding;

import com.github.anastaciocintra.escpos.EscPos;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.hallqueue.printer.PaperWidth;
import org.hallqueue.printer.layout.Block;

/**
 * Encodes laid-out blocks as ESC/POS text for printers with a built-in Chinese font: GB18030
 * between {@code FS &} (enter Chinese mode) and {@code FS .} (leave it), sizes by {@code GS !},
 * bold by {@code ESC E}, alignment by {@code ESC a}, native QR by {@code GS ( k}, a partial cut at
 * the end. Style commands are written only when the style changes, which keeps a ticket with QR
 * well under 1,200 bytes.
 */
public final class TextEncoder {

  /** GB18030: ASCII stays one byte; each Chinese character is two bytes (or four, rarely). */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private static final byte ESC = 0x1B;
  private static final byte GS = 0x1D;
  private static final byte FS = 0x1C;

  private final PaperWidth width;
  private final EscPos escpos;
  private boolean bold;
  private int sizeMultiplier = 1;
  private Block.Align align = Block.Align.LEFT;

  private TextEncoder(PaperWidth width, OutputStream out) {
    this.width = width;
    this.escpos = new EscPos(out);
    escpos.setCharsetName(GB18030.name());
  }

  /** Writes the whole ticket, from {@code ESC @} to the cut. */
  public static void encode(List<Block> blocks, PaperWidth width, OutputStream out)
      throws IOException {
    new TextEncoder(width, out).write(blocks);
  }

  /** Columns a code point takes in font A: 1 for ASCII, 2 for anything GB18030 encodes wider. */
  public static int columns(int codePoint) {
    return codePoint < 0x80 ? 1 : 2;
  }

  private void write(List<Block> blocks) throws IOException {
    escpos.initializePrinter();
    raw(FS, '&');
    for (Block block : blocks) {
      if (block instanceof Block.Text t) {
        text(t);
      } else if (block instanceof Block.Item item) {
        item(item);
      } else if (block instanceof Block.Qr q) {
        qr(q);
      } else {
        rule();
      }
    }
    style(false, 1, Block.Align.LEFT);
    raw(ESC, 'd', 4); // feed past the cutter
    raw(FS, '.');
    escpos.cut(EscPos.CutMode.PART);
    escpos.flush();
  }

  private void text(Block.Text t) throws IOException {
    int multiplier = multiplier(t);
    style(t.bold(), multiplier, t.align());
    int columns = width.columns() / multiplier;
    for (String line : LineWrapper.wrap(t.text(), columns, TextEncoder::columns)) {
      byte[] bytes = line.getBytes(GB18030);
      escpos.write(bytes, 0, bytes.length);
      escpos.write('\n');
    }
    if (multiplier > 1) {
      raw(ESC, 'J', multiplier > 2 ? 12 : 6); // air below big lines, which get no line spacing
    }
  }

  private void item(Block.Item item) throws IOException {
    style(false, 1, Block.Align.LEFT);
    int indent = LineWrapper.width(Block.Item.BOX, TextEncoder::columns);
    List<String> lines =
        LineWrapper.wrap(item.text(), width.columns() - indent, TextEncoder::columns);
    for (int i = 0; i < lines.size(); i++) {
      String prefix = i == 0 ? Block.Item.BOX : " ".repeat(indent);
      byte[] bytes = (prefix + lines.get(i)).getBytes(GB18030);
      escpos.write(bytes, 0, bytes.length);
      escpos.write('\n');
    }
  }

  private int multiplier(Block.Text t) {
    return switch (t.size()) {
      case SMALL, NORMAL -> 1;
      case LARGE -> 2;
      case HUGE -> {
        int textColumns = LineWrapper.width(t.text(), TextEncoder::columns);
        int max = width == PaperWidth.MM80 ? 5 : 4;
        yield Math.max(1, Math.min(max, width.columns() / Math.max(1, textColumns)));
      }
    };
  }

  private void rule() throws IOException {
    style(false, 1, Block.Align.LEFT);
    byte[] bytes = "─".repeat(width.columns() / 2).getBytes(GB18030);
    escpos.write(bytes, 0, bytes.length);
    escpos.write('\n');
  }

  private void qr(Block.Qr q) throws IOException {
    style(false, 1, Block.Align.CENTER);
    int moduleSize = QrSymbol.moduleSize(q.payload(), width.dots());
    byte[] bytes = QrCommand.bytes(q.payload(), moduleSize, QrSymbol.DEFAULT_LEVEL);
    raw(ESC, 'J', 12);
    escpos.write(bytes, 0, bytes.length);
    raw(ESC, 'J', 8);
  }

  /** Writes only the commands whose setting changes. */
  private void style(boolean bold, int multiplier, Block.Align align) throws IOException {
    if (bold != this.bold) {
      raw(ESC, 'E', bold ? 1 : 0);
      this.bold = bold;
    }
    if (multiplier != sizeMultiplier) {
      raw(GS, '!', (multiplier - 1) << 4 | (multiplier - 1));
      sizeMultiplier = multiplier;
    }
    if (align != this.align) {
      raw(ESC, 'a', align.ordinal());
      this.align = align;
    }
  }

  private void raw(int... bytes) throws IOException {
    for (int b : bytes) {
      escpos.write(b);
    }
  }
}
