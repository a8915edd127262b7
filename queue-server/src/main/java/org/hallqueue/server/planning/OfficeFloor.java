package org.hallqueue.server.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.floorplans.Floorplans;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Entrance;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.LevelChange;
import org.hallqueue.floorplans.model.LevelChangeKind;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.WaitingZone;
import org.hallqueue.floorplans.routing.Route;
import org.hallqueue.floorplans.routing.RoutePlanner;

/**
 * What a plan needs of the office's floor plan: its waiting zones and their seats, the walk from
 * the entrance to each counter (on foot and step-free, by the floorplans router) and what keeps a
 * wheelchair user out. An office without a (readable) floor plan has none of these.
 */
final class OfficeFloor {
  /** Steps this close to an entrance (metres) are steps at the entrance. */
  static final double AT_ENTRANCE_METERS = 4.0;

  /** A waiting zone and the counters whose calls are heard there. */
  record Zone(String id, Map<String, String> name, int seats, List<String> counters) {}

  /**
   * The walk from the entrance to a counter; a length is {@code null} when there is no such route.
   */
  record Walk(
      String counter,
      Map<String, String> name,
      String entrance,
      Double walkingMeters,
      Double stepFreeMeters) {}

  /** An accessibility problem: a counter without a step-free route, steps without a ramp. */
  record Finding(String kind, String element, Map<String, String> text) {}

  private final Optional<Office> office;

  private OfficeFloor(Optional<Office> office) {
    this.office = office;
  }

  static OfficeFloor read(Optional<String> json) {
    return new OfficeFloor(json.flatMap(j -> Floorplans.read(j).office()));
  }

  boolean present() {
    return office.isPresent();
  }

  List<Zone> zones() {
    List<Zone> zones = new ArrayList<>();
    elements(WaitingZone.class)
        .forEach(z -> zones.add(new Zone(z.id(), z.name().asMap(), z.seats(), z.counters())));
    return zones;
  }

  List<Walk> walks() {
    List<Walk> walks = new ArrayList<>();
    if (office.isEmpty()) {
      return walks;
    }
    RoutePlanner planner = RoutePlanner.of(office.get());
    List<Entrance> entrances = elements(Entrance.class);
    for (Counter c : elements(Counter.class)) {
      String from = null;
      Double walking = null;
      Double stepFree = null;
      for (Entrance e : entrances) {
        Optional<Route> on = planner.route(e.id(), c.id(), false);
        Optional<Route> free = planner.route(e.id(), c.id(), true);
        if (on.isPresent() && (walking == null || on.get().lengthMeters() < walking)) {
          walking = meters(on.get());
          from = e.id();
        }
        if (free.isPresent() && (stepFree == null || free.get().lengthMeters() < stepFree)) {
          stepFree = meters(free.get());
        }
      }
      walks.add(new Walk(c.id(), c.name().asMap(), from, walking, stepFree));
    }
    return walks;
  }

  List<Finding> findings(List<Walk> walks) {
    List<Finding> findings = new ArrayList<>();
    for (Walk w : walks) {
      if (w.stepFreeMeters() == null) {
        findings.add(
            new Finding(
                "NO_STEP_FREE_ROUTE",
                w.counter(),
                Map.of(
                    "zh-CN", w.name().get("zh-CN") + "：从入口没有无台阶的路线",
                    "en", w.name().get("en") + ": no step-free route from the entrance")));
      }
    }
    for (Floor floor : office.map(Office::floors).orElse(List.of())) {
      for (Element e : floor.elements()) {
        if (e instanceof Entrance entrance) {
          boolean steps = near(floor, entrance.at(), LevelChangeKind.STEPS);
          if (steps && !near(floor, entrance.at(), LevelChangeKind.RAMP)) {
            findings.add(
                new Finding(
                    "STEPS_WITHOUT_RAMP",
                    entrance.id(),
                    Map.of(
                        "zh-CN", entrance.name().zhCN() + "：入口有台阶，没有坡道",
                        "en", entrance.name().en() + ": steps at the entrance and no ramp")));
          }
        }
      }
    }
    return findings;
  }

  /** Counters the floor plan marks with a label, e.g. the green channel (绿色通道). */
  List<Map<String, String>> counterLabels() {
    List<Map<String, String>> labels = new ArrayList<>();
    elements(Counter.class).forEach(c -> c.label().ifPresent(l -> labels.add(l.asMap())));
    return labels;
  }

  private static boolean near(Floor floor, Point at, LevelChangeKind kind) {
    for (LevelChange change : floor.levelChanges()) {
      if (change.kind() == kind) {
        for (Point p : change.polygon()) {
          if (Math.hypot(p.x() - at.x(), p.y() - at.y()) <= AT_ENTRANCE_METERS) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private <T extends Element> List<T> elements(Class<T> type) {
    List<T> found = new ArrayList<>();
    office.ifPresent(
        o ->
            o.floors()
                .forEach(
                    f ->
                        f.elements().stream()
                            .filter(type::isInstance)
                            .map(type::cast)
                            .forEach(found::add)));
    return found;
  }

  private static double meters(Route r) {
    return Math.round(r.lengthMeters() * 10) / 10.0;
  }
}
