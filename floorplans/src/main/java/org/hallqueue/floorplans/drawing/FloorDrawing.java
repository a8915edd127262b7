package org.hallqueue.floorplans.drawing;

import java.util.List;
import org.hallqueue.floorplans.model.Lang;

/**
 * A renderer-independent picture of one floor: the area to show ({@code minX}, {@code minY}, {@code
 * width}, {@code height}, in metres; it includes a title above and a legend below the floor) and
 * the shapes, to be painted in list order with each role's {@link Role#style()}. The SVG writer and
 * the kiosk's JavaFX painter both consume it.
 */
public record FloorDrawing(
    int level,
    Lang lang,
    double minX,
    double minY,
    double width,
    double height,
    List<Shape> shapes) {
  public FloorDrawing {
    shapes = List.copyOf(shapes);
  }
}
