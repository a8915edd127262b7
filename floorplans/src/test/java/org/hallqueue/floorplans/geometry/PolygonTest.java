package org.hallqueue.floorplans.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hallqueue.floorplans.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PolygonTest {
  private static final Polygon SQUARE = Polygon.rectangle(0, 0, 2, 2);

  private static Point p(double x, double y) {
    return new Point(x, y);
  }

  @Test
  void shouldSeeASegmentThroughTheMiddleAsCrossing() {
    assertThat(SQUARE.segmentCrossesInterior(p(-1, 1), p(3, 1))).isTrue();
    assertThat(SQUARE.segmentCrossesInterior(p(0.5, 0.5), p(1, 1))).isTrue();
  }

  @Test
  void shouldLetASegmentRunAlongAnEdgeOrTouchACorner() {
    assertThat(SQUARE.segmentCrossesInterior(p(-1, 0), p(3, 0))).isFalse();
    assertThat(SQUARE.segmentCrossesInterior(p(-1, 1), p(1, -1))).isFalse();
    assertThat(SQUARE.segmentCrossesInterior(p(2, 2), p(4, 5))).isFalse();
  }

  @Test
  void shouldSeeTheDiagonalBetweenTwoCornersAsCrossing() {
    assertThat(SQUARE.segmentCrossesInterior(p(0, 0), p(2, 2))).isTrue();
    assertThat(SQUARE.segmentCrossesInterior(p(-1, -1), p(3, 3))).isTrue();
  }

  @Test
  void shouldGrowARectangleByTheClearanceOnEverySide() {
    Polygon grown = SQUARE.grownBy(0.5);
    assertThat(grown.bounds()).isEqualTo(new Bounds(-0.5, -0.5, 2.5, 2.5));
    assertThat(grown.area()).isCloseTo(9.0, within(1e-9));
  }

  @Test
  void shouldBevelSharpCornersInsteadOfSpikingThem() {
    Polygon sliver = new Polygon(List.of(p(0, 0), p(10, 0), p(0, 1)));
    Polygon grown = sliver.grownBy(0.3);
    assertThat(grown.size()).isGreaterThan(3);
    assertThat(grown.bounds().maxX()).isLessThan(10.7);
  }

  @Test
  void shouldMeasureAreaAndCentre() {
    assertThat(SQUARE.area()).isEqualTo(4.0);
    assertThat(SQUARE.centroid()).isEqualTo(p(1, 1));
    assertThat(SQUARE.isConvexCorner(0)).isTrue();
  }

  static LongStream seeds() {
    return Seeds.of(1000);
  }

  /** Corners, edges and the ends of the range, where rounding would show. */
  static Stream<Point> edgeCases() {
    return Stream.of(
        p(0, 0),
        p(2, 2),
        p(0, 2),
        p(2, 0),
        p(1, 0),
        p(0, 1),
        p(2, 1),
        p(1, 2),
        p(1, 1),
        p(-1, -1),
        p(3, 3),
        p(-1, 3),
        p(1e-12, 1e-12),
        p(2 + 1e-12, 1),
        p(-1e-12, 0));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldContainEveryPointOfItsOwnGrownShape(long seed) {
    Seeds.check(
        seed,
        () -> {
          SplittableRandom random = new SplittableRandom(seed);
          assertGrownShapeContains(p(random.nextDouble(-1, 3), random.nextDouble(-1, 3)));
        });
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void shouldContainEveryEdgeCasePointOfItsOwnGrownShape(Point q) {
    assertGrownShapeContains(q);
  }

  private static void assertGrownShapeContains(Point q) {
    if (SQUARE.containsOrTouches(q)) {
      assertThat(SQUARE.grownBy(0.3).containsStrictly(q)).isTrue();
    }
  }
}
