package org.hallqueue.printer;

/** Thermal paper widths, with the printable width in dots at 203 dpi. */
public enum PaperWidth {
  /** 58 mm paper: 384 dots, 32 columns of font A (12×24). */
  MM58(384),
  /** 80 mm paper: 576 dots, 48 columns of font A (12×24). */
  MM80(576);

  private final int dots;

  PaperWidth(int dots) {
    this.dots = dots;
  }

  /** Printable width in dots. */
  public int dots() {
    return dots;
  }

  /** Columns of font A (12 dots wide) at normal size; a Chinese character takes two. */
  public int columns() {
    return dots / 12;
  }

  /**
   * Parses "58" or "80" (also "58mm", "MM80").
   *
   * @throws IllegalArgumentException for anything else
   */
  public static PaperWidth parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    t = t.replace("mm", "");
    return switch (t) {
      case "58" -> MM58;
      case "80" -> MM80;
      default ->
          throw new IllegalArgumentException(
              "paper width must be 58 or 80 (millimetres), not '" + text + "'");
    };
  }

  /** The width for a number of printable dots, e.g. 384 → MM58. */
  public static PaperWidth ofDots(int dots) {
    return dots <= MM58.dots ? MM58 : MM80;
  }
}
