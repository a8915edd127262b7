package org.hallqueue.printer.virtual;

import java.util.ArrayList;
import java.util.List;

/**
 * What a printer would produce from a stream of ESC/POS bytes: text lines with their styles, QR
 * codes, raster images, feeds and cuts, top to bottom, plus warnings about bytes it could not make
 * sense of.
 *
 * @param paperDots the printable width the bytes were decoded for
 * @param elements what comes out of the printer, in order
 * @param warnings commands that were skipped or malformed
 */
public record Receipt(int paperDots, List<Element> elements, List<String> warnings) {

  public Receipt {
    elements = List.copyOf(elements);
    warnings = List.copyOf(warnings);
  }

  /** Horizontal alignment as set by {@code ESC a}. */
  public enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /** One thing on the paper. */
  public sealed interface Element permits TextLine, QrCode, RasterImage, Feed, Cut {}

  /**
   * Character style.
   *
   * @param bold emphasized ({@code ESC E}, {@code ESC G} or {@code ESC !} bit 3)
   * @param underline underline thickness in dots, 0 for none
   * @param reverse white on black ({@code GS B})
   * @param width horizontal multiplier 1–8 ({@code GS !}, {@code ESC !})
   * @param height vertical multiplier 1–8
   * @param fontB the smaller font B (9×17) instead of font A (12×24)
   */
  public record TextStyle(
      boolean bold, int underline, boolean reverse, int width, int height, boolean fontB) {

    /** The style after {@code ESC @}. */
    public static final TextStyle PLAIN = new TextStyle(false, 0, false, 1, 1, false);
  }

  /**
   * A run of characters in one style.
   *
   * @param chineseMode printed in Chinese mode, where every non-ASCII character is double width
   */
  public record Span(String text, TextStyle style, boolean chineseMode) {

    /** Cells of font A (12 dots at width 1) a character takes. */
    public int cells(int codePoint) {
      return chineseMode && codePoint >= 0x80 ? 2 : 1;
    }
  }

  /**
   * A printed line of text.
   *
   * @param spans the styled runs, left to right
   * @param align the alignment in force when the line was printed
   * @param leftMargin the left margin in dots ({@code GS L})
   * @param lineSpacing the line spacing in dots; the paper advances by at least this
   * @param widthDots how wide the characters are in dots
   * @param wrappedByPrinter true when the line ran past the paper width and the printer broke it
   */
  public record TextLine(
      List<Span> spans,
      Align align,
      int leftMargin,
      int lineSpacing,
      int widthDots,
      boolean wrappedByPrinter)
      implements Element {

    public TextLine {
      spans = List.copyOf(spans);
    }

    /** The characters of the line. */
    public String text() {
      StringBuilder out = new StringBuilder();
      spans.forEach(s -> out.append(s.text()));
      return out.toString();
    }

    /** The tallest character's height multiplier, 1 for an empty line. */
    public int heightMultiplier() {
      return spans.stream().mapToInt(s -> s.style().height()).max().orElse(1);
    }
  }

  /** A QR code printed by {@code GS ( k}. */
  public record QrCode(String payload, int moduleSize, char level, Align align)
      implements Element {}

  /**
   * A raster image ({@code GS v 0}); bit 7 of the first byte of a row is its leftmost dot, 1 is
   * black.
   */
  public record RasterImage(
      int widthBytes, int height, int scaleX, int scaleY, int leftMargin, Align align, byte[] data)
      implements Element {

    /** Whether the dot at column x, row y (in image dots, before scaling) is black. */
    public boolean isBlack(int x, int y) {
      return (data[y * widthBytes + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    /** Width in image dots. */
    public int width() {
      return widthBytes * 8;
    }
  }

  /** Paper fed without printing. */
  public record Feed(int dots) implements Element {}

  /** The paper cut ({@code GS V}); partial leaves a hinge. */
  public record Cut(boolean partial) implements Element {}

  /** The text of every printed line, in order. */
  public List<String> textLines() {
    List<String> lines = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof TextLine line) {
        lines.add(line.text());
      }
    }
    return lines;
  }

  /** All text lines (with their styles). */
  public List<TextLine> lines() {
    return elements.stream().filter(TextLine.class::isInstance).map(TextLine.class::cast).toList();
  }

  /** The payloads of the QR codes, in order. */
  public List<String> qrPayloads() {
    return elements.stream()
        .filter(QrCode.class::isInstance)
        .map(e -> ((QrCode) e).payload())
        .toList();
  }

  /** The raster images, in order. */
  public List<RasterImage> images() {
    return elements.stream()
        .filter(RasterImage.class::isInstance)
        .map(RasterImage.class::cast)
        .toList();
  }

  /** The number of cuts. */
  public long cuts() {
    return elements.stream().filter(Cut.class::isInstance).count();
  }
}
