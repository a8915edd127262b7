package org.hallqueue.printer.virtual;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.hallqueue.printer.encoding.CjkFont;
import org.hallqueue.printer.encoding.QrSymbol;
import org.hallqueue.printer.virtual.Receipt.Align;

/**
 * Draws a {@link Receipt} as the paper would look, one pixel per printer dot: characters in 12×24 /
 * 24×24 cells (font A) scaled by their multipliers, QR modules, raster dots, and a dashed line
 * where the paper is cut.
 */
public final class ReceiptRenderer {

  private static final int PAPER_MARGIN = 24;
  private static final int CUT_GAP = 24;
  private static final Color PAPER_EDGE = new Color(0xBBBBBB);

  private final Receipt receipt;
  private final Font font = CjkFont.mono(24);
  private Graphics2D g;
  private int y;

  private ReceiptRenderer(Receipt receipt) {
    this.receipt = receipt;
  }

  /** The receipt as an image: white paper, black print. */
  public static BufferedImage render(Receipt receipt) {
    ReceiptRenderer renderer = new ReceiptRenderer(receipt);
    int height = renderer.measure();
    BufferedImage image =
        new BufferedImage(
            receipt.paperDots() + 2 * PAPER_MARGIN,
            Math.max(1, height + 2 * PAPER_MARGIN),
            BufferedImage.TYPE_INT_RGB);
    renderer.g = image.createGraphics();
    renderer.draw(image);
    renderer.g.dispose();
    return image;
  }

  private int measure() {
    int total = 0;
    for (Receipt.Element e : receipt.elements()) {
      total += advance(e);
    }
    return total;
  }

  private int advance(Receipt.Element e) {
    if (e instanceof Receipt.TextLine line) {
      return Math.max(line.lineSpacing(), 24 * line.heightMultiplier());
    } else if (e instanceof Receipt.QrCode qr) {
      return QrSymbol.of(qr.payload(), qr.level()).modules() * qr.moduleSize();
    } else if (e instanceof Receipt.RasterImage img) {
      return img.height() * img.scaleY();
    } else if (e instanceof Receipt.Feed feed) {
      return feed.dots();
    }
    return CUT_GAP;
  }

  private void draw(BufferedImage image) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(PAPER_EDGE);
    g.drawRect(0, 0, image.getWidth() - 1, image.getHeight() - 1);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    y = PAPER_MARGIN;
    for (Receipt.Element e : receipt.elements()) {
      g.setColor(Color.BLACK);
      if (e instanceof Receipt.TextLine line) {
        text(line);
      } else if (e instanceof Receipt.QrCode qr) {
        qr(qr);
      } else if (e instanceof Receipt.RasterImage img) {
        raster(img);
      } else if (e instanceof Receipt.Cut) {
        cut(image.getWidth());
      }
      y += advance(e);
    }
  }

  private int x(Align align, int leftMargin, int width) {
    int free = receipt.paperDots() - leftMargin - width;
    int offset =
        switch (align) {
          case LEFT -> 0;
          case CENTER -> free / 2;
          case RIGHT -> free;
        };
    return PAPER_MARGIN + leftMargin + Math.max(0, offset);
  }

  private void text(Receipt.TextLine line) {
    int baselineBottom = y + 24 * line.heightMultiplier();
    int x = x(line.align(), line.leftMargin(), line.widthDots());
    for (Receipt.Span span : line.spans()) {
      Receipt.TextStyle s = span.style();
      int cellHeight = (s.fontB() ? 17 : 24) * s.height();
      int top = baselineBottom - cellHeight;
      Font scaled =
          font.deriveFont(
              AffineTransform.getScaleInstance(
                  s.width() * (s.fontB() ? 0.75 : 1.0), s.height() * (s.fontB() ? 0.71 : 1.0)));
      g.setFont(scaled);
      FontMetrics metrics = g.getFontMetrics();
      int ascent = metrics.getAscent();
      for (int i = 0; i < span.text().length(); ) {
        int cp = span.text().codePointAt(i);
        i += Character.charCount(cp);
        int cell = (s.fontB() ? 9 : 12) * span.cells(cp) * s.width();
        if (s.reverse()) {
          g.setColor(Color.BLACK);
          g.fillRect(x, top, cell, cellHeight);
          g.setColor(Color.WHITE);
        }
        String glyph = new String(Character.toChars(cp));
        int glyphX = x + Math.max(0, (cell - metrics.stringWidth(glyph)) / 2);
        int baseline = top + (cellHeight + ascent - metrics.getDescent()) / 2;
        g.drawString(glyph, glyphX, baseline);
        if (s.bold()) {
          g.drawString(glyph, glyphX + 1, baseline);
        }
        if (s.underline() > 0) {
          g.fillRect(x, top + cellHeight - s.underline(), cell, s.underline());
        }
        g.setColor(Color.BLACK);
        x += cell;
      }
    }
  }

  private void qr(Receipt.QrCode qr) {
    QrSymbol symbol = QrSymbol.of(qr.payload(), qr.level());
    int size = symbol.modules() * qr.moduleSize();
    int left = x(qr.align(), 0, size);
    for (int my = 0; my < symbol.modules(); my++) {
      for (int mx = 0; mx < symbol.modules(); mx++) {
        if (symbol.isDark(mx, my)) {
          g.fillRect(
              left + mx * qr.moduleSize(),
              y + my * qr.moduleSize(),
              qr.moduleSize(),
              qr.moduleSize());
        }
      }
    }
  }

  private void raster(Receipt.RasterImage img) {
    int left = x(img.align(), img.leftMargin(), img.width() * img.scaleX());
    for (int row = 0; row < img.height(); row++) {
      for (int col = 0; col < img.width(); col++) {
        if (img.isBlack(col, row)) {
          g.fillRect(left + col * img.scaleX(), y + row * img.scaleY(), img.scaleX(), img.scaleY());
        }
      }
    }
  }

  private void cut(int width) {
    g.setColor(Color.GRAY);
    g.setStroke(
        new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
    g.drawLine(0, y + CUT_GAP / 2, width, y + CUT_GAP / 2);
    g.drawString("✂", 4, y + CUT_GAP / 2 - 2);
  }
}
