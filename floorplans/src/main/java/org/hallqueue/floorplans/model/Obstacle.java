package org.hallqueue.floorplans.model;

import java.util.List;
import java.util.Optional;
import org.hallqueue.floorplans.geometry.Point;

/** Furniture or a fixture nobody walks through: a service desk, a row of seats, a pillar. */
public record Obstacle(
    String id, ObstacleKind kind, Optional<LocalizedText> name, List<Point> polygon) {
  public Obstacle {
    polygon = List.copyOf(polygon);
  }
}
