package org.hallqueue.printer.encoding;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.List;
import org.hallqueue.printer.PaperWidth;
import org.hallqueue.printer.layout.Block;

/**
 * Draws laid-out blocks with Java2D and a CJK font onto a 1-bit image as wide as the printable
 * area. Text is drawn anti-aliased in gray and then thresholded, which gives cleaner strokes on a
 * thermal head than aliased glyphs.
 */
public final class TicketPainter {

  private static final int MARGIN = 8;
  private static final int THRESHOLD = 140;

  private final PaperWidth width;
  private final Graphics2D g;
  private final BufferedImage canvas;
  private int y = 4;

  private TicketPainter(PaperWidth width) {
    this.width = width;
    this.canvas = new BufferedImage(width.dots(), 6000, BufferedImage.TYPE_BYTE_GRAY);
    this.g = canvas.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  /** The ticket as a 1-bit image (black = print), exactly as tall as what was drawn. */
  public static BufferedImage paint(List<Block> blocks, PaperWidth width) {
    TicketPainter painter = new TicketPainter(width);
    for (Block block : blocks) {
      if (block instanceof Block.Text t) {
        painter.text(t);
      } else if (block instanceof Block.Item item) {
        painter.item(item);
      } else if (block instanceof Block.Qr q) {
        painter.qr(q);
      } else {
        painter.rule();
      }
    }
    painter.g.dispose();
    return painter.toBitonal();
  }

  /** Font size in pixels (= dots) for a text size on this paper. */
  static float pixels(Block.Size size, PaperWidth width) {
    boolean wide = width == PaperWidth.MM80;
    return switch (size) {
      case SMALL -> wide ? 22 : 20;
      case NORMAL -> wide ? 27 : 24;
      case LARGE -> wide ? 44 : 36;
      case HUGE -> wide ? 128 : 104;
    };
  }

  private void text(Block.Text t) {
    Font font = CjkFont.plain(pixels(t.size(), width));
    if (t.bold()) {
      font = font.deriveFont(Font.BOLD);
    }
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    int usable = width.dots() - 2 * MARGIN;
    int lineHeight = t.size() == Block.Size.HUGE ? metrics.getAscent() : metrics.getHeight();
    for (String line : LineWrapper.wrap(t.text(), usable, metrics::charWidth)) {
      int lineWidth = metrics.stringWidth(line);
      int x =
          switch (t.align()) {
            case LEFT -> MARGIN;
            case CENTER -> (width.dots() - lineWidth) / 2;
            case RIGHT -> width.dots() - MARGIN - lineWidth;
          };
      int baseline =
          y + (t.size() == Block.Size.HUGE ? metrics.getAscent() * 9 / 10 : metrics.getAscent());
      g.drawString(line, x, baseline);
      y += lineHeight;
    }
    y += 2;
  }

  private void item(Block.Item item) {
    g.setFont(CjkFont.plain(pixels(Block.Size.NORMAL, width)));
    FontMetrics metrics = g.getFontMetrics();
    int indent = metrics.stringWidth(Block.Item.BOX);
    int usable = width.dots() - 2 * MARGIN - indent;
    List<String> lines = LineWrapper.wrap(item.text(), usable, metrics::charWidth);
    g.drawString(Block.Item.BOX.strip(), MARGIN, y + metrics.getAscent());
    for (String line : lines) {
      g.drawString(line, MARGIN + indent, y + metrics.getAscent());
      y += metrics.getHeight();
    }
    y += 2;
  }

  private void rule() {
    y += 8;
    g.fillRect(MARGIN, y, width.dots() - 2 * MARGIN, 2);
    y += 12;
  }

  private void qr(Block.Qr q) {
    int moduleSize = QrSymbol.moduleSize(q.payload(), width.dots());
    QrSymbol symbol = QrSymbol.of(q.payload(), QrSymbol.DEFAULT_LEVEL);
    int size = symbol.modules() * moduleSize;
    int left = (width.dots() - size) / 2;
    y += 8;
    for (int my = 0; my < symbol.modules(); my++) {
      for (int mx = 0; mx < symbol.modules(); mx++) {
        if (symbol.isDark(mx, my)) {
          g.fillRect(left + mx * moduleSize, y + my * moduleSize, moduleSize, moduleSize);
        }
      }
    }
    y += size + 8;
  }

  private BufferedImage toBitonal() {
    int height = Math.min(canvas.getHeight(), y + 8);
    BufferedImage out = new BufferedImage(width.dots(), height, BufferedImage.TYPE_BYTE_BINARY);
    Raster gray = canvas.getRaster();
    for (int row = 0; row < height; row++) {
      for (int x = 0; x < width.dots(); x++) {
        boolean black = gray.getSample(x, row, 0) < THRESHOLD;
        out.setRGB(x, row, black ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    return out;
  }
}
