package org.hallqueue.floorplans.routing;

import org.hallqueue.floorplans.geometry.Point;

/** A corner of a route: a position in metres on the floor with the given level. */
public record PathPoint(double x, double y, int floor) {
  public Point point() {
    return new Point(x, y);
  }
}
