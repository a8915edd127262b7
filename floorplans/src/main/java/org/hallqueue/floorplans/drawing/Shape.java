package org.hallqueue.floorplans.drawing;

import java.util.List;
import org.hallqueue.floorplans.geometry.Point;

/** One thing to paint, in metres on the floor, styled by its {@link Role}. */
public sealed interface Shape {
  Role role();

  /** A closed polygon, filled and outlined. */
  record Area(List<Point> points, Role role) implements Shape {
    public Area {
      points = List.copyOf(points);
    }
  }

  /** An axis-aligned rectangle with its top-left corner at (x, y). */
  record Rect(double x, double y, double width, double height, Role role) implements Shape {}

  /** A circle. */
  record Circle(Point centre, double radius, Role role) implements Shape {}

  /** An open line through the points, stroked only. */
  record Line(List<Point> points, Role role) implements Shape {
    public Line {
      points = List.copyOf(points);
    }
  }

  /**
   * A line of text whose baseline starts, centres or ends at {@code at} (see {@link Anchor}); the
   * font size comes from the role's style.
   */
  record Label(Point at, String text, Anchor anchor, Role role) implements Shape {}

  /** Where a label sits relative to its point. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }
}
