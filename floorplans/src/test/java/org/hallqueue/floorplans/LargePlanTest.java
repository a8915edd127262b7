package org.hallqueue.floorplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.Wall;
import org.junit.jupiter.api.Test;

/**
 * Plans at the size limits are checked completely and correctly; how fast is printed here and
 * measured by {@link ValidationBenchmark}.
 */
class LargePlanTest {

  private static List<Problem> validateTimed(String what, Office office) {
    long start = System.nanoTime();
    List<Problem> problems = Floorplans.validate(office);
    System.out.printf("%s: validated in %.0f ms%n", what, (System.nanoTime() - start) / 1e6);
    return problems;
  }

  @Test
  void shouldFindNothingWrongWithTenThousandPillars() {
    assertThat(validateTimed("10,000 pillars", Offices.pillarHall(10_000))).isEmpty();
  }

  @Test
  void shouldFindTheCounterWalledInAmongTenThousandPillars() {
    Office hall = Offices.pillarHall(10_000);
    Floor f = hall.floors().get(0);
    Point counter = f.elements().get(1).at();
    List<Wall> walls = new ArrayList<>(f.walls());
    walls.add(
        Offices.wall(
            "wall-room",
            counter.x() - 0.4,
            counter.y() - 0.4,
            counter.x() + 0.4,
            counter.y() - 0.4,
            counter.x() + 0.4,
            counter.y() + 0.4,
            counter.x() - 0.4,
            counter.y() + 0.4,
            counter.x() - 0.4,
            counter.y() - 0.4));
    Office walledIn =
        new Office(
            hall.id(),
            hall.name(),
            false,
            List.of(
                new Floor(
                    f.level(),
                    f.name(),
                    f.width(),
                    f.depth(),
                    walls,
                    f.obstacles(),
                    f.levelChanges(),
                    f.elements())),
            List.of());

    assertThat(validateTimed("10,000 pillars, counter walled in", walledIn))
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("unreachable", "/floors/0/elements/1"));
  }
}
