package org.hallqueue.printer.layout;

/**
 * One part of a laid-out ticket, independent of how it is encoded. Encoders wrap text to the paper
 * width themselves (columns in text mode, font metrics in raster mode).
 */
public sealed interface Block {

  /** Horizontal alignment. */
  enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /** Relative text sizes; each encoder maps them to its own dots. */
  enum Size {
    SMALL,
    NORMAL,
    LARGE,
    HUGE
  }

  /** A paragraph of text, wrapped by the encoder. */
  record Text(String text, Size size, boolean bold, Align align) implements Block {}

  /**
   * A checklist entry: a box, then the text; wrapped lines are indented under the text's first
   * character.
   */
  record Item(String text) implements Block {
    /** What is printed before the text. */
    public static final String BOX = "□ ";
  }

  /** A QR code of an ASCII payload, centered. */
  record Qr(String payload) implements Block {}

  /** A horizontal separator line. */
  record Rule() implements Block {}
}
