package org.hallqueue.floorplans.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

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

  @Property
  void shouldContainEveryPointOfItsOwnGrownShape(
      @ForAll @DoubleRange(min = -1, max = 3) double x,
      @ForAll @DoubleRange(min = -1, max = 3) double y) {
    Point q = p(x, y);
    if (SQUARE.containsOrTouches(q)) {
      assertThat(SQUARE.grownBy(0.3).containsStrictly(q)).isTrue();
    }
  }
}
