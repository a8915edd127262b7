package org.hallqueue.floorplans.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorStop;
import org.hallqueue.floorplans.model.Office;

/**
 * Whether a visitor can get from one place to another at all: the same walkable space as the {@link
 * RoutePlanner} (floors minus walls, furniture and, for wheelchair users, steps, each kept at the
 * same clearance) and the same connectors, but without a visibility graph, so it is answered for
 * plans of thousands of shapes in well under a second. Validation uses it to find counters no one
 * can reach.
 */
public final class Reachability {
  private final Map<Integer, FloorRegions> floors = new HashMap<>();
  private final Map<String, String> parent = new HashMap<>();

  private Reachability(Office office, boolean stepFree) {
    double clearance =
        stepFree ? WalkingNetwork.WHEELCHAIR_CLEARANCE : WalkingNetwork.WALKING_CLEARANCE;
    office
        .floors()
        .forEach(f -> floors.putIfAbsent(f.level(), new FloorRegions(f, stepFree, clearance)));
    for (Connector connector : office.connectors()) {
      if (stepFree && !connector.accessible()) {
        continue;
      }
      Set<Integer> levels = new HashSet<>();
      List<String> stops = new ArrayList<>();
      for (ConnectorStop stop : connector.stops()) {
        levels.add(stop.floor());
        stops.addAll(regions(new PathPoint(stop.at().x(), stop.at().y(), stop.floor())));
      }
      if (levels.size() >= 2) {
        stops.forEach(s -> join(s, stops.get(0)));
      }
    }
  }

  /** What a visitor can reach walking, or in a wheelchair when {@code stepFree}. */
  public static Reachability of(Office office, boolean stepFree) {
    return new Reachability(office, stepFree);
  }

  /** Whether the planner would find a route from {@code from} to {@code to}. */
  public boolean connected(PathPoint from, PathPoint to) {
    return reachableFrom(List.of(from)).test(to);
  }

  /** The places that can be reached from any of {@code starts}. */
  public Predicate<PathPoint> reachableFrom(Collection<PathPoint> starts) {
    Set<String> reached = new HashSet<>();
    starts.forEach(s -> regions(s).forEach(r -> reached.add(find(r))));
    return place -> regions(place).stream().anyMatch(r -> reached.contains(find(r)));
  }

  private List<String> regions(PathPoint p) {
    FloorRegions floor = floors.get(p.floor());
    if (floor == null) {
      return List.of();
    }
    return floor.regionsAt(p.point()).stream().map(r -> p.floor() + r).toList();
  }

  private String find(String key) {
    String root = key;
    for (String up = parent.get(root); up != null; up = parent.get(root)) {
      root = up;
    }
    return root;
  }

  private void join(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }
}
