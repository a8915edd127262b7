package org.hallqueue.floorplans.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorKind;
import org.hallqueue.floorplans.model.ConnectorStop;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.DisplayBoard;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Entrance;
import org.hallqueue.floorplans.model.Facing;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Kiosk;
import org.hallqueue.floorplans.model.LevelChange;
import org.hallqueue.floorplans.model.LevelChangeKind;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.ObstacleKind;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.WaitingZone;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Turns floorplan JSON (format version 1) into an {@link Office}, checking the shape of the file:
 * syntax, required and unknown fields, types, ids, names in both languages. Where a value is wrong
 * it notes the problem and reads a harmless default, so the office it returns has every element in
 * place (list positions match the file) and the caller can look for more problems; such an office
 * must not be used when {@link Reading#problems()} is not empty.
 */
public final class FloorplanReader {
  static final List<String> ELEMENT_TYPES =
      List.of("entrance", "kiosk", "counter", "zone", "display");

  private final List<Problem> problems = new ArrayList<>();

  private FloorplanReader() {}

  /** The office as far as it could be read, and the problems with the file's shape. */
  public record Reading(Office office, List<Problem> problems) {
    public Reading {
      problems = List.copyOf(problems);
    }
  }

  /** Reads a document; on a syntax error the office is {@code null}. */
  public static Reading read(String json) {
    StrictJson.Parsed parsed = StrictJson.parse(json);
    if (parsed.problem() != null) {
      return new Reading(null, List.of(parsed.problem()));
    }
    FloorplanReader reader = new FloorplanReader();
    Office office = reader.office(parsed.root());
    return new Reading(office, reader.problems);
  }

  private Office office(JsonNode root) {
    ObjectFields f =
        ObjectFields.of(root, JsonPointer.empty(), "floorplan", FormatFields.OFFICE, problems);
    int version = f.requiredInt("version", 1);
    if (f.has("version") && version != FormatFields.VERSION) {
      problems.add(FormatMessages.unsupportedVersion(f.at("version"), Integer.toString(version)));
    }
    return new Office(
        f.requiredId("id"),
        f.requiredTexts("name"),
        f.optionalBoolean("stepFreeRequired", false),
        f.list("floors", true, this::floor),
        f.list("connectors", false, this::connector));
  }

  private Floor floor(JsonNode value, JsonPointer pointer) {
    ObjectFields f = ObjectFields.of(value, pointer, "floor", FormatFields.FLOOR, problems);
    return new Floor(
        f.requiredInt("level", Integer.MIN_VALUE),
        f.requiredTexts("name"),
        f.requiredPositive("width", 1),
        f.requiredPositive("depth", 1),
        f.list("walls", false, this::wall),
        f.list("obstacles", false, this::obstacle),
        f.list("levelChanges", false, this::levelChange),
        f.list("elements", false, this::element));
  }

  private org.hallqueue.floorplans.model.Wall wall(JsonNode value, JsonPointer pointer) {
    ObjectFields f = ObjectFields.of(value, pointer, "wall", FormatFields.WALL, problems);
    return new org.hallqueue.floorplans.model.Wall(
        f.requiredId("id"), f.requiredPoints("points", 2), f.requiredPositive("thickness", 0.2));
  }

  private Obstacle obstacle(JsonNode value, JsonPointer pointer) {
    ObjectFields f = ObjectFields.of(value, pointer, "obstacle", FormatFields.OBSTACLE, problems);
    return new Obstacle(
        f.requiredId("id"),
        f.requiredChoice("type", ObstacleKind.class, ObstacleKind.FURNITURE),
        f.optionalTexts("name"),
        f.requiredPoints("polygon", 3));
  }

  private LevelChange levelChange(JsonNode value, JsonPointer pointer) {
    ObjectFields f =
        ObjectFields.of(value, pointer, "levelChange", FormatFields.LEVEL_CHANGE, problems);
    return new LevelChange(
        f.requiredId("id"),
        f.requiredChoice("type", LevelChangeKind.class, LevelChangeKind.STEPS),
        f.requiredPoints("polygon", 3));
  }

  private Element element(JsonNode value, JsonPointer pointer) {
    String type =
        value.isObject() && value.has("type") && value.get("type").isString()
            ? value.get("type").stringValue()
            : null;
    Set<String> allowed = new HashSet<>(FormatFields.ELEMENT);
    boolean known = type != null && ELEMENT_TYPES.contains(type);
    if (known) {
      allowed.addAll(FormatFields.ELEMENT_EXTRAS.get(type));
    } else {
      // without a known type any element field is fine; the type itself is reported below
      FormatFields.ELEMENT_EXTRAS.values().forEach(allowed::addAll);
    }
    ObjectFields f = ObjectFields.of(value, pointer, "element", allowed, problems);
    String id = f.requiredId("id");
    if (!known && f.has("type")) {
      if (type == null) {
        f.requiredText("type"); // reports the wrong type
      } else {
        problems.add(FormatMessages.notOneOf(f.at("type"), "type", type, ELEMENT_TYPES));
      }
    } else if (!known) {
      f.requiredText("type"); // reports it missing
    }
    var name = f.requiredTexts("name");
    var at = f.requiredPoint("at");
    if (!known) {
      // Placeholder so list positions still match the file; never handed out.
      return new Entrance(id, name, at);
    }
    return switch (type) {
      case "entrance" -> new Entrance(id, name, at);
      case "kiosk" -> new Kiosk(id, name, at, f.optionalChoice("facing", Facing.class));
      case "counter" ->
          new Counter(
              id,
              name,
              at,
              f.optionalChoice("facing", Facing.class),
              f.requiredInt("number", 1),
              f.optionalTexts("label"));
      case "zone" ->
          new WaitingZone(
              id,
              name,
              at,
              f.requiredPoints("area", 3),
              f.requiredInt("seats", 0),
              f.idList("counters"));
      default ->
          new DisplayBoard(
              id, name, at, f.optionalChoice("facing", Facing.class), f.requiredId("zone"));
    };
  }

  private Connector connector(JsonNode value, JsonPointer pointer) {
    ObjectFields f = ObjectFields.of(value, pointer, "connector", FormatFields.CONNECTOR, problems);
    return new Connector(
        f.requiredId("id"),
        f.requiredChoice("type", ConnectorKind.class, ConnectorKind.STAIRS),
        f.requiredTexts("name"),
        f.requiredBoolean("accessible"),
        f.list("stops", true, this::stop));
  }

  private ConnectorStop stop(JsonNode value, JsonPointer pointer) {
    ObjectFields f = ObjectFields.of(value, pointer, "stop", FormatFields.STOP, problems);
    return new ConnectorStop(f.requiredInt("floor", Integer.MIN_VALUE), f.requiredPoint("at"));
  }
}
