package org.hallqueue.server.web;

import java.text.Normalizer;

/**
 * What a text people read may hold: no control characters (a line break only in multi-line texts),
 * no zero-width, bidirectional-override or other invisible formatting characters, no line or
 * paragraph separators, no lone surrogates or unassigned code points. Such characters let a name
 * look different from what it is (a kiosk "Kiosk ‮exe.gnp" reads backwards) or hide text.
 */
public final class TextRule {
  private TextRule() {}

  /** The first refused character of {@code text} described ("U+202E"), or null if none. */
  public static String refused(String text, boolean lines) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (lines && (c == '\n' || c == '\r' || c == '\t')) {
        continue;
      }
      switch (Character.getType(c)) {
        case Character.CONTROL,
            Character.FORMAT,
            Character.LINE_SEPARATOR,
            Character.PARAGRAPH_SEPARATOR,
            Character.SURROGATE,
            Character.PRIVATE_USE,
            Character.UNASSIGNED -> {
          return String.format("U+%04X", c);
        }
        default -> {
          // allowed
        }
      }
    }
    return null;
  }

  /** Unicode normalisation form C: the same text is stored and compared as the same characters. */
  public static String normalised(String text) {
    return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
