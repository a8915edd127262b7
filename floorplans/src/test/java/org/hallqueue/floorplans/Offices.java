package org.hallqueue.floorplans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.DisplayBoard;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Entrance;
import org.hallqueue.floorplans.model.Facing;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Kiosk;
import org.hallqueue.floorplans.model.LevelChange;
import org.hallqueue.floorplans.model.LevelChangeKind;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.ObstacleKind;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.WaitingZone;
import org.hallqueue.floorplans.model.Wall;

/** Offices for tests, built in code or read from the examples. */
public final class Offices {
  private Offices() {}

  /**
   * A valid 20 m × 10 m hall: an entrance on the south side, a partition wall, a service desk with
   * two counters in front of it, a waiting zone with its display board and a kiosk.
   */
  public static Office smallHall() {
    return oneFloor(
        List.of(wall("wall-partition", 5, 0, 5, 5)),
        List.of(box("service-desk", 11, 1, 19, 1.8)),
        List.of(),
        List.of(
            entrance(10, 9.5),
            counter(1, 13, 2.6),
            counter(2, 17, 2.6),
            new WaitingZone(
                "zone-a",
                text("A区等候区", "Waiting zone A"),
                new Point(4, 8),
                rectangle(1, 6, 8, 9.5),
                10,
                List.of("counter-1", "counter-2")),
            new DisplayBoard(
                "display-a",
                text("A区叫号屏", "Display A"),
                new Point(4, 6.3),
                Optional.empty(),
                "zone-a"),
            new Kiosk("kiosk-1", text("1号自助机", "Kiosk 1"), new Point(15, 8), Optional.empty())),
        true);
  }

  /**
   * A square hall with {@code pillars} pillars of 0.5 m in rows 2 m apart, an entrance in one
   * corner and a counter in the opposite one: the largest plan a busy hall could need, many times
   * over.
   */
  public static Office pillarHall(int pillars) {
    int side = (int) Math.ceil(Math.sqrt(pillars));
    double size = side * 2.0 + 2;
    List<Obstacle> obstacles = new ArrayList<>();
    for (int i = 0; i < pillars; i++) {
      double x = 2 + (i % side) * 2.0;
      double y = 2 + (i / side) * 2.0;
      obstacles.add(
          new Obstacle(
              "pillar-" + i,
              ObstacleKind.PILLAR,
              Optional.empty(),
              rectangle(x - 0.25, y - 0.25, x + 0.25, y + 0.25)));
    }
    return new Office(
        "pillar-hall",
        text("柱厅", "Pillar hall"),
        false,
        List.of(
            new Floor(
                1,
                text("1层", "Floor 1"),
                size,
                size,
                List.of(),
                obstacles,
                List.of(),
                List.of(entrance(0.5, 0.5), counter(1, size - 0.5, size - 0.5)))),
        List.of());
  }

  public static Office oneFloor(
      List<Wall> walls,
      List<Obstacle> obstacles,
      List<LevelChange> changes,
      List<Element> elements,
      boolean stepFreeRequired) {
    return new Office(
        "test-hall",
        text("测试大厅", "Test hall"),
        stepFreeRequired,
        List.of(new Floor(1, text("1层", "Floor 1"), 20, 10, walls, obstacles, changes, elements)),
        List.of());
  }

  /** The same office with the elements of its first floor replaced. */
  public static Office withElements(Office office, List<Element> elements) {
    Floor f = office.floors().get(0);
    List<Floor> floors = new ArrayList<>(office.floors());
    floors.set(
        0,
        new Floor(
            f.level(),
            f.name(),
            f.width(),
            f.depth(),
            f.walls(),
            f.obstacles(),
            f.levelChanges(),
            elements));
    return new Office(
        office.id(), office.name(), office.stepFreeRequired(), floors, office.connectors());
  }

  public static List<Element> elementsPlus(Office office, Element... more) {
    List<Element> list = new ArrayList<>(office.floors().get(0).elements());
    list.addAll(List.of(more));
    return list;
  }

  public static LocalizedText text(String zh, String en) {
    return LocalizedText.of(zh, en);
  }

  public static Counter counter(int number, double x, double y) {
    return new Counter(
        "counter-" + number,
        text(number + "号窗口", "Counter " + number),
        new Point(x, y),
        Optional.of(Facing.SOUTH),
        number,
        Optional.empty());
  }

  public static Entrance entrance(double x, double y) {
    return new Entrance("entrance-main", text("正门", "Main entrance"), new Point(x, y));
  }

  public static Obstacle box(String id, double x1, double y1, double x2, double y2) {
    return new Obstacle(id, ObstacleKind.FURNITURE, Optional.empty(), rectangle(x1, y1, x2, y2));
  }

  public static LevelChange steps(String id, double x1, double y1, double x2, double y2) {
    return new LevelChange(id, LevelChangeKind.STEPS, rectangle(x1, y1, x2, y2));
  }

  /** A wall through the points (x1, y1, x2, y2, ...), 0.2 m thick. */
  public static Wall wall(String id, double... xy) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < xy.length; i += 2) {
      points.add(new Point(xy[i], xy[i + 1]));
    }
    return new Wall(id, points, 0.2);
  }

  public static List<Point> rectangle(double x1, double y1, double x2, double y2) {
    return List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2));
  }

  public static String exampleJson(String name) {
    try {
      return Files.readString(Path.of("examples", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Office example(String name) {
    return Floorplans.read(exampleJson(name)).orElseThrow();
  }

  public static Office districtHall() {
    return example("district-hall.json");
  }

  public static Office cityHall() {
    return example("city-hall.json");
  }
}
