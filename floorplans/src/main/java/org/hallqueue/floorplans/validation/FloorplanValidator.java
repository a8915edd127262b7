package org.hallqueue.floorplans.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorStop;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.DisplayBoard;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Entrance;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.LevelChange;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.WaitingZone;
import org.hallqueue.floorplans.model.Wall;
import org.hallqueue.floorplans.routing.PathPoint;
import org.hallqueue.floorplans.routing.Reachability;
import tools.jackson.core.JsonPointer;

/**
 * Checks what a floorplan says, beyond its shape: ids are unique and every reference names
 * something that exists, everything lies on its floor and outside walls and furniture, and every
 * counter can be reached from an entrance (step-free, when the office requires it). Problems carry
 * the JSON pointer of the value at fault, as the file would be written.
 */
public final class FloorplanValidator {
  private final Office office;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> misplaced = new HashSet<>();

  private FloorplanValidator(Office office) {
    this.office = office;
  }

  /** Every problem with the office, including reachability. */
  public static List<Problem> validate(Office office) {
    return validate(office, true);
  }

  /**
   * Every problem with the office; reachability is left out when {@code checkRoutes} is false (when
   * the file has other problems, routes through it would mean little).
   */
  public static List<Problem> validate(Office office, boolean checkRoutes) {
    List<Problem> beyondLimits = LimitCheck.problems(office);
    if (!beyondLimits.isEmpty()) {
      return beyondLimits; // checking such a plan further could take very long
    }
    FloorplanValidator validator = new FloorplanValidator(office);
    validator.checkIds();
    validator.checkFloors();
    validator.checkReferences();
    validator.checkPlacement();
    validator.checkConnectors();
    if (checkRoutes) {
      validator.checkReachability();
    }
    return List.copyOf(validator.problems);
  }

  private static final JsonPointer FLOORS = JsonPointer.compile("/floors");

  private static JsonPointer floorPointer(int f) {
    return FLOORS.appendIndex(f);
  }

  private static JsonPointer elementPointer(int f, int e) {
    return floorPointer(f).appendProperty("elements").appendIndex(e);
  }

  private void checkIds() {
    Map<String, Supplier<JsonPointer>> firstUse = new HashMap<>();
    for (int f = 0; f < office.floors().size(); f++) {
      Floor floor = office.floors().get(f);
      JsonPointer fp = floorPointer(f);
      for (int i = 0; i < floor.walls().size(); i++) {
        claim(firstUse, floor.walls().get(i).id(), item(fp, "walls", i));
      }
      for (int i = 0; i < floor.obstacles().size(); i++) {
        claim(firstUse, floor.obstacles().get(i).id(), item(fp, "obstacles", i));
      }
      for (int i = 0; i < floor.levelChanges().size(); i++) {
        claim(firstUse, floor.levelChanges().get(i).id(), item(fp, "levelChanges", i));
      }
      for (int i = 0; i < floor.elements().size(); i++) {
        claim(firstUse, floor.elements().get(i).id(), item(fp, "elements", i));
      }
    }
    for (int c = 0; c < office.connectors().size(); c++) {
      claim(firstUse, office.connectors().get(c).id(), item(JsonPointer.empty(), "connectors", c));
    }
  }

  /** The pointer of an item of a list, made only when a problem needs it. */
  private static Supplier<JsonPointer> item(JsonPointer parent, String list, int index) {
    return () -> parent.appendProperty(list).appendIndex(index);
  }

  private void claim(
      Map<String, Supplier<JsonPointer>> firstUse, String id, Supplier<JsonPointer> at) {
    Supplier<JsonPointer> first = firstUse.putIfAbsent(id, at);
    if (first != null) {
      problems.add(
          ValidationMessages.duplicateId(
              at.get().appendProperty("id"), id, first.get().toString()));
    }
  }

