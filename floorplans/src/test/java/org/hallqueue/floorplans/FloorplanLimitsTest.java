package org.hallqueue.floorplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hallqueue.floorplans.Offices.box;
import static org.hallqueue.floorplans.Offices.counter;
import static org.hallqueue.floorplans.Offices.entrance;
import static org.hallqueue.floorplans.Offices.oneFloor;
import static org.hallqueue.floorplans.Offices.wall;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.ObstacleKind;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.PathPoint;
import org.hallqueue.floorplans.routing.RoutePlanner;
import org.junit.jupiter.api.Test;

/** Plans beyond {@link FloorplanLimits} are refused with a problem naming the limit and place. */
class FloorplanLimitsTest {

  private static Problem onlyProblem(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static List<Problem> readTimed(String what, Office office) {
    String json = Floorplans.write(office);
    long start = System.nanoTime();
    List<Problem> problems = Floorplans.read(json).problems();
    System.out.printf("%s: read and checked in %.0f ms%n", what, (System.nanoTime() - start) / 1e6);
    return problems;
  }

  @Test
  void shouldRefuseAHundredThousandPointPolygonNamingTheLimit() {
    List<Point> circle = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      double angle = 2 * Math.PI * i / 100_000;
      circle.add(new Point(10 + 3 * Math.cos(angle), 5 + 3 * Math.sin(angle)));
    }
    Office office =
        oneFloor(
            List.of(),
            List.of(new Obstacle("round-desk", ObstacleKind.DESK, Optional.empty(), circle)),
            List.of(),
            List.of(entrance(1, 1), counter(1, 19, 9)),
            false);

    Problem p = onlyProblem(readTimed("a 100,000-point polygon", office));

    assertThat(p.code()).isEqualTo("too-many-points");
    assertThat(p.pointer()).isEqualTo("/floors/0/obstacles/0/polygon");
    assertThat(p.message(Lang.EN))
        .isEqualTo("\"polygon\" has 100000 points; at most 1000 are allowed.");
    assertThat(p.message(Lang.ZH_CN)).isEqualTo("“polygon”有 100000 个点，最多只能有 1000 个点。");
  }

  @Test
  void shouldGiveAProblemNotAnExceptionForAWallAHundredKilometresLong() {
    Office office =
        oneFloor(
            List.of(wall("wall-huge", 0, 0, 1e5, 1e5)),
            List.of(),
            List.of(),
            List.of(entrance(1, 9), counter(1, 19, 1)),
            false);

    Problem p = onlyProblem(readTimed("a wall to [1e5, 1e5]", office));
    assertThat(p.code()).isEqualTo("out-of-bounds");
    assertThat(p.pointer()).isEqualTo("/floors/0/walls/0/points/1");
    assertThat(p.message(Lang.EN)).contains("between -10000 and 10000 m");
    assertThat(Floorplans.validate(office)).containsExactly(p);
  }

  @Test
  void shouldRouteAroundAHugeWallInAnOfficeBuiltInCodeWithoutRunningOutOfMemory() {
    Office office =
        oneFloor(
            List.of(wall("wall-huge", -1e9, 5, 1e9, 5)),
            List.of(),
            List.of(),
            List.of(entrance(1, 9), counter(1, 19, 1)),
            false);

    assertThatCode(
            () ->
                assertThat(
                        RoutePlanner.of(office)
                            .route(new PathPoint(1, 9, 1), new PathPoint(19, 1, 1), false))
                    .isEmpty())
        .doesNotThrowAnyException();
    assertThat(
            RoutePlanner.of(office).route(new PathPoint(1, 9, 1), new PathPoint(19, 9, 1), false))
        .isPresent();
  }

  @Test
  void shouldRefuseAFloorOfMoreThanTwoKilometresAndSizesThatAreNoNumber() {
    Office office = Offices.smallHall();
    Floor f = office.floors().get(0);
    Office huge =
        new Office(
            office.id(),
            office.name(),
            false,
            List.of(
                new Floor(
                    1,
                    f.name(),
                    2_500,
                    Double.NaN,
                    List.of(
                        new org.hallqueue.floorplans.model.Wall(
                            "wall-a", List.of(new Point(0, 0), new Point(1, 0)), 50)),
                    f.obstacles(),
                    f.levelChanges(),
                    f.elements())),
            List.of());

    assertThat(Floorplans.validate(huge))
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("too-large", "/floors/0/width"),
            org.assertj.core.groups.Tuple.tuple("too-large", "/floors/0/depth"),
            org.assertj.core.groups.Tuple.tuple("too-large", "/floors/0/walls/0/thickness"));
  }

  @Test
  void shouldRefuseMoreFloorsAndElementsThanAllowed() {
    Office office = Offices.smallHall();
    Floor f = office.floors().get(0);
    List<Floor> floors = new ArrayList<>();
    for (int level = 1; level <= FloorplanLimits.MAX_FLOORS + 1; level++) {
      floors.add(new Floor(level, f.name(), 20, 10, List.of(), List.of(), List.of(), f.elements()));
    }
    Problem tooManyFloors =
        onlyProblem(Floorplans.validate(new Office("x", office.name(), false, floors, List.of())));
    assertThat(tooManyFloors.code()).isEqualTo("too-many");
    assertThat(tooManyFloors.pointer()).isEqualTo("/floors");
    assertThat(tooManyFloors.message(Lang.EN))
        .isEqualTo("\"floors\" has 21 items; at most 20 are allowed.");

    List<org.hallqueue.floorplans.model.Element> many = new ArrayList<>();
    for (int i = 0; i <= FloorplanLimits.MAX_ELEMENTS_PER_FLOOR; i++) {
      many.add(counter(i + 1, 1 + (i % 18), 1 + (i / 18) % 8));
    }
    Problem tooManyElements = onlyProblem(Floorplans.validate(Offices.withElements(office, many)));
    assertThat(tooManyElements.pointer()).isEqualTo("/floors/0/elements");
    assertThat(tooManyElements.message(Lang.ZH_CN)).contains("最多只能有 5000 项");
  }

  @Test
  void shouldRefuseACoordinateThatIsNoNumberInAnOfficeBuiltInCode() {
    Office office =
        oneFloor(
            List.of(),
            List.of(box("desk", 1, 1, 2, Double.POSITIVE_INFINITY)),
            List.of(),
            List.of(entrance(1, 9), counter(1, 19, 1)),
            false);

    Problem p = onlyProblem(Floorplans.validate(office));
    assertThat(p.code()).isEqualTo("out-of-bounds");
    assertThat(p.pointer()).isEqualTo("/floors/0/obstacles/0/polygon/2");
  }
}
