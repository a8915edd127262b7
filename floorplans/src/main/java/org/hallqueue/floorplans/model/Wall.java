package org.hallqueue.floorplans.model;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.geometry.Polygon;

/** A wall drawn as a line through {@code points} with a thickness in metres. */
public record Wall(String id, List<Point> points, double thickness) {
  public Wall {
    points = List.copyOf(points);
  }

  /** One rectangle per straight piece, each extended by half the thickness so corners close. */
  public List<Polygon> outline() {
    List<Polygon> pieces = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      pieces.add(Polygon.band(points.get(i - 1), points.get(i), thickness / 2, thickness / 2));
    }
    return pieces;
  }
}
