package org.hallqueue.printer.virtual;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.printer.virtual.Receipt.Align;
import org.hallqueue.printer.virtual.Receipt.TextStyle;

/**
 * Reads ESC/POS bytes the way a thermal printer with a Chinese font does, and returns the {@link
 * Receipt} it would print. Understands text with styles, GB18030 in Chinese mode ({@code FS &} …
 * {@code FS .}), code page 437 outside it, line spacing and feeds, left margin, {@code GS ( k} QR
 * codes, {@code GS v 0} raster images and cuts; other commands are skipped with their parameters
 * and noted as warnings. Lines too wide for the paper wrap, as on a printer.
 */
public final class EscPosDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset CP437 = Charset.forName("IBM437");
  private static final int DEFAULT_LINE_SPACING = 30;

  private final byte[] in;
  private final int paperDots;
  private final List<Receipt.Element> elements = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final LineBuffer line = new LineBuffer();
  private final QrState qr = new QrState();
  private int pos;
  private TextStyle style;
  private boolean chineseMode;
  private Align align;
  private int lineSpacing;
  private int leftMargin;

  private EscPosDecoder(byte[] in, int paperDots) {
    this.in = in;
    this.paperDots = paperDots;
    reset();
  }

  /** Decodes bytes for a printable width in dots (384 for 58 mm, 576 for 80 mm). */
  public static Receipt decode(byte[] bytes, int paperDots) {
    EscPosDecoder decoder = new EscPosDecoder(bytes, paperDots);
    decoder.run();
    return new Receipt(paperDots, decoder.elements, decoder.warnings);
  }

  private void reset() {
    style = TextStyle.PLAIN;
    chineseMode = false;
    align = Align.LEFT;
    lineSpacing = DEFAULT_LINE_SPACING;
    leftMargin = 0;
  }

  private void run() {
    while (pos < in.length) {
      int b = in[pos++] & 0xFF;
      switch (b) {
        case 0x0A -> flushLine(false, lineSpacing);
        case 0x0D, 0x00 -> {}
        case 0x09 -> addText(" ", 1);
        case 0x10 -> dle(next());
        case 0x1B -> new EscCommands(this).run(next());
        case 0x1C -> fs(next());
        case 0x1D -> new GsCommands(this).run(next());
        default -> {
          if (b < 0x20) {
            warn("control byte " + hex(b) + " ignored");
          } else {
            character(b);
          }
        }
      }
    }
    flushIfPending();
  }

  /** Real-time commands: they print nothing; a status query is answered, not printed. */
  private void dle(int c) {
    switch (c) {
      case 0x04, 0x05 -> next();
      case 0x14 -> pos = Math.min(in.length, pos + 3);
      default -> warn("unknown real-time command DLE " + hex(c));
    }
  }

  private void fs(int c) {
    switch (c) {
      case '&' -> chineseMode = true;
      case '.' -> chineseMode = false;
      case '!' -> {
        int n = next();
        style =
            new TextStyle(
                style.bold(),
                (n & 0x80) != 0 ? 1 : style.underline(),
                style.reverse(),
                (n & 0x04) != 0 ? Math.max(2, style.width()) : style.width(),
                (n & 0x08) != 0 ? Math.max(2, style.height()) : style.height(),
                style.fontB());
      }
      case '-', 'C', 'W' -> skip("FS " + (char) c, 1);
      case 'S', 'p' -> skip("FS " + (char) c, 2);
      default -> warn("unknown command FS " + hex(c));
    }
  }

  private void character(int first) {
    if (first < 0x80) {
      addText(String.valueOf((char) first), 1);
    } else if (!chineseMode) {
      addText(new String(new byte[] {(byte) first}, CP437), 1);
    } else {
      int length = pos < in.length && (in[pos] & 0xFF) >= 0x30 && (in[pos] & 0xFF) <= 0x39 ? 4 : 2;
      int start = pos - 1;
      if (start + length > in.length) {
        warn("GB18030 character cut short at the end of the data");
        pos = in.length;
        return;
      }
      pos = start + length;
      try {
        String text = GB18030.newDecoder().decode(ByteBuffer.wrap(in, start, length)).toString();
        addText(text, 2);
      } catch (CharacterCodingException e) {
        warn("invalid GB18030 bytes at offset " + start);
        addText("\uFFFD", 2);
      }
    }
  }

  private void addText(String text, int cells) {
    int cellWidth = (style.fontB() ? 9 : 12) * cells * style.width();
    int printable = paperDots - leftMargin;
    if (line.width + cellWidth > printable && !line.isEmpty()) {
      flushLine(true, lineSpacing);
    }
    if (line.isEmpty()) {
      line.align = align;
    }
    line.add(text, style, chineseMode, cellWidth);
  }

  void flushLine(boolean wrapped, int spacing) {
    Align lineAlign = line.isEmpty() ? align : line.align;
    elements.add(
        new Receipt.TextLine(line.spans(), lineAlign, leftMargin, spacing, line.width, wrapped));
    line.clear();
  }

  void flushIfPending() {
    if (!line.isEmpty()) {
      flushLine(false, lineSpacing);
    }
  }

  // ---- state changes used by the command tables ----

  void initialize() {
    flushIfPending();
    reset();
  }

  TextStyle style() {
    return style;
  }

  void style(TextStyle newStyle) {
    style = newStyle;
  }

  void align(int n) {
    align =
        switch (n) {
          case 1, 49 -> Align.CENTER;
          case 2, 50 -> Align.RIGHT;
          default -> Align.LEFT;
        };
  }

  Align align() {
    return align;
  }

  void lineSpacing(int dots) {
    lineSpacing = dots;
  }

  int lineSpacing() {
    return lineSpacing;
  }

  void leftMargin(int dots) {
    leftMargin = Math.min(dots, paperDots - 12);
  }

  int leftMargin() {
    return leftMargin;
  }

  QrState qr() {
    return qr;
  }

  void emit(Receipt.Element element) {
    elements.add(element);
  }

  boolean lineIsEmpty() {
    return line.isEmpty();
  }

  // ---- reading bytes ----

  int next() {
    if (pos >= in.length) {
      warn("command cut short at the end of the data");
      return 0;
    }
    return in[pos++] & 0xFF;
  }

  int peek(int offset) {
    return pos + offset < in.length ? in[pos + offset] & 0xFF : 0;
  }

  /** Takes n bytes, or null (with a warning) when fewer remain. */
  byte[] take(int n, String what) {
    if (n < 0 || n > in.length - pos) { // pos + n could overflow
      warn(what + " declares " + n + " bytes but only " + (in.length - pos) + " remain");
      pos = in.length;
      return null;
    }
    byte[] out = new byte[n];
    System.arraycopy(in, pos, out, 0, n);
    pos += n;
    return out;
  }

  void skip(String what, int parameterBytes) {
    pos = Math.min(in.length, pos + parameterBytes);
    warn(what + " skipped");
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  static String hex(int b) {
    return String.format("0x%02X", b);
  }

  /** Decodes a QR payload: UTF-8 where valid, otherwise byte for byte. */
  static String payload(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  /** QR settings and stored data between {@code GS ( k} functions. */
  static final class QrState {
    int moduleSize = 3;
    char level = 'L';
    byte[] data;
  }

  /** The characters of the line being built. */
  private static final class LineBuffer {
    private final List<Receipt.Span> spans = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private TextStyle currentStyle;
    private boolean currentChinese;
    private int width;
    private Align align = Align.LEFT;

    void add(String text, TextStyle style, boolean chinese, int cellWidth) {
      if (currentStyle != null && (!currentStyle.equals(style) || chinese != currentChinese)) {
        spans.add(new Receipt.Span(current.toString(), currentStyle, currentChinese));
        current.setLength(0);
      }
      currentStyle = style;
      currentChinese = chinese;
      current.append(text);
      width += cellWidth;
    }

    boolean isEmpty() {
      return currentStyle == null;
    }

    List<Receipt.Span> spans() {
      List<Receipt.Span> all = new ArrayList<>(spans);
      if (currentStyle != null) {
        all.add(new Receipt.Span(current.toString(), currentStyle, currentChinese));
      }
      return all;
    }

    void clear() {
      spans.clear();
      current.setLength(0);
      currentStyle = null;
      width = 0;
    }
  }
}
