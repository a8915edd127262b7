package org.hallqueue.floorplans.drawing;

import java.util.List;
import java.util.Optional;

/** The one table of styles all renderers use. */
final class Styles {
  private Styles() {}

  private static Style area(
      String fill, String stroke, double width, Pattern pattern, String patternColor) {
    return new Style(
        Optional.of(fill), Optional.of(stroke), width, List.of(), pattern, patternColor, 0, false);
  }

  private static Style text(String color, double size, boolean bold) {
    // Text gets a white halo (the stroke, painted under the fill) so it stays legible on patterns.
    return new Style(
        Optional.of(color),
        Optional.of("#ffffff"),
        size * 0.2,
        List.of(),
        Pattern.NONE,
        color,
        size,
        bold);
  }

  static Style of(Role role) {
    return switch (role) {
      case FLOOR -> area("#ffffff", "#222222", 0.05, Pattern.NONE, "#000000");
      case ZONE ->
          new Style(
              Optional.of("#dcebf7"),
              Optional.of("#2f6a9a"),
              0.08,
              List.of(0.4, 0.25),
              Pattern.DOTS,
              "#7fa7c9",
              0,
              false);
      case RAMP -> area("#e9f5e1", "#3d7a2a", 0.06, Pattern.CHEVRONS, "#3d7a2a");
      case STEPS -> area("#f2e6cf", "#6b4e16", 0.06, Pattern.TREADS, "#6b4e16");
      case OBSTACLE -> area("#d2d2d2", "#555555", 0.05, Pattern.HATCH, "#8a8a8a");
      case SEATS -> area("#c9d7e3", "#4f6d86", 0.04, Pattern.NONE, "#4f6d86");
      case WALL -> area("#1a1a1a", "#1a1a1a", 0.02, Pattern.NONE, "#1a1a1a");
      case CONNECTOR -> area("#f3f3f3", "#333333", 0.08, Pattern.CROSS_HATCH, "#9a9a9a");
      case ENTRANCE -> area("#2e7d32", "#0b3d0e", 0.06, Pattern.NONE, "#ffffff");
      case KIOSK -> area("#ab47bc", "#2d0a42", 0.06, Pattern.NONE, "#ffffff");
      case DISPLAY -> area("#ffffff", "#0d47a1", 0.12, Pattern.NONE, "#0d47a1");
      case COUNTER -> area("#0d3b66", "#061c31", 0.06, Pattern.NONE, "#ffffff");
      case COUNTER_NUMBER ->
          new Style(
              Optional.of("#ffffff"),
              Optional.empty(),
              0,
              List.of(),
              Pattern.NONE,
              "#ffffff",
              0.75,
              true);
      case ROUTE_CASING ->
          new Style(
              Optional.empty(),
              Optional.of("#ffffff"),
              0.75,
              List.of(),
              Pattern.NONE,
              "#ffffff",
              0,
              false);
      case ROUTE ->
          new Style(
              Optional.empty(),
              Optional.of("#d84315"),
              0.4,
              List.of(),
              Pattern.NONE,
              "#d84315",
              0,
              false);
      case ROUTE_ARROW ->
          new Style(
              Optional.of("#ffffff"),
              Optional.empty(),
              0,
              List.of(),
              Pattern.NONE,
              "#ffffff",
              0,
              false);
      case ROUTE_START -> area("#ffffff", "#d84315", 0.15, Pattern.NONE, "#d84315");
      case ROUTE_END -> area("#d84315", "#3e1204", 0.12, Pattern.NONE, "#ffffff");
      case YOU_ARE_HERE -> area("#c62828", "#000000", 0.15, Pattern.NONE, "#ffffff");
      case LABEL -> text("#111111", 0.6, false);
      case LABEL_SMALL -> text("#333333", 0.42, false);
      case TITLE -> text("#000000", 1.1, true);
      case LEGEND_FRAME -> area("#ffffff", "#555555", 0.04, Pattern.NONE, "#000000");
    };
  }
}
