package org.hallqueue.floorplans.drawing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallqueue.floorplans.drawing.Shape.Anchor;
import org.hallqueue.floorplans.drawing.Shape.Area;
import org.hallqueue.floorplans.drawing.Shape.Circle;
import org.hallqueue.floorplans.drawing.Shape.Label;
import org.hallqueue.floorplans.drawing.Shape.Rect;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.geometry.Polygon;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorStop;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.DisplayBoard;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Entrance;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Kiosk;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.LevelChange;
import org.hallqueue.floorplans.model.LevelChangeKind;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.ObstacleKind;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.WaitingZone;
import org.hallqueue.floorplans.model.Wall;
import org.hallqueue.floorplans.routing.Route;

/** Builds the {@link FloorDrawing} of a floor: layout, labels, route and "you are here". */
public final class FloorDrawings {
  static final double MARGIN = 1.0;
  static final double TITLE_SPACE = 3.2;

  private final Office office;
  private final Floor floor;
  private final Lang lang;
  private final List<Shape> shapes = new ArrayList<>();
  private final List<Shape> labels = new ArrayList<>();
  private final String hereId;

  private FloorDrawings(Office office, Floor floor, Lang lang, String hereId) {
    this.office = office;
    this.floor = floor;
    this.lang = lang;
    this.hereId = hereId;
  }

  /**
   * The drawing of floor {@code level}, labelled in {@code lang}, with the part of {@code route} on
   * this floor highlighted and a "you are here" mark at the element {@code youAreHere}.
   *
   * @throws IllegalArgumentException when the office has no such floor
   */
  public static FloorDrawing of(
      Office office, int level, Lang lang, Optional<Route> route, Optional<String> youAreHere) {
    Floor floor =
        office
            .floor(level)
            .orElseThrow(() -> new IllegalArgumentException("the office has no floor " + level));
    FloorDrawings d = new FloorDrawings(office, floor, lang, youAreHere.orElse(""));
    d.drawPlan();
    route.ifPresent(r -> new RouteLayer(office, floor, lang, d.shapes, d.labels).draw(r));
    youAreHere
        .flatMap(office::find)
        .filter(p -> p.floor() == floor)
        .ifPresent(p -> d.drawHere(p.element()));
    d.drawTitle(route);
    d.shapes.addAll(d.labels);
    double legendHeight = new Legend(lang, floor, d.shapes).draw();
    return new FloorDrawing(
        level,
        lang,
        -MARGIN,
        -TITLE_SPACE,
        floor.width() + 2 * MARGIN,
        floor.depth() + TITLE_SPACE + MARGIN + legendHeight,
        d.shapes);
  }

  private String text(LocalizedText t) {
    return t.in(lang);
  }

  private void drawPlan() {
    shapes.add(new Rect(0, 0, floor.width(), floor.depth(), Role.FLOOR));
    for (Element e : floor.elements()) {
      if (e instanceof WaitingZone zone && zone.area().size() >= 3) {
        drawZone(zone);
      }
    }
    for (LevelChange change : floor.levelChanges()) {
      boolean steps = change.kind() == LevelChangeKind.STEPS;
      shapes.add(new Area(change.polygon(), steps ? Role.STEPS : Role.RAMP));
    }
    for (Obstacle o : floor.obstacles()) {
      if (o.polygon().size() >= 3) {
        shapes.add(
            new Area(o.polygon(), o.kind() == ObstacleKind.SEATS ? Role.SEATS : Role.OBSTACLE));
        Polygon shape = new Polygon(o.polygon());
        // thin shapes such as a long service desk would hide their neighbours behind a label
        boolean roomForLabel = Math.min(shape.bounds().width(), shape.bounds().height()) >= 0.9;
        o.name()
            .filter(n -> roomForLabel)
            .ifPresent(
                n ->
                    labels.add(
                        new Label(
                            centre(o.polygon()).plus(0, 0.15),
                            text(n),
                            Anchor.MIDDLE,
                            Role.LABEL_SMALL)));
      }
    }
    for (Wall wall : floor.walls()) {
      wall.outline().forEach(p -> shapes.add(new Area(p.points(), Role.WALL)));
    }
    for (Connector c : office.connectors()) {
      for (ConnectorStop stop : c.stops()) {
        if (stop.floor() == floor.level()) {
          drawConnector(c, stop);
        }
      }
    }
    for (Element e : floor.elements()) {
      if (e instanceof Entrance) {
        shapes.add(new Circle(e.at(), 0.55, Role.ENTRANCE));
        nameLabel(e, e.at().plus(0, -0.9), Role.LABEL);
      } else if (e instanceof Kiosk) {
        shapes.add(new Rect(e.at().x() - 0.4, e.at().y() - 0.4, 0.8, 0.8, Role.KIOSK));
        nameLabel(e, e.at().plus(0, 1.15), Role.LABEL_SMALL);
      } else if (e instanceof DisplayBoard) {
        shapes.add(new Rect(e.at().x() - 1.0, e.at().y() - 0.2, 2.0, 0.4, Role.DISPLAY));
        nameLabel(e, e.at().plus(0, 0.85), Role.LABEL_SMALL);
      } else if (e instanceof Counter counter) {
        drawCounter(counter);
      }
    }
  }

