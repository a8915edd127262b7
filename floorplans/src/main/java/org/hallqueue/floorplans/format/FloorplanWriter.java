package org.hallqueue.floorplans.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.json.JsonPrinter;
import org.hallqueue.floorplans.json.JsonValue;
import org.hallqueue.floorplans.json.JsonValue.JsonArray;
import org.hallqueue.floorplans.json.JsonValue.JsonBoolean;
import org.hallqueue.floorplans.json.JsonValue.JsonNumber;
import org.hallqueue.floorplans.json.JsonValue.JsonObject;
import org.hallqueue.floorplans.json.JsonValue.JsonString;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorStop;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.DisplayBoard;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Facing;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Kiosk;
import org.hallqueue.floorplans.model.LevelChange;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.WaitingZone;
import org.hallqueue.floorplans.model.Wall;

/**
 * Writes an {@link Office} as floorplan JSON, format version 1, always in the same layout and field
 * order, so that reading and writing again gives the same bytes.
 */
public final class FloorplanWriter {
  private FloorplanWriter() {}

  public static String write(Office office) {
    return JsonPrinter.print(toJson(office));
  }

  /** The office as a JSON tree, for callers that embed it in a larger document. */
  public static JsonValue toJson(Office office) {
    Fields f = new Fields();
    f.put("version", new JsonNumber(FormatFields.VERSION));
    f.put("id", office.id());
    f.put("name", office.name());
    f.put("stepFreeRequired", new JsonBoolean(office.stepFreeRequired()));
    f.put("floors", list(office.floors(), FloorplanWriter::floor));
    f.put("connectors", list(office.connectors(), FloorplanWriter::connector));
    return f.build();
  }

  private static JsonValue floor(Floor floor) {
    Fields f = new Fields();
    f.put("level", new JsonNumber(floor.level()));
    f.put("name", floor.name());
    f.put("width", new JsonNumber(floor.width()));
    f.put("depth", new JsonNumber(floor.depth()));
    f.put("walls", list(floor.walls(), FloorplanWriter::wall));
    f.put("obstacles", list(floor.obstacles(), FloorplanWriter::obstacle));
    f.put("levelChanges", list(floor.levelChanges(), FloorplanWriter::levelChange));
    f.put("elements", list(floor.elements(), FloorplanWriter::element));
    return f.build();
  }

  private static JsonValue wall(Wall wall) {
    Fields f = new Fields();
    f.put("id", wall.id());
    f.put("points", points(wall.points()));
    f.put("thickness", new JsonNumber(wall.thickness()));
    return f.build();
  }

  private static JsonValue obstacle(Obstacle obstacle) {
    Fields f = new Fields();
    f.put("id", obstacle.id());
    f.put("type", obstacle.kind().json());
    obstacle.name().ifPresent(n -> f.put("name", n));
    f.put("polygon", points(obstacle.polygon()));
    return f.build();
  }

  private static JsonValue levelChange(LevelChange change) {
    Fields f = new Fields();
    f.put("id", change.id());
    f.put("type", change.kind().json());
    f.put("polygon", points(change.polygon()));
    return f.build();
  }

  private static JsonValue element(Element element) {
    Fields f = new Fields();
    f.put("id", element.id());
    f.put("type", element.type());
    f.put("name", element.name());
    f.put("at", point(element.at()));
    if (element instanceof Kiosk kiosk) {
      facing(f, kiosk.facing());
    } else if (element instanceof Counter counter) {
      f.put("number", new JsonNumber(counter.number()));
      facing(f, counter.facing());
      counter.label().ifPresent(l -> f.put("label", l));
    } else if (element instanceof WaitingZone zone) {
      f.put("area", points(zone.area()));
      f.put("seats", new JsonNumber(zone.seats()));
      f.put(
          "counters", new JsonArray(zone.counters().stream().map(FloorplanWriter::text).toList()));
    } else if (element instanceof DisplayBoard display) {
      f.put("zone", display.zone());
      facing(f, display.facing());
    }
    return f.build();
  }

  private static void facing(Fields f, Optional<Facing> facing) {
    facing.ifPresent(d -> f.put("facing", d.name().toLowerCase(java.util.Locale.ROOT)));
  }

  private static JsonValue connector(Connector connector) {
    Fields f = new Fields();
    f.put("id", connector.id());
    f.put("type", connector.kind().json());
    f.put("name", connector.name());
    f.put("accessible", new JsonBoolean(connector.accessible()));
    f.put("stops", list(connector.stops(), FloorplanWriter::stop));
    return f.build();
  }

  private static JsonValue stop(ConnectorStop stop) {
    Fields f = new Fields();
    f.put("floor", new JsonNumber(stop.floor()));
    f.put("at", point(stop.at()));
    return f.build();
  }

  private static <T> JsonArray list(List<T> items, Function<T, JsonValue> writer) {
    return new JsonArray(items.stream().map(writer).toList());
  }

  private static JsonArray points(List<Point> points) {
    return new JsonArray(points.stream().map(FloorplanWriter::point).toList());
  }

  private static JsonValue point(Point p) {
    return new JsonArray(List.of(new JsonNumber(p.x()), new JsonNumber(p.y())));
  }

  private static JsonValue text(String s) {
    return new JsonString(s);
  }

  /** Members in the order they are put. */
  private static final class Fields {
    private final Map<String, JsonValue> members = new LinkedHashMap<>();

    void put(String key, JsonValue value) {
      members.put(key, value);
    }

    void put(String key, String value) {
      members.put(key, new JsonString(value));
    }

    void put(String key, LocalizedText text) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      text.asMap().forEach((lang, s) -> m.put(lang, new JsonString(s)));
      members.put(key, new JsonObject(m));
    }

    JsonObject build() {
      return new JsonObject(members);
    }
  }
}
