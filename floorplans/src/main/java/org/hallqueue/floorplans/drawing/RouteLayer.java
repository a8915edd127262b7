package org.hallqueue.floorplans.drawing;

import java.util.List;
import org.hallqueue.floorplans.drawing.Shape.Anchor;
import org.hallqueue.floorplans.drawing.Shape.Area;
import org.hallqueue.floorplans.drawing.Shape.Circle;
import org.hallqueue.floorplans.drawing.Shape.Label;
import org.hallqueue.floorplans.drawing.Shape.Line;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.PathPoint;
import org.hallqueue.floorplans.routing.Route;

/**
 * Draws the part of a route on one floor: a thick line with a white casing and white arrows showing
 * the way, a start ring, an end dot, and where the route changes floor a note saying where it goes
 * or comes from.
 */
final class RouteLayer {
  private static final double ARROW_SPACING = 4.0;

  private final Office office;
  private final Floor floor;
  private final Lang lang;
  private final List<Shape> shapes;
  private final List<Shape> labels;

  RouteLayer(Office office, Floor floor, Lang lang, List<Shape> shapes, List<Shape> labels) {
    this.office = office;
    this.floor = floor;
    this.lang = lang;
    this.shapes = shapes;
    this.labels = labels;
  }

  void draw(Route route) {
    for (List<PathPoint> piece : route.piecesOnFloor(floor.level())) {
      if (piece.size() >= 2) {
        List<Point> points = piece.stream().map(PathPoint::point).toList();
        shapes.add(new Line(points, Role.ROUTE_CASING));
        shapes.add(new Line(points, Role.ROUTE));
        arrows(points);
      }
    }
    List<PathPoint> path = route.path();
    PathPoint first = path.get(0);
    PathPoint last = path.get(path.size() - 1);
    if (first.floor() == floor.level()) {
      shapes.add(new Circle(first.point(), 0.45, Role.ROUTE_START));
    }
    if (last.floor() == floor.level()) {
      shapes.add(new Circle(last.point(), 0.5, Role.ROUTE_END));
    }
    floorChanges(route);
  }

  private void arrows(List<Point> points) {
    double carried = ARROW_SPACING / 2;
    for (int i = 1; i < points.size(); i++) {
      Point a = points.get(i - 1);
      Point b = points.get(i);
      double length = a.distanceTo(b);
      Point dir = b.minus(a).unit();
      double at = carried;
      while (at < length) {
        shapes.add(arrow(a.plus(dir.x() * at, dir.y() * at), dir));
        at += ARROW_SPACING;
      }
      carried = at - length;
    }
  }

  private static Area arrow(Point tip, Point dir) {
    Point side = new Point(-dir.y(), dir.x());
    Point back = tip.minus(dir.scaled(0.3));
    return new Area(
        List.of(
            tip.plus(dir.x() * 0.12, dir.y() * 0.12),
            back.plus(side.x() * 0.15, side.y() * 0.15),
            back.minus(side.scaled(0.15))),
        Role.ROUTE_ARROW);
  }

  private void floorChanges(Route route) {
    List<PathPoint> path = route.path();
    int change = 0;
    for (int i = 0; i + 1 < path.size(); i++) {
      PathPoint here = path.get(i);
      PathPoint next = path.get(i + 1);
      if (here.floor() == next.floor()) {
        continue;
      }
      String viaId = change < route.via().size() ? route.via().get(change) : "";
      String connector =
          !viaId.isEmpty()
              ? office.connectors().stream()
                  .filter(c -> c.id().equals(viaId))
                  .findFirst()
                  .map(c -> c.name().in(lang))
                  .orElse("")
              : "";
      if (here.floor() == floor.level()) {
        LocalizedText words =
            LocalizedText.of(
                "经" + connector + "到" + next.floor() + "层",
                "Via " + connector + " to floor " + next.floor());
        labels.add(
            new Label(here.point().plus(0, -1.75), words.in(lang), Anchor.MIDDLE, Role.LABEL));
      } else if (next.floor() == floor.level()) {
        LocalizedText words =
            LocalizedText.of("从" + here.floor() + "层到达", "Arriving from floor " + here.floor());
        labels.add(
            new Label(next.point().plus(0, -1.75), words.in(lang), Anchor.MIDDLE, Role.LABEL));
      }
      change++;
    }
  }
}