  private void checkFloors() {
    Set<Integer> levels = new HashSet<>();
    Map<Integer, String> counterNumbers = new HashMap<>();
    boolean anyEntrance = false;
    for (int f = 0; f < office.floors().size(); f++) {
      Floor floor = office.floors().get(f);
      if (!levels.add(floor.level())) {
        problems.add(
            ValidationMessages.duplicateLevel(
                floorPointer(f).appendProperty("level"), floor.level()));
      }
      for (int e = 0; e < floor.elements().size(); e++) {
        Element element = floor.elements().get(e);
        anyEntrance |= element instanceof Entrance;
        if (element instanceof Counter counter) {
          String other = counterNumbers.putIfAbsent(counter.number(), counter.id());
          if (other != null) {
            problems.add(
                ValidationMessages.duplicateCounterNumber(
                    elementPointer(f, e).appendProperty("number"), counter.number(), other));
          }
        }
      }
    }
    if (!anyEntrance) {
      problems.add(ValidationMessages.noEntrance(FLOORS));
    }
  }

  private void checkReferences() {
    Map<String, Element> elements = new HashMap<>();
    office.floors().forEach(f -> f.elements().forEach(e -> elements.putIfAbsent(e.id(), e)));
    for (int f = 0; f < office.floors().size(); f++) {
      List<Element> list = office.floors().get(f).elements();
      for (int e = 0; e < list.size(); e++) {
        Element element = list.get(e);
        if (element instanceof WaitingZone zone) {
          for (int k = 0; k < zone.counters().size(); k++) {
            String id = zone.counters().get(k);
            if (!(elements.get(id) instanceof Counter)) {
              problems.add(
                  ValidationMessages.unknownCounter(
                      elementPointer(f, e).appendProperty("counters").appendIndex(k), id));
            }
          }
        } else if (element instanceof DisplayBoard display
            && !(elements.get(display.zone()) instanceof WaitingZone)) {
          problems.add(
              ValidationMessages.unknownZone(
                  elementPointer(f, e).appendProperty("zone"), display.zone()));
        }
      }
    }
  }

  private void checkPlacement() {
    List<BlockerIndex> indexes = new ArrayList<>();
    for (int f = 0; f < office.floors().size(); f++) {
      Floor floor = office.floors().get(f);
      JsonPointer fp = floorPointer(f);
      BlockerIndex blockers = new BlockerIndex(floor);
      indexes.add(blockers);
      for (int i = 0; i < floor.walls().size(); i++) {
        Wall wall = floor.walls().get(i);
        checkPoints(
            floor,
            wall.points(),
            item(fp, "walls", i),
            "points",
            () -> ValidationMessages.called("墙", wall.id()));
      }
      for (int i = 0; i < floor.obstacles().size(); i++) {
        Obstacle o = floor.obstacles().get(i);
        checkPoints(
            floor,
            o.polygon(),
            item(fp, "obstacles", i),
            "polygon",
            () -> ValidationMessages.called("障碍物", o.id()));
      }
      for (int i = 0; i < floor.levelChanges().size(); i++) {
        LevelChange c = floor.levelChanges().get(i);
        checkPoints(
            floor,
            c.polygon(),
            item(fp, "levelChanges", i),
            "polygon",
            () -> ValidationMessages.called("台阶/坡道", c.id()));
      }
      for (int e = 0; e < floor.elements().size(); e++) {
        Element element = floor.elements().get(e);
        JsonPointer ep = elementPointer(f, e);
        Supplier<LocalizedText> name = () -> ValidationMessages.called(element);
        if (element instanceof WaitingZone zone) {
          checkPoints(floor, zone.area(), () -> ep, "area", name);
        }
        if (checkSpot(floor, blockers, element.at(), ep.appendProperty("at"), name)) {
          misplaced.add(ep.toString());
        }
      }
    }
    for (int c = 0; c < office.connectors().size(); c++) {
      Connector connector = office.connectors().get(c);
      for (int s = 0; s < connector.stops().size(); s++) {
        ConnectorStop stop = connector.stops().get(s);
        for (int f = 0; f < office.floors().size(); f++) {
          if (office.floors().get(f).level() == stop.floor()) {
            JsonPointer sp = item(JsonPointer.empty(), "connectors", c).get();
            checkSpot(
                office.floors().get(f),
                indexes.get(f),
                stop.at(),
                sp.appendProperty("stops").appendIndex(s).appendProperty("at"),
                () -> connectorName(connector));
            break;
          }
        }
      }
    }
  }

