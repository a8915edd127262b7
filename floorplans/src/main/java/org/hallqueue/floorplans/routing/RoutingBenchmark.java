package org.hallqueue.floorplans.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.geometry.Polygon;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.ObstacleKind;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.Wall;

/**
 * Measures routing on a 100 m × 60 m floor with dense furniture (seat rows, desks, tables, pillars,
 * walls with doors). Run: {@code java -cp floorplans/target/floorplans.jar
 * org.hallqueue.floorplans.routing.RoutingBenchmark [routes]}. Prints the time to build the
 * visibility graph and the time per route after warm-up (p50, p90, p99, max).
 */
public final class RoutingBenchmark {
  private RoutingBenchmark() {}

  public static void main(String[] args) {
    int routes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    Office office = denseOffice(new Random(42));
    Floor floor = office.floors().get(0);
    Random random = new Random(7);
    List<PathPoint[]> trips = new ArrayList<>();
    List<Polygon> shapes = new ArrayList<>();
    floor.obstacles().forEach(o -> shapes.add(new Polygon(o.polygon()).grownBy(0.3)));
    floor.walls().forEach(w -> w.outline().forEach(p -> shapes.add(p.grownBy(0.3))));
    while (trips.size() < routes + 2000) {
      trips.add(new PathPoint[] {freeSpot(random, shapes), freeSpot(random, shapes)});
    }
    System.out.printf(
        "floor 100 m x 60 m, %d obstacles, %d walls%n",
        floor.obstacles().size(), floor.walls().size());

    long start = System.nanoTime();
    RoutePlanner planner = RoutePlanner.of(office);
    planner.network(false);
    long built = System.nanoTime() - start;
    WalkingNetwork network = planner.network(false);
    System.out.printf(
        "graph built in %.0f ms: %d nodes, %d edges%n",
        built / 1e6, network.nodeCount(), network.edgeCount());

    for (int i = 0; i < 2000; i++) {
      planner.route(trips.get(i)[0], trips.get(i)[1], false);
    }
    double[] millis = new double[routes];
    int found = 0;
    for (int i = 0; i < routes; i++) {
      PathPoint[] trip = trips.get(2000 + i);
      long t0 = System.nanoTime();
      Optional<Route> route = planner.route(trip[0], trip[1], false);
      millis[i] = (System.nanoTime() - t0) / 1e6;
      found += route.isPresent() ? 1 : 0;
    }
    Arrays.sort(millis);
    System.out.printf(
        "%d routes (%d found) after 2000 warm-up: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        routes, found, at(millis, 0.50), at(millis, 0.90), at(millis, 0.99), millis[routes - 1]);
  }

  private static double at(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }

  private static PathPoint freeSpot(Random random, List<Polygon> shapes) {
    while (true) {
      Point p = new Point(0.5 + random.nextDouble() * 99, 0.5 + random.nextDouble() * 59);
      if (shapes.stream().noneMatch(s -> s.containsOrTouches(p))) {
        return new PathPoint(p.x(), p.y(), 1);
      }
    }
  }

  /** Seat blocks, desks, small tables, pillars and two walls with doors. */
  static Office denseOffice(Random random) {
    List<Obstacle> obstacles = new ArrayList<>();
    int n = 0;
    for (int bx = 0; bx < 9; bx++) {
      for (int by = 0; by < 5; by++) {
        double x = 3 + bx * 11;
        double y = 4 + by * 11;
        for (int row = 0; row < 3; row++) {
          obstacles.add(box("seats-" + n++, ObstacleKind.SEATS, x, y + row * 1.6, 6, 0.5));
        }
        obstacles.add(box("desk-" + n++, ObstacleKind.DESK, x + 7.2, y + 5.5, 2, 1));
      }
    }
    for (int i = 0; i <= 10; i++) {
      for (int j = 0; j <= 6; j++) {
        obstacles.add(
            box("pillar-" + n++, ObstacleKind.PILLAR, i * 10 - 0.3, j * 10 - 0.3 + 0.01, 0.6, 0.6));
      }
    }
    for (int i = 0; i < 120; i++) {
      obstacles.add(
          box(
              "table-" + n++,
              ObstacleKind.FURNITURE,
              random.nextDouble() * 98,
              random.nextDouble() * 58,
              0.8 + random.nextDouble(),
              0.8 + random.nextDouble()));
    }
    obstacles.removeIf(
        o ->
            o.polygon().stream()
                .anyMatch(p -> p.x() < 0 || p.y() < 0 || p.x() > 100 || p.y() > 60));
    List<Wall> walls =
        List.of(
            new Wall("wall-west", List.of(new Point(33, 0), new Point(33, 27)), 0.2),
            new Wall("wall-west-2", List.of(new Point(33, 31), new Point(33, 60)), 0.2),
            new Wall("wall-east", List.of(new Point(66, 0), new Point(66, 12)), 0.2),
            new Wall("wall-east-2", List.of(new Point(66, 16), new Point(66, 60)), 0.2));
    LocalizedText name = LocalizedText.of("基准", "Benchmark");
    Floor floor = new Floor(1, name, 100, 60, walls, obstacles, List.of(), List.of());
    return new Office("benchmark", name, false, List.of(floor), List.of());
  }

  private static Obstacle box(
      String id, ObstacleKind kind, double x, double y, double w, double h) {
    List<Point> corners =
        List.of(new Point(x, y), new Point(x + w, y), new Point(x + w, y + h), new Point(x, y + h));
    return new Obstacle(id, kind, Optional.empty(), corners);
  }
}
