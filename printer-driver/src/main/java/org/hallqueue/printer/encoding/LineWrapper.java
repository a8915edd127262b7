package org.hallqueue.printer.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Wraps a paragraph to a width: Latin words break at spaces (the space at a break is dropped),
 * Chinese text breaks between any two characters, and a word wider than a line is split.
 */
public final class LineWrapper {

  private LineWrapper() {}

  /**
   * Lines of at most {@code maxWidth}, measured by {@code widthOf} per code point. Lines carry no
   * leading or trailing spaces. Removing every space from the joined lines gives the text with its
   * spaces removed.
   */
  public static List<String> wrap(String text, int maxWidth, IntUnaryOperator widthOf) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    boolean pendingSpace = false;
    int spaceWidth = widthOf.applyAsInt(' ');
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (cp == ' ') {
        pendingSpace = line.length() > 0;
        i++;
        continue;
      }
      int end = tokenEnd(text, i);
      String token = text.substring(i, end);
      i = end;
      int tokenWidth = width(token, widthOf);
      int needed = tokenWidth + (pendingSpace ? spaceWidth : 0);
      if (lineWidth + needed <= maxWidth) {
        if (pendingSpace) {
          line.append(' ');
        }
        line.append(token);
        lineWidth += needed;
      } else {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        if (tokenWidth <= maxWidth) {
          line.append(token);
          lineWidth = tokenWidth;
        } else {
          lineWidth = splitLongToken(token, maxWidth, widthOf, lines, line);
        }
      }
      pendingSpace = false;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The summed width of a string's code points. */
  public static int width(String s, IntUnaryOperator widthOf) {
    return s.codePoints().map(widthOf).sum();
  }

  private static int splitLongToken(
      String token,
      int maxWidth,
      IntUnaryOperator widthOf,
      List<String> lines,
      StringBuilder line) {
    int lineWidth = 0;
    for (int j = 0; j < token.length(); ) {
      int cp = token.codePointAt(j);
      j += Character.charCount(cp);
      int w = widthOf.applyAsInt(cp);
      if (lineWidth + w > maxWidth && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      line.appendCodePoint(cp);
      lineWidth += w;
    }
    return lineWidth;
  }

  /** A token is one wide (CJK) character, or a run of narrow non-space characters. */
  private static int tokenEnd(String text, int start) {
    int cp = text.codePointAt(start);
    int end = start + Character.charCount(cp);
    if (isWide(cp)) {
      return end;
    }
    while (end < text.length()) {
      int next = text.codePointAt(end);
      if (next == ' ' || isWide(next)) {
        break;
      }
      end += Character.charCount(next);
    }
    return end;
  }

  private static boolean isWide(int cp) {
    return cp >= 0x2E80;
  }
}
