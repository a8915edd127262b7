package org.hallqueue.floorplans.drawing;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.floorplans.model.Lang;

/** Breaks a label into at most two lines when it is wider than the room it has. */
final class TextLines {
  private TextLines() {}

  /**
   * Lines of at most about {@code maxEms} em each (a Chinese character is one em, a Latin letter
   * about half).
   */
  static List<String> wrap(String text, Lang lang, double maxEms) {
    if (ems(text) <= maxEms) {
      return List.of(text);
    }
    int split = -1;
    double best = Double.MAX_VALUE;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean breakable = lang == Lang.ZH_CN ? (c == '（' || c == '(' || c == '·') : (c == ' ');
      if (breakable) {
        double imbalance = Math.abs(ems(text.substring(0, i)) - ems(text.substring(i)));
        if (imbalance < best) {
          best = imbalance;
          split = i;
        }
      }
    }
    if (split < 0) {
      split = text.length() / 2;
    }
    List<String> lines = new ArrayList<>();
    lines.add(text.substring(0, split).strip());
    lines.add(text.substring(split).strip());
    return lines;
  }

  static double ems(String text) {
    double ems = 0;
    for (int i = 0; i < text.length(); i++) {
      ems += text.charAt(i) < 0x2E80 ? 0.55 : 1.0;
    }
    return ems;
  }
}
