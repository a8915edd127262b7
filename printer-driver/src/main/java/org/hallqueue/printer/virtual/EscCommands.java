package org.hallqueue.printer.virtual;

import org.hallqueue.printer.virtual.Receipt.TextStyle;

/** The {@code ESC} commands of the virtual printer. */
final class EscCommands {

  private final EscPosDecoder d;

  EscCommands(EscPosDecoder decoder) {
    this.d = decoder;
  }

  void run(int c) {
    TextStyle s = d.style();
    switch (c) {
      case '@' -> d.initialize();
      case '!' -> {
        int n = d.next();
        d.style(
            new TextStyle(
                (n & 0x08) != 0,
                (n & 0x80) != 0 ? 1 : 0,
                s.reverse(),
                (n & 0x20) != 0 ? 2 : 1,
                (n & 0x10) != 0 ? 2 : 1,
                (n & 0x01) != 0));
      }
      case 'E', 'G' -> {
        boolean bold = (d.next() & 1) != 0;
        d.style(new TextStyle(bold, s.underline(), s.reverse(), s.width(), s.height(), s.fontB()));
      }
      case '-' -> {
        int n = d.next();
        int thickness = n == 1 || n == 49 ? 1 : n == 2 || n == 50 ? 2 : 0;
        d.style(new TextStyle(s.bold(), thickness, s.reverse(), s.width(), s.height(), s.fontB()));
      }
      case 'M' -> {
        int n = d.next();
        boolean fontB = n == 1 || n == 49;
        d.style(new TextStyle(s.bold(), s.underline(), s.reverse(), s.width(), s.height(), fontB));
      }
      case 'a' -> d.align(d.next());
      case '2' -> d.lineSpacing(30);
      case '3' -> d.lineSpacing(d.next());
      case 'd' -> feedLines(d.next());
      case 'J' -> feedDots(d.next());
      case 'i', 'm' -> cut();
      case 't', 'R', ' ', 'U', 'V', '{', 'r', '=', 'T', 'L', 'S', '%', '?', 'c' -> parameters(c);
      case '$', '\\' -> skip(c, 2);
      case 'p' -> skip(c, 3);
      case 'W' -> skip(c, 8);
      case 'D' -> tabs();
      case '*' -> bitImage();
      default -> d.warn("unknown command ESC " + EscPosDecoder.hex(c));
    }
  }

  private void feedLines(int lines) {
    if (!d.lineIsEmpty()) {
      d.flushLine(false, d.lineSpacing());
      lines--;
    }
    if (lines > 0) {
      d.emit(new Receipt.Feed(lines * d.lineSpacing()));
    }
  }

  private void feedDots(int dots) {
    if (!d.lineIsEmpty()) {
      d.flushLine(false, dots);
    } else if (dots > 0) {
      d.emit(new Receipt.Feed(dots));
    }
  }

  private void cut() {
    d.flushIfPending();
    d.emit(new Receipt.Cut(true));
  }

  /** Settings that change nothing the virtual printer draws, and their parameter bytes. */
  private void parameters(int c) {
    switch (c) {
      case 'L', 'S' -> {} // page mode on/off: no parameter
      case 'c' -> { // ESC c 3/4/5 n: sub-function and parameter
        d.next();
        d.next();
      }
      default -> d.next();
    }
  }

  private void skip(int c, int bytes) {
    for (int i = 0; i < bytes; i++) {
      d.next();
    }
    d.warn("ESC " + (char) c + " ignored");
  }

  private void tabs() {
    int n;
    int count = 0;
    do {
      n = d.next();
      count++;
    } while (n != 0 && count < 33);
  }

  private void bitImage() {
    int mode = d.next();
    int dots = d.next() | d.next() << 8;
    int bytesPerColumn = mode == 32 || mode == 33 ? 3 : 1;
    d.take(dots * bytesPerColumn, "ESC * bit image");
    d.warn("ESC * column bit image not drawn (use GS v 0)");
  }
}
