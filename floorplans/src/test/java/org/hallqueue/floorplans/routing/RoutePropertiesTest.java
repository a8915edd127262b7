package org.hallqueue.floorplans.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hallqueue.floorplans.Offices;
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

/** The rules every route keeps, on randomly furnished floors. */
class RoutePropertiesTest {
  private static final double WIDTH = 30;
  private static final double DEPTH = 20;

  /** A floor with random furniture and walls, and two spots that are not inside either. */
  record Trip(Office office, PathPoint from, PathPoint to) {}

  @Property(tries = 250)
  void shouldNeverCrossAWallOrObstacle(@ForAll("trips") Trip trip) {
    for (boolean accessible : new boolean[] {false, true}) {
      Optional<Route> route =
          RoutePlanner.of(trip.office()).route(trip.from(), trip.to(), accessible);
      route.ifPresent(r -> assertStaysClear(trip.office(), r, accessible));
    }
  }

  @Property(tries = 250)
  void shouldBeAtLeastAsLongAsTheStraightLine(@ForAll("trips") Trip trip) {
    RoutePlanner.of(trip.office())
        .route(trip.from(), trip.to(), false)
        .ifPresent(
            r ->
                assertThat(r.lengthMeters())
                    .isGreaterThanOrEqualTo(
                        trip.from().point().distanceTo(trip.to().point()) - 1e-9));
  }

  @Property(tries = 250)
  void shouldBeAsLongFromAToBAsFromBToA(@ForAll("trips") Trip trip) {
    RoutePlanner planner = RoutePlanner.of(trip.office());
    for (boolean accessible : new boolean[] {false, true}) {
      Optional<Route> there = planner.route(trip.from(), trip.to(), accessible);
      Optional<Route> back = planner.route(trip.to(), trip.from(), accessible);
      assertThat(back.isPresent()).isEqualTo(there.isPresent());
      there.ifPresent(
          t -> assertThat(back.get().lengthMeters()).isCloseTo(t.lengthMeters(), within(1e-6)));
    }
  }

  @Property(tries = 150)
  void shouldUseOnlyStepFreeConnectorsInAccessibleMode(@ForAll("twoFloorTrips") Trip trip) {
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

  private static Arbitrary<Obstacle> obstacles() {
    Arbitrary<Double> x = Arbitraries.doubles().between(0, WIDTH - 0.5).ofScale(2);
    Arbitrary<Double> y = Arbitraries.doubles().between(0, DEPTH - 0.5).ofScale(2);
    Arbitrary<Double> size = Arbitraries.doubles().between(0.4, 7).ofScale(2);
    return Combinators.combine(x, y, size, size)
        .as(
            (x0, y0, w, h) ->
                Offices.box("box", x0, y0, Math.min(WIDTH, x0 + w), Math.min(DEPTH, y0 + h)));
  }

  private static Arbitrary<Wall> walls() {
    Arbitrary<Double> x = Arbitraries.doubles().between(0, WIDTH).ofScale(1);
    Arbitrary<Double> y = Arbitraries.doubles().between(0, DEPTH).ofScale(1);
    return Combinators.combine(x, y, x, y)
        .as((x1, y1, x2, y2) -> Offices.wall("wall", x1, y1, x2, y2));
  }

  private static Arbitrary<LevelChange> stepAreas() {
    return obstacles()
        .map(
            o ->
                Offices.steps(
                    "steps",
                    o.polygon().get(0).x(),
                    o.polygon().get(0).y(),
                    o.polygon().get(2).x(),
                    o.polygon().get(2).y()));
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

  private static Arbitrary<Floor> floors(int level) {
    return Combinators.combine(
            walls().list().ofMaxSize(3),
            obstacles().list().ofMaxSize(14),
            stepAreas().list().ofMaxSize(2))
        .as((w, o, s) -> floor(level, w, o, s));
  }

  private static Arbitrary<Point> spots() {
    return Combinators.combine(
            Arbitraries.doubles().between(0, WIDTH).ofScale(2),
            Arbitraries.doubles().between(0, DEPTH).ofScale(2))
        .as(Point::new);
  }

  private static boolean free(Floor floor, Point p) {
    return blockers(floor, false).stream().noneMatch(b -> b.containsOrTouches(p));
  }

  @Provide
  Arbitrary<Trip> trips() {
    return Combinators.combine(floors(1), spots(), spots())
        .as(
            (floor, a, b) ->
                new Trip(
                    office(List.of(floor), List.of()),
                    new PathPoint(a.x(), a.y(), 1),
                    new PathPoint(b.x(), b.y(), 1)))
        .filter(
            t ->
                free(t.office().floors().get(0), t.from().point())
                    && free(t.office().floors().get(0), t.to().point()));
  }

  @Provide
  Arbitrary<Trip> twoFloorTrips() {
    Arbitrary<Connector> connectors =
        Combinators.combine(
                Arbitraries.of(ConnectorKind.class),
                Arbitraries.of(true, false),
                spots(),
                Arbitraries.integers().between(1, 99))
            .as(
                (kind, accessible, at, n) ->
                    new Connector(
                        "connector-" + n,
                        kind,
                        Offices.text("通道", "Connector"),
                        accessible,
                        List.of(new ConnectorStop(1, at), new ConnectorStop(2, at))));
    return Combinators.combine(
            floors(1),
            floors(2),
            connectors.list().ofMinSize(1).ofMaxSize(3).uniqueElements(Connector::id),
            spots(),
            spots())
        .as(
            (f1, f2, cs, a, b) ->
                new Trip(
                    office(List.of(f1, f2), cs),
                    new PathPoint(a.x(), a.y(), 1),
                    new PathPoint(b.x(), b.y(), 2)))
        .filter(
            t ->
                free(t.office().floors().get(0), t.from().point())
                    && free(t.office().floors().get(1), t.to().point()));
  }

  private static Office office(List<Floor> floors, List<Connector> connectors) {
    return new Office("random", Offices.text("随机", "Random"), false, floors, connectors);
  }
}
