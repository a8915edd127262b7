package org.hallqueue.floorplans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.ObstacleKind;
import org.hallqueue.floorplans.model.Office;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long reading and checking large plans takes; timings, not assertions, so it is left out of
 * the normal build. Run it with
 *
 * <pre>
 * ./mvnw -o -B -q -pl floorplans test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ValidationBenchmark
 * </pre>
 *
 * Each case runs five times in one JVM and prints every time (the first includes warming up).
 */
@Tag("benchmark")
class ValidationBenchmark {

  private static void time(String what, Office office) {
    String json = Floorplans.write(office);
    for (int round = 1; round <= 5; round++) {
      long start = System.nanoTime();
      ReadResult result = Floorplans.read(json);
      System.out.printf(
          "%-32s round %d: %6.0f ms, %s%n",
          what,
          round,
          (System.nanoTime() - start) / 1e6,
          result.isValid() ? "valid" : result.problems().get(0).code());
    }
  }

  @Test
  void shouldTimePillarHalls() {
    for (int pillars : new int[] {1_000, 2_000, 10_000}) {
      time(pillars + " pillars", Offices.pillarHall(pillars));
    }
  }

  @Test
  void shouldTimeAHundredThousandPointPolygon() {
    List<Point> circle = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      double angle = 2 * Math.PI * i / 100_000;
      circle.add(new Point(10 + 3 * Math.cos(angle), 5 + 3 * Math.sin(angle)));
    }
    time(
        "100,000-point polygon",
        Offices.oneFloor(
            List.of(),
            List.of(new Obstacle("round-desk", ObstacleKind.DESK, Optional.empty(), circle)),
            List.of(),
            List.of(Offices.entrance(1, 1), Offices.counter(1, 19, 9)),
            false));
  }

  @Test
  void shouldTimeAHugeWall() {
    time(
        "wall from [0, 0] to [1e5, 1e5]",
        Offices.oneFloor(
            List.of(Offices.wall("wall-huge", 0, 0, 1e5, 1e5)),
            List.of(),
            List.of(),
            List.of(Offices.entrance(1, 9), Offices.counter(1, 19, 1)),
            false));
  }
}
