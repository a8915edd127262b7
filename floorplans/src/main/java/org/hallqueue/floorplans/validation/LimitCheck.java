package org.hallqueue.floorplans.validation;

import static org.hallqueue.floorplans.FloorplanLimits.MAX_CONNECTORS;
import static org.hallqueue.floorplans.FloorplanLimits.MAX_COORDINATE;
import static org.hallqueue.floorplans.FloorplanLimits.MAX_ELEMENTS_PER_FLOOR;
import static org.hallqueue.floorplans.FloorplanLimits.MAX_FLOORS;
import static org.hallqueue.floorplans.FloorplanLimits.MAX_FLOOR_SIZE;
import static org.hallqueue.floorplans.FloorplanLimits.MAX_POINTS_PER_FLOOR;
import static org.hallqueue.floorplans.FloorplanLimits.MAX_POINTS_PER_SHAPE;
import static org.hallqueue.floorplans.FloorplanLimits.MAX_SHAPES_PER_LIST;
import static org.hallqueue.floorplans.FloorplanLimits.MAX_STOPS_PER_CONNECTOR;
import static org.hallqueue.floorplans.FloorplanLimits.MAX_WALL_THICKNESS;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.WaitingZone;
import tools.jackson.core.JsonPointer;

/**
 * Checks an office against {@link org.hallqueue.floorplans.FloorplanLimits} in one pass over its
 * lists, looking at no point of a list or shape that is already too long. When anything is beyond a
 * limit the other checks do not run.
 */
final class LimitCheck {
  private final List<Problem> problems = new ArrayList<>();

  private LimitCheck() {}

  static List<Problem> problems(Office office) {
    LimitCheck check = new LimitCheck();
    check.office(office);
    return List.copyOf(check.problems);
  }

  private void office(Office office) {
    JsonPointer root = JsonPointer.empty();
    if (count(root, "floors", office.floors().size(), MAX_FLOORS)) {
      for (int f = 0; f < office.floors().size(); f++) {
        floor(office.floors().get(f), root.appendProperty("floors").appendIndex(f));
      }
    }
    if (count(root, "connectors", office.connectors().size(), MAX_CONNECTORS)) {
      for (int c = 0; c < office.connectors().size(); c++) {
        connector(office.connectors().get(c), root.appendProperty("connectors").appendIndex(c));
      }
    }
  }

  private void floor(Floor floor, JsonPointer at) {
    size(() -> at, "width", floor.width(), MAX_FLOOR_SIZE);
    size(() -> at, "depth", floor.depth(), MAX_FLOOR_SIZE);
    long points = 0;
    points += shapes(at, "walls", floor.walls(), w -> w.points(), "points");
    for (int i = 0; i < floor.walls().size() && floor.walls().size() <= MAX_SHAPES_PER_LIST; i++) {
      int wall = i;
      size(
          () -> at.appendProperty("walls").appendIndex(wall),
          "thickness",
          floor.walls().get(i).thickness(),
          MAX_WALL_THICKNESS);
    }
    points += shapes(at, "obstacles", floor.obstacles(), o -> o.polygon(), "polygon");
    points += shapes(at, "levelChanges", floor.levelChanges(), c -> c.polygon(), "polygon");
    List<Element> elements = floor.elements();
    if (count(at, "elements", elements.size(), MAX_ELEMENTS_PER_FLOOR)) {
      for (int e = 0; e < elements.size(); e++) {
        int index = e;
        Supplier<JsonPointer> element = () -> at.appendProperty("elements").appendIndex(index);
        point(() -> element.get().appendProperty("at"), elements.get(e).at());
        if (elements.get(e) instanceof WaitingZone zone) {
          points += points(element, "area", zone.area());
          count(element.get(), "counters", zone.counters().size(), MAX_ELEMENTS_PER_FLOOR);
        }
      }
    }
    if (points > MAX_POINTS_PER_FLOOR) {
      problems.add(LimitMessages.tooManyPointsOnFloor(at, points, MAX_POINTS_PER_FLOOR));
    }
  }

  /** Checks a list of shapes and their points; gives the number of points looked at. */
  private <T> long shapes(
      JsonPointer at, String field, List<T> shapes, Function<T, List<Point>> points, String key) {
    if (!count(at, field, shapes.size(), MAX_SHAPES_PER_LIST)) {
      return 0;
    }
    long total = 0;
    for (int i = 0; i < shapes.size(); i++) {
      int index = i;
      total +=
          points(
              () -> at.appendProperty(field).appendIndex(index), key, points.apply(shapes.get(i)));
    }
    return total;
  }

  private long points(Supplier<JsonPointer> at, String field, List<Point> points) {
    if (points.size() > MAX_POINTS_PER_SHAPE) {
      problems.add(
          LimitMessages.tooManyPoints(
              at.get().appendProperty(field), field, points.size(), MAX_POINTS_PER_SHAPE));
      return 0;
    }
    for (int k = 0; k < points.size(); k++) {
      int index = k;
      if (!point(() -> at.get().appendProperty(field).appendIndex(index), points.get(k))) {
        break; // one point out of bounds per shape is enough to find it
      }
    }
    return points.size();
  }

  private void connector(Connector connector, JsonPointer at) {
    if (count(at, "stops", connector.stops().size(), MAX_STOPS_PER_CONNECTOR)) {
      for (int s = 0; s < connector.stops().size(); s++) {
        int stop = s;
        point(
            () -> at.appendProperty("stops").appendIndex(stop).appendProperty("at"),
            connector.stops().get(s).at());
      }
    }
  }

  /** Notes a list that is too long; true when it is not. */
  private boolean count(JsonPointer at, String field, int count, int limit) {
    if (count > limit) {
      problems.add(LimitMessages.tooMany(at.appendProperty(field), field, count, limit));
      return false;
    }
    return true;
  }

  private void size(Supplier<JsonPointer> at, String field, double value, double limit) {
    if (!Double.isFinite(value) || value > limit) {
      problems.add(LimitMessages.tooLarge(at.get().appendProperty(field), field, value, limit));
    }
  }

  /** Notes a point out of bounds; true when it is within them. */
  private boolean point(Supplier<JsonPointer> at, Point p) {
    if (withinBounds(p.x()) && withinBounds(p.y())) {
      return true;
    }
    problems.add(LimitMessages.outOfBounds(at.get(), MAX_COORDINATE));
    return false;
  }

  private static boolean withinBounds(double v) {
    return Double.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;
  }
}
