package org.hallqueue.floorplans.drawing;

import java.util.List;
import java.util.Optional;

/**
 * How to paint a role: fill and stroke colours as {@code #rrggbb} (empty for none), stroke width
 * and dash lengths in metres, a fill pattern drawn in {@code patternColor}, and for text the font
 * size in metres and weight. Colours are chosen to differ in lightness as well as hue.
 */
public record Style(
    Optional<String> fill,
    Optional<String> stroke,
    double strokeWidth,
    List<Double> dash,
    Pattern pattern,
    String patternColor,
    double fontSize,
    boolean bold) {
  public Style {
    dash = List.copyOf(dash);
  }
}
