package org.hallqueue.floorplans.routing;

import java.util.List;
import org.hallqueue.floorplans.model.LocalizedText;

/**
 * A walking route between two elements: the corners of the path (each with its floor), its length
 * in metres (walking on floors plus the length of stairs or ramps used; a lift ride counts as 0),
 * the ids of the connectors used in order, and turn-by-turn steps in zh-CN and en.
 */
public record Route(
    String from,
    String to,
    boolean accessible,
    double lengthMeters,
    List<PathPoint> path,
    List<String> via,
    List<LocalizedText> steps) {
  public Route {
    path = List.copyOf(path);
    via = List.copyOf(via);
    steps = List.copyOf(steps);
  }

  /**
   * The corners of the path that lie on one floor, in order (one piece per visit to that floor).
   */
  public List<List<PathPoint>> piecesOnFloor(int level) {
    List<List<PathPoint>> pieces = new java.util.ArrayList<>();
    List<PathPoint> current = null;
    for (PathPoint p : path) {
      if (p.floor() == level) {
        if (current == null) {
          current = new java.util.ArrayList<>();
          pieces.add(current);
        }
        current.add(p);
      } else {
        current = null;
      }
    }
    return pieces;
  }
}
