package org.hallqueue.floorplans.geometry;

/**
 * A position on a floor in metres. The origin is the floor's north-west corner, x grows to the east
 * and y grows to the south, as on a screen or a printed plan.
 */
public record Point(double x, double y) {

  public Point {
    // -0.0 and 0.0 are the same place; keeping one of them makes written files round-trip
    x = x == 0 ? 0 : x;
    y = y == 0 ? 0 : y;
  }

  public double distanceTo(Point other) {
    return Math.hypot(other.x - x, other.y - y);
  }

  public Point plus(double dx, double dy) {
    return new Point(x + dx, y + dy);
  }

  public Point minus(Point other) {
    return new Point(x - other.x, y - other.y);
  }

  public Point scaled(double factor) {
    return new Point(x * factor, y * factor);
  }

  public double length() {
    return Math.hypot(x, y);
  }

  /** The same direction with length 1 (or the zero vector unchanged). */
  public Point unit() {
    double len = length();
    return len == 0 ? this : new Point(x / len, y / len);
  }

  public double dot(Point other) {
    return x * other.x + y * other.y;
  }

  /**
   * The z component of the cross product. With y growing southwards a positive value means {@code
   * other} points to the right of this direction.
   */
  public double cross(Point other) {
    return x * other.y - y * other.x;
  }
}
