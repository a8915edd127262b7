package org.hallqueue.floorplans.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hallqueue.floorplans.Offices;
import org.hallqueue.floorplans.Seeds;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.geometry.Polygon;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorKind;
import org.hallqueue.floorplans.model.ConnectorStop;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.LevelChange;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.Wall;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every route keeps, on randomly furnished floors. */
class RoutePropertiesTest {
  private static final double WIDTH = 30;
  private static final double DEPTH = 20;

  /** A floor with random furniture and walls, and two spots that are not inside either. */
  record Trip(Office office, PathPoint from, PathPoint to) {}

  static LongStream seeds() {
    return Seeds.of(250);
  }

  static LongStream twoFloorSeeds() {
    return Seeds.of(150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldNeverCrossAWallOrObstacle(long seed) {
    Seeds.check(
        seed,
        () -> {
          assertNeverCrosses(trip(new SplittableRandom(seed)));
        });
  }

  private static void assertNeverCrosses(Trip trip) {
    for (boolean accessible : new boolean[] {false, true}) {
      Optional<Route> route =
          RoutePlanner.of(trip.office()).route(trip.from(), trip.to(), accessible);
      route.ifPresent(r -> assertStaysClear(trip.office(), r, accessible));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldBeAtLeastAsLongAsTheStraightLine(long seed) {
    Seeds.check(
        seed,
        () -> {
          assertAtLeastStraight(trip(new SplittableRandom(seed)));
        });
  }

  private static void assertAtLeastStraight(Trip trip) {
    RoutePlanner.of(trip.office())
        .route(trip.from(), trip.to(), false)
        .ifPresent(
            r ->
                assertThat(r.lengthMeters())
                    .isGreaterThanOrEqualTo(
                        trip.from().point().distanceTo(trip.to().point()) - 1e-9));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldBeAsLongFromAToBAsFromBToA(long seed) {
    Seeds.check(
        seed,
        () -> {
          assertSymmetric(trip(new SplittableRandom(seed)));
        });
  }

  private static void assertSymmetric(Trip trip) {
    RoutePlanner planner = RoutePlanner.of(trip.office());
    for (boolean accessible : new boolean[] {false, true}) {
      Optional<Route> there = planner.route(trip.from(), trip.to(), accessible);
      Optional<Route> back = planner.route(trip.to(), trip.from(), accessible);
      assertThat(back.isPresent()).isEqualTo(there.isPresent());
      there.ifPresent(
          t -> assertThat(back.get().lengthMeters()).isCloseTo(t.lengthMeters(), within(1e-6)));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoFloorSeeds")
  void shouldUseOnlyStepFreeConnectorsInAccessibleMode(long seed) {
    Seeds.check(
        seed,
        () -> {
          Trip trip = twoFloorTrip(new SplittableRandom(seed));
          RoutePlanner.of(trip.office())
              .route(trip.from(), trip.to(), true)
              .ifPresent(
                  r -> {
                    for (String id : r.via()) {
                      Connector used =
                          trip.office().connectors().stream()
                              .filter(c -> c.id().equals(id))
                              .findFirst()
                              .orElseThrow();
                      assertThat(used.accessible()).as(id).isTrue();
                    }
                    assertStaysClear(trip.office(), r, true);
                  });
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldFindARouteExactlyWhereReachabilitySaysThereIsOne(long seed) {
    Seeds.check(
        seed,
        () -> {
          assertReachabilityAgrees(trip(new SplittableRandom(seed)));
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoFloorSeeds")
  void shouldFindARouteBetweenFloorsExactlyWhereReachabilitySaysThereIsOne(long seed) {
    Seeds.check(
        seed,
        () -> {
          assertReachabilityAgrees(twoFloorTrip(new SplittableRandom(seed)));
        });
  }

  /**
   * Validation's quick answer and the planner's route must not disagree for places in the open.
   * (Where a place or a lift stands within a clearance zone the two may, rarely, differ: the
   * planner walks out of the zone by straight lines, reachability by the zone's edge.)
   */
  private static void assertReachabilityAgrees(Trip trip) {
    RoutePlanner planner = RoutePlanner.of(trip.office());
    for (boolean accessible : new boolean[] {false, true}) {
      if (inAnyClearanceZone(trip, accessible)) {
        continue;
      }
      assertThat(Reachability.of(trip.office(), accessible).connected(trip.from(), trip.to()))
          .as("accessible %s", accessible)
          .isEqualTo(planner.route(trip.from(), trip.to(), accessible).isPresent());
    }
  }

  private static boolean inAnyClearanceZone(Trip trip, boolean accessible) {
    List<PathPoint> places = new ArrayList<>(List.of(trip.from(), trip.to()));
    trip.office().connectors().stream()
        .flatMap(c -> c.stops().stream())
        .forEach(s -> places.add(new PathPoint(s.at().x(), s.at().y(), s.floor())));
    double clearance =
        accessible ? WalkingNetwork.WHEELCHAIR_CLEARANCE : WalkingNetwork.WALKING_CLEARANCE;
    return places.stream()
        .anyMatch(
            p ->
                new FloorSpace(trip.office().floor(p.floor()).orElseThrow(), accessible, clearance)
                        .closeBlockers(p.point())
                        .length
                    > 0);
  }

  /** Corner to corner on an empty floor, along the edges, and around a wall across the floor. */
  static List<Trip> edgeCaseTrips() {
    Floor empty = floor(1, List.of(), List.of(), List.of());
    Floor cut =
        floor(
            1,
            List.of(Offices.wall("wall", 15, 0, 15, DEPTH)),
            List.of(Offices.box("box", 0, 0, 0.4, 0.4)),
            List.of(Offices.steps("steps", 20, 0, 30, 20)));
    Floor door = floor(1, List.of(Offices.wall("wall", 15, 0, 15, 19)), List.of(), List.of());
    return List.of(
        new Trip(office(List.of(empty), List.of()), at(0, 0), at(WIDTH, DEPTH)),
        new Trip(office(List.of(empty), List.of()), at(0, DEPTH), at(WIDTH, DEPTH)),
        new Trip(office(List.of(cut), List.of()), at(1, 1), at(29, 19)),
        new Trip(office(List.of(door), List.of()), at(1, 1), at(29, 1)),
        new Trip(office(List.of(door), List.of()), at(14.8, 1), at(15.2, 1)));
  }

  private static PathPoint at(double x, double y) {
    return new PathPoint(x, y, 1);
  }

  @ParameterizedTest
  @MethodSource("edgeCaseTrips")
  void shouldKeepEveryRuleOnEdgeCaseTrips(Trip trip) {
    assertReachabilityAgrees(trip);
    assertNeverCrosses(trip);
    assertAtLeastStraight(trip);
    assertSymmetric(trip);
  }

  private static void assertStaysClear(Office office, Route route, boolean accessible) {
    for (int i = 1; i < route.path().size(); i++) {
      PathPoint a = route.path().get(i - 1);
      PathPoint b = route.path().get(i);
      if (a.floor() != b.floor()) {
        continue;
      }
      Floor floor = office.floor(a.floor()).orElseThrow();
      for (Polygon blocker : blockers(floor, accessible)) {
        assertThat(blocker.segmentCrossesInterior(a.point(), b.point()))
            .as("segment %s → %s crosses %s", a, b, blocker)
            .isFalse();
      }
      assertThat(List.of(a.x(), b.x())).allMatch(x -> x >= -1e-9 && x <= floor.width() + 1e-9);
      assertThat(List.of(a.y(), b.y())).allMatch(y -> y >= -1e-9 && y <= floor.depth() + 1e-9);
    }
  }

  private static List<Polygon> blockers(Floor floor, boolean accessible) {
    List<Polygon> shapes = new ArrayList<>();
    floor.walls().forEach(w -> shapes.addAll(w.outline()));
    floor.obstacles().forEach(o -> shapes.add(new Polygon(o.polygon())));
    if (accessible) {
      floor.levelChanges().stream()
          .filter(c -> !c.kind().stepFree())
          .forEach(c -> shapes.add(new Polygon(c.polygon())));
    }
    return shapes;
  }

  /** A number in [min, max) with {@code decimals} decimals, as a plan would give it. */
  private static double number(SplittableRandom random, double min, double max, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.min(max, Math.round(random.nextDouble(min, max) * scale) / scale);
  }

  private static Obstacle obstacle(SplittableRandom random) {
    double x0 = number(random, 0, WIDTH - 0.5, 2);
    double y0 = number(random, 0, DEPTH - 0.5, 2);
    double w = number(random, 0.4, 7, 2);
    double h = number(random, 0.4, 7, 2);
    return Offices.box("box", x0, y0, Math.min(WIDTH, x0 + w), Math.min(DEPTH, y0 + h));
  }

  private static Wall wall(SplittableRandom random) {
    return Offices.wall(
        "wall",
        number(random, 0, WIDTH, 1),
        number(random, 0, DEPTH, 1),
        number(random, 0, WIDTH, 1),
        number(random, 0, DEPTH, 1));
  }

  private static LevelChange stepArea(SplittableRandom random) {
    Obstacle o = obstacle(random);
    return Offices.steps(
        "steps",
        o.polygon().get(0).x(),
        o.polygon().get(0).y(),
        o.polygon().get(2).x(),
        o.polygon().get(2).y());
  }

  private static Floor floor(
      int level, List<Wall> walls, List<Obstacle> obstacles, List<LevelChange> steps) {
    return new Floor(
        level,
        Offices.text(level + "层", "Floor " + level),
        WIDTH,
        DEPTH,
        walls,
        obstacles,
        steps,
        List.of());
  }

  /** Up to 3 walls, 14 pieces of furniture and 2 step areas. */
  private static Floor floor(SplittableRandom random, int level) {
    List<Wall> walls = new ArrayList<>();
    List<Obstacle> obstacles = new ArrayList<>();
    List<LevelChange> steps = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      walls.add(wall(random));
    }
    for (int i = random.nextInt(15); i > 0; i--) {
      obstacles.add(obstacle(random));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      steps.add(stepArea(random));
    }
    return floor(level, walls, obstacles, steps);
  }

  private static Point spot(SplittableRandom random) {
    return new Point(number(random, 0, WIDTH, 2), number(random, 0, DEPTH, 2));
  }

  /** A spot on the floor outside every wall and piece of furniture. */
  private static PathPoint freeSpot(SplittableRandom random, Floor floor) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      Point p = spot(random);
      if (free(floor, p)) {
        return new PathPoint(p.x(), p.y(), floor.level());
      }
    }
    return null;
  }

  private static boolean free(Floor floor, Point p) {
    return blockers(floor, false).stream().noneMatch(b -> b.containsOrTouches(p));
  }

  private static Trip trip(SplittableRandom random) {
    while (true) {
      Floor floor = floor(random, 1);
      PathPoint from = freeSpot(random, floor);
      PathPoint to = freeSpot(random, floor);
      if (from != null && to != null) {
        return new Trip(office(List.of(floor), List.of()), from, to);
      }
    }
  }

  /** One to three connectors, each of any kind, step-free or not, between floors 1 and 2. */
  private static Trip twoFloorTrip(SplittableRandom random) {
    while (true) {
      Floor first = floor(random, 1);
      Floor second = floor(random, 2);
      List<Connector> connectors = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      for (int i = random.nextInt(1, 4); i > 0; i--) {
        int n = random.nextInt(1, 100);
        if (numbers.contains(n)) {
          continue;
        }
        numbers.add(n);
        Point at = spot(random);
        ConnectorKind[] kinds = ConnectorKind.values();
        connectors.add(
            new Connector(
                "connector-" + n,
                kinds[random.nextInt(kinds.length)],
                Offices.text("通道", "Connector"),
                random.nextBoolean(),
                List.of(new ConnectorStop(1, at), new ConnectorStop(2, at))));
      }
      PathPoint from = freeSpot(random, first);
      PathPoint to = freeSpot(random, second);
      if (from != null && to != null) {
        return new Trip(office(List.of(first, second), connectors), from, to);
      }
    }
  }

  private static Office office(List<Floor> floors, List<Connector> connectors) {
    return new Office("random", Offices.text("随机", "Random"), false, floors, connectors);
  }
}