  private static LocalizedText connectorName(Connector connector) {
    return LocalizedText.of(
        connector.name().zhCN() + "（" + connector.id() + "）",
        connector.name().en() + " (" + connector.id() + ")");
  }

  private void checkPoints(
      Floor floor,
      List<Point> points,
      Supplier<JsonPointer> pointer,
      String field,
      Supplier<LocalizedText> what) {
    for (int k = 0; k < points.size(); k++) {
      if (!onFloor(floor, points.get(k))) {
        problems.add(
            ValidationMessages.outsideFloor(
                pointer.get().appendProperty(field).appendIndex(k), what.get(), floor));
        return; // one problem per shape is enough to find it
      }
    }
  }

  /** Reports a spot off the floor or inside a blocker; true when it did. */
  private boolean checkSpot(
      Floor floor,
      BlockerIndex blockers,
      Point at,
      JsonPointer pointer,
      Supplier<LocalizedText> what) {
    if (!onFloor(floor, at)) {
      problems.add(ValidationMessages.outsideFloor(pointer, what.get(), floor));
      return true;
    }
    Optional<String> blocker = blockers.blockerContaining(at);
    blocker.ifPresent(
        id -> problems.add(ValidationMessages.insideBlocker(pointer, what.get(), id)));
    return blocker.isPresent();
  }

  private static boolean onFloor(Floor floor, Point p) {
    return p.x() >= 0 && p.y() >= 0 && p.x() <= floor.width() && p.y() <= floor.depth();
  }

  private void checkConnectors() {
    for (int c = 0; c < office.connectors().size(); c++) {
      Connector connector = office.connectors().get(c);
      JsonPointer cp = item(JsonPointer.empty(), "connectors", c).get();
      Set<Integer> floors = new HashSet<>();
      for (int s = 0; s < connector.stops().size(); s++) {
        int level = connector.stops().get(s).floor();
        floors.add(level);
        if (office.floor(level).isEmpty()) {
          problems.add(
              ValidationMessages.unknownFloor(
                  item(cp, "stops", s).get().appendProperty("floor"), level));
        }
      }
      if (floors.size() < 2) {
        problems.add(
            ValidationMessages.connectorNeedsTwoFloors(
                cp.appendProperty("stops"), connectorName(connector)));
      }
    }
  }

  private void checkReachability() {
    List<PathPoint> entrances = new ArrayList<>();
    for (Floor floor : office.floors()) {
      for (Element e : floor.elements()) {
        if (e instanceof Entrance) {
          entrances.add(new PathPoint(e.at().x(), e.at().y(), floor.level()));
        }
      }
    }
    if (entrances.isEmpty()) {
      return; // already reported
    }
    Predicate<PathPoint> walking = Reachability.of(office, false).reachableFrom(entrances);
    Predicate<PathPoint> stepFree =
        office.stepFreeRequired()
            ? Reachability.of(office, true).reachableFrom(entrances)
            : place -> true;
    for (int f = 0; f < office.floors().size(); f++) {
      Floor floor = office.floors().get(f);
      for (int e = 0; e < floor.elements().size(); e++) {
        Element element = floor.elements().get(e);
        JsonPointer ep = elementPointer(f, e);
        if (!(element instanceof Counter) || misplaced.contains(ep.toString())) {
          continue;
        }
        PathPoint target = new PathPoint(element.at().x(), element.at().y(), floor.level());
        if (!walking.test(target)) {
          problems.add(ValidationMessages.unreachable(ep, ValidationMessages.called(element)));
        } else if (!stepFree.test(target)) {
          problems.add(ValidationMessages.notStepFree(ep, ValidationMessages.called(element)));
        }
      }
    }
  }
}
