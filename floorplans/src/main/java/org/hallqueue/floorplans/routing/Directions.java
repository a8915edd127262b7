package org.hallqueue.floorplans.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorKind;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.DisplayBoard;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Facing;
import org.hallqueue.floorplans.model.Kiosk;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Office;

/**
 * Turns a path into spoken-style steps in both languages: walk, turn, take the lift, and where the
 * destination is when you arrive ("12号窗口在您右侧" / "Counter 12 is on your right"). Bends under 25° and
 * short jogs around furniture are folded into the walk so steps stay few.
 */
final class Directions {
  private static final double STRAIGHT_DEGREES = 25;
  private static final double BEAR_DEGREES = 60;
  private static final double AROUND_DEGREES = 150;
  private static final double SHORT_LEG = 1.0;

  private final Office office;

  Directions(Office office) {
    this.office = office;
  }

  List<LocalizedText> describe(Walk walk, Optional<Element> target) {
    List<LocalizedText> steps = new ArrayList<>();
    List<PathPoint> points = walk.points();
    Point heading = null;
    int viaIndex = 0;
    int start = 0;
    while (start < points.size()) {
      int end = start;
      while (end + 1 < points.size() && points.get(end + 1).floor() == points.get(start).floor()) {
        end++;
      }
      boolean toConnector = end + 1 < points.size();
      Optional<Connector> connector =
          toConnector ? connector(walk.via(), viaIndex++) : Optional.empty();
      heading = walkOnFloor(points.subList(start, end + 1), heading, connector, steps);
      if (toConnector) {
        int toLevel = points.get(end + 1).floor();
        steps.add(ride(connector, points.get(end).floor(), toLevel));
        heading = null; // we do not know which way the visitor faces leaving a lift or stairs
      }
      start = end + 1;
    }
    steps.add(arrival(heading, target));
    return steps;
  }

  private Optional<Connector> connector(List<String> via, int index) {
    if (index >= via.size()) {
      return Optional.empty();
    }
    String id = via.get(index);
    return office.connectors().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Adds the walking steps on one floor; returns the heading at the end (null if no walking). */
  private Point walkOnFloor(
      List<PathPoint> piece,
      Point heading,
      Optional<Connector> toConnector,
      List<LocalizedText> steps) {
    List<double[]> runs = new ArrayList<>(); // {turnDegrees or NaN for none, metres}
    Point current = heading;
    double turn = Double.NaN;
    double metres = 0;
    for (int i = 1; i < piece.size(); i++) {
      Point leg = piece.get(i).point().minus(piece.get(i - 1).point());
      double length = leg.length();
      if (length < 1e-6) {
        continue;
      }
      if (current == null) {
        current = leg.unit();
        metres = length;
        continue;
      }
      if (length < SHORT_LEG) {
        metres += length;
        continue;
      }
      double angle = signedDegrees(current, leg);
      if (Math.abs(angle) < STRAIGHT_DEGREES) {
        metres += length;
      } else {
        if (metres > 0 || !Double.isNaN(turn)) {
          runs.add(new double[] {turn, metres});
        }
        turn = angle;
        metres = length;
      }
      current = leg.unit();
    }
    if (metres > 0 || !Double.isNaN(turn)) {
      runs.add(new double[] {turn, metres});
    }
    for (int r = 0; r < runs.size(); r++) {
      boolean last = r == runs.size() - 1;
      steps.add(walkStep(runs.get(r)[0], runs.get(r)[1], last ? toConnector : Optional.empty()));
    }
    return current;
  }

  private static LocalizedText walkStep(double turn, double metres, Optional<Connector> to) {
    long m = Math.max(1, Math.round(metres));
    String zhWalk = "步行" + m + "米";
    String enWalk = "walk " + m + " m";
    if (to.isPresent()) {
      zhWalk += "到" + to.get().name().zhCN();
      enWalk += " to " + to.get().name().en();
    }
    if (Double.isNaN(turn)) {
      return LocalizedText.of(zhWalk, capitalize(enWalk));
    }
    LocalizedText how = turnWords(turn);
    return LocalizedText.of(how.zhCN() + "，" + zhWalk, how.en() + " and " + enWalk);
  }

  private static LocalizedText turnWords(double angle) {
    double a = Math.abs(angle);
    boolean right = angle > 0;
    if (a >= AROUND_DEGREES) {
      return LocalizedText.of("向后转", "Turn around");
    }
    if (a < BEAR_DEGREES) {
      return right ? LocalizedText.of("稍向右转", "Bear right") : LocalizedText.of("稍向左转", "Bear left");
    }
    return right ? LocalizedText.of("右转", "Turn right") : LocalizedText.of("左转", "Turn left");
  }

  private LocalizedText ride(Optional<Connector> connector, int fromLevel, int toLevel) {
    ConnectorKind kind = connector.map(Connector::kind).orElse(ConnectorKind.STAIRS);
    LocalizedText floor = floorWords(toLevel);
    boolean up = toLevel > fromLevel;
    return switch (kind) {
      case LIFT -> LocalizedText.of("乘电梯到" + floor.zhCN(), "Take the lift to " + floor.en());
      case STAIRS ->
          LocalizedText.of(
              "走楼梯" + (up ? "上" : "下") + "到" + floor.zhCN(),
              "Take the stairs " + (up ? "up" : "down") + " to " + floor.en());
      case ESCALATOR ->
          LocalizedText.of(
              "乘扶梯" + (up ? "上" : "下") + "到" + floor.zhCN(),
              "Take the escalator " + (up ? "up" : "down") + " to " + floor.en());
      case RAMP ->
          LocalizedText.of(
              "沿坡道" + (up ? "上" : "下") + "到" + floor.zhCN(),
              "Take the ramp " + (up ? "up" : "down") + " to " + floor.en());
    };
  }

  static LocalizedText floorWords(int level) {
    if (level <= 0) {
      int below = 1 - level;
      return LocalizedText.of("地下" + below + "层", "basement level " + below);
    }
    return LocalizedText.of(level + "层", "floor " + level);
  }

  private static LocalizedText arrival(Point heading, Optional<Element> target) {
    if (target.isEmpty()) {
      return LocalizedText.of("到达目的地", "You have arrived");
    }
    Element element = target.get();
    LocalizedText name = element.name();
    Optional<Facing> facing = facingOf(element);
    if (heading == null || facing.isEmpty()) {
      return LocalizedText.of("到达" + name.zhCN(), "You have arrived at " + name.en());
    }
    // The window looks towards the visitor, so the counter itself is the other way.
    Point towardsElement = facing.get().direction().scaled(-1);
    double angle = signedDegrees(heading, towardsElement);
    double a = Math.abs(angle);
    if (a <= 45) {
      return LocalizedText.of(name.zhCN() + "在您前方", name.en() + " is ahead of you");
    }
    if (a >= 135) {
      return LocalizedText.of(name.zhCN() + "在您身后", name.en() + " is behind you");
    }
    return angle > 0
        ? LocalizedText.of(name.zhCN() + "在您右侧", name.en() + " is on your right")
        : LocalizedText.of(name.zhCN() + "在您左侧", name.en() + " is on your left");
  }

  private static Optional<Facing> facingOf(Element element) {
    if (element instanceof Counter c) {
      return c.facing();
    }
    if (element instanceof Kiosk k) {
      return k.facing();
    }
    if (element instanceof DisplayBoard d) {
      return d.facing();
    }
    return Optional.empty();
  }

  /** The angle from one direction to another; positive turns right on a y-down plan. */
  static double signedDegrees(Point from, Point to) {
    return Math.toDegrees(Math.atan2(from.cross(to), from.dot(to)));
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
