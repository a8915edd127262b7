package org.hallqueue.server.floorplan;

import java.util.List;
import java.util.Map;
import org.hallqueue.floorplans.routing.Route;

/**
 * A walking route as the manager console draws it: the corners of the path with their floor, its
 * length, the lifts or stairs used and the turn-by-turn steps in zh-CN and en.
 */
record RoutePreview(
    String from,
    String to,
    boolean stepFree,
    double lengthMeters,
    List<String> via,
    List<Corner> path,
    List<Map<String, String>> steps) {

  /** One corner of the path, in metres on a floor (by its level). */
  record Corner(double x, double y, int floor) {}

  static RoutePreview of(Route route) {
    return new RoutePreview(
        route.from(),
        route.to(),
        route.accessible(),
        Math.round(route.lengthMeters() * 100) / 100.0,
        route.via(),
        route.path().stream().map(p -> new Corner(round(p.x()), round(p.y()), p.floor())).toList(),
        route.steps().stream().map(s -> s.asMap()).toList());
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
