package org.hallqueue.floorplans.model;

import org.hallqueue.floorplans.geometry.Point;

/** The way a counter window, kiosk screen or display board faces; north is the top of the plan. */
public enum Facing {
  NORTH(0, -1),
  EAST(1, 0),
  SOUTH(0, 1),
  WEST(-1, 0);

  private final Point direction;

  Facing(double dx, double dy) {
    this.direction = new Point(dx, dy);
  }

  /** A unit vector pointing the way it faces. */
  public Point direction() {
    return direction;
  }
}
