package org.hallqueue.floorplans;

/** A position on a floor, in metres from the floor's origin. */
public record Point(double x, double y) {
  public double distanceTo(Point other) {
    return Math.hypot(other.x - x, other.y - y);
  }
}
