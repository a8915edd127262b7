package org.hallqueue.floorplans.geometry;

import java.util.List;

/** An axis-aligned rectangle, used to skip shapes that cannot touch a segment. */
public record Bounds(double minX, double minY, double maxX, double maxY) {

  public static Bounds of(List<Point> points) {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Point p : points) {
      minX = Math.min(minX, p.x());
      minY = Math.min(minY, p.y());
      maxX = Math.max(maxX, p.x());
      maxY = Math.max(maxY, p.y());
    }
    return new Bounds(minX, minY, maxX, maxY);
  }

  public boolean contains(Point p, double tolerance) {
    return p.x() >= minX - tolerance
        && p.x() <= maxX + tolerance
        && p.y() >= minY - tolerance
        && p.y() <= maxY + tolerance;
  }

  public boolean overlapsSegment(Point a, Point b) {
    return Math.max(a.x(), b.x()) >= minX
        && Math.min(a.x(), b.x()) <= maxX
        && Math.max(a.y(), b.y()) >= minY
        && Math.min(a.y(), b.y()) <= maxY;
  }

  public double width() {
    return maxX - minX;
  }

  public double height() {
    return maxY - minY;
  }
}
