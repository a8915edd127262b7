package org.hallqueue.floorplans.model;

import java.util.List;
import org.hallqueue.floorplans.geometry.Point;

/**
 * A place on one floor where the ground changes height: steps (walkable, but not in a wheelchair)
 * or a ramp (step-free).
 */
public record LevelChange(String id, LevelChangeKind kind, List<Point> polygon) {
  public LevelChange {
    polygon = List.copyOf(polygon);
  }
}