  private void nameLabel(Element e, Point at, Role role) {
    if (!e.id().equals(hereId)) {
      labels.add(placed(at, text(e.name()), role));
    }
  }

  /** A centred label, shifted to start or end at its point when it would cross the floor edge. */
  Label placed(Point at, String words, Role role) {
    double half = TextLines.ems(words) * role.style().fontSize() / 2;
    if (at.x() + half > floor.width() - 0.5) {
      return new Label(new Point(floor.width() - 0.3, at.y()), words, Anchor.END, role);
    }
    if (at.x() - half < 0.5) {
      return new Label(new Point(0.3, at.y()), words, Anchor.START, role);
    }
    return new Label(at, words, Anchor.MIDDLE, role);
  }

  private void drawZone(WaitingZone zone) {
    shapes.add(new Area(zone.area(), Role.ZONE));
    Polygon area = new Polygon(zone.area());
    Point corner = new Point(area.bounds().minX() + 0.4, area.bounds().minY() + 0.9);
    labels.add(new Label(corner, text(zone.name()), Anchor.START, Role.LABEL));
    String seats = lang == Lang.ZH_CN ? zone.seats() + "个座位" : zone.seats() + " seats";
    labels.add(new Label(corner.plus(0, 0.65), seats, Anchor.START, Role.LABEL_SMALL));
  }

  private void drawConnector(Connector c, ConnectorStop stop) {
    Point at = stop.at();
    shapes.add(new Rect(at.x() - 0.8, at.y() - 0.8, 1.6, 1.6, Role.CONNECTOR));
    labels.add(new Label(at.plus(0, -1.05), text(c.name()), Anchor.MIDDLE, Role.LABEL_SMALL));
    String access =
        c.accessible()
            ? text(LocalizedText.of("无障碍", "step-free"))
            : text(LocalizedText.of("有台阶", "has steps"));
    labels.add(new Label(at.plus(0, 0.2), access, Anchor.MIDDLE, Role.LABEL_SMALL));
  }

  private void drawCounter(Counter counter) {
    Point towardsDesk = counter.facing().map(f -> f.direction().scaled(-1)).orElse(new Point(0, 0));
    Point centre = counter.at().plus(towardsDesk.x() * 0.95, towardsDesk.y() * 0.95);
    shapes.add(new Rect(centre.x() - 0.75, centre.y() - 0.55, 1.5, 1.1, Role.COUNTER));
    labels.add(
        new Label(
            centre.plus(0, 0.27),
            Integer.toString(counter.number()),
            Anchor.MIDDLE,
            Role.COUNTER_NUMBER));
    counter
        .label()
        .ifPresent(
            l -> {
              Point away = counter.facing().map(f -> f.direction()).orElse(new Point(0, 1));
              Point first = counter.at().plus(away.x() * 0.55, away.y() * 0.55 + 0.45);
              List<String> lines = TextLines.wrap(text(l), lang, 3.6 / 0.42);
              for (int i = 0; i < lines.size(); i++) {
                labels.add(
                    new Label(
                        first.plus(0, i * 0.5), lines.get(i), Anchor.MIDDLE, Role.LABEL_SMALL));
              }
            });
  }

  private void drawHere(Element element) {
    Point at = element.at();
    shapes.add(new Circle(at, 0.75, Role.YOU_ARE_HERE));
    shapes.add(new Circle(at, 0.25, Role.ROUTE_START));
    String words = text(LocalizedText.of("您在这里：", "You are here: ")) + text(element.name());
    labels.add(placed(at.plus(0, -1.05), words, Role.LABEL));
  }

  private void drawTitle(Optional<Route> route) {
    String title = text(office.name()) + " · " + text(floor.name());
    labels.add(new Label(new Point(0, -1.6), title, Anchor.START, Role.TITLE));
    route.ifPresent(
        r -> {
          String from = office.find(r.from()).map(p -> text(p.element().name())).orElse(r.from());
          String to = office.find(r.to()).map(p -> text(p.element().name())).orElse(r.to());
          long metres = Math.round(r.lengthMeters());
          String line =
              lang == Lang.ZH_CN
                  ? "路线："
                      + from
                      + " → "
                      + to
                      + "，约"
                      + metres
                      + "米"
                      + (r.accessible() ? "（无障碍路线）" : "")
                  : "Route: "
                      + from
                      + " → "
                      + to
                      + ", about "
                      + metres
                      + " m"
                      + (r.accessible() ? " (step-free)" : "");
          labels.add(new Label(new Point(0, -0.45), line, Anchor.START, Role.LABEL));
        });
  }

  static Point centre(List<Point> points) {
    return new Polygon(points).centroid();
  }
}
