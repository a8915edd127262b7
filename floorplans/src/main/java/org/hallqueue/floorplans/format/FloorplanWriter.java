package org.hallqueue.floorplans.format;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.hallqueue.floorplans.geometry.Point;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes an {@link Office} as floorplan JSON, format version 1, with Jackson's streaming generator,
 * always in the same layout ({@link JsonLayout}) and field order, so that reading and writing again
 * gives the same bytes.
 */
public final class FloorplanWriter {
  private static final ObjectWriter WRITER = JsonLayout.floorplan().writer();

  private FloorplanWriter() {}

  public static String write(Office office) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      office(g, office);
    }
    return out.append('\n').toString();
  }

  private static void office(JsonGenerator g, Office office) {
    g.writeStartObject();
    number(g, "version", FormatFields.VERSION);
    g.writeStringProperty("id", office.id());
    texts(g, "name", office.name());
    g.writeBooleanProperty("stepFreeRequired", office.stepFreeRequired());
    list(g, "floors", office.floors(), FloorplanWriter::floor);
    list(g, "connectors", office.connectors(), FloorplanWriter::connector);
    g.writeEndObject();
  }

  private static void floor(JsonGenerator g, Floor floor) {
    g.writeStartObject();
    number(g, "level", floor.level());
    texts(g, "name", floor.name());
    number(g, "width", floor.width());
    number(g, "depth", floor.depth());
    list(g, "walls", floor.walls(), FloorplanWriter::wall);
    list(g, "obstacles", floor.obstacles(), FloorplanWriter::obstacle);
    list(g, "levelChanges", floor.levelChanges(), FloorplanWriter::levelChange);
    list(g, "elements", floor.elements(), FloorplanWriter::element);
    g.writeEndObject();
  }

  private static void wall(JsonGenerator g, Wall wall) {
    g.writeStartObject();
    g.writeStringProperty("id", wall.id());
    points(g, "points", wall.points());
    number(g, "thickness", wall.thickness());
    g.writeEndObject();
  }

  private static void obstacle(JsonGenerator g, Obstacle obstacle) {
    g.writeStartObject();
    g.writeStringProperty("id", obstacle.id());
    g.writeStringProperty("type", obstacle.kind().json());
    obstacle.name().ifPresent(n -> texts(g, "name", n));
    points(g, "polygon", obstacle.polygon());
    g.writeEndObject();
  }

  private static void levelChange(JsonGenerator g, LevelChange change) {
    g.writeStartObject();
    g.writeStringProperty("id", change.id());
    g.writeStringProperty("type", change.kind().json());
    points(g, "polygon", change.polygon());
    g.writeEndObject();
  }

  private static void element(JsonGenerator g, Element element) {
    g.writeStartObject();
    g.writeStringProperty("id", element.id());
    g.writeStringProperty("type", element.type());
    texts(g, "name", element.name());
    g.writeName("at");
    point(g, element.at());
    if (element instanceof Kiosk kiosk) {
      facing(g, kiosk.facing());
    } else if (element instanceof Counter counter) {
      number(g, "number", counter.number());
      facing(g, counter.facing());
      counter.label().ifPresent(l -> texts(g, "label", l));
    } else if (element instanceof WaitingZone zone) {
      points(g, "area", zone.area());
      number(g, "seats", zone.seats());
      list(g, "counters", zone.counters(), JsonGenerator::writeString);
    } else if (element instanceof DisplayBoard display) {
      g.writeStringProperty("zone", display.zone());
      facing(g, display.facing());
    }
    g.writeEndObject();
  }

  private static void facing(JsonGenerator g, Optional<Facing> facing) {
    facing.ifPresent(d -> g.writeStringProperty("facing", d.name().toLowerCase(Locale.ROOT)));
  }

  private static void connector(JsonGenerator g, Connector connector) {
    g.writeStartObject();
    g.writeStringProperty("id", connector.id());
    g.writeStringProperty("type", connector.kind().json());
    texts(g, "name", connector.name());
    g.writeBooleanProperty("accessible", connector.accessible());
    list(g, "stops", connector.stops(), FloorplanWriter::stop);
    g.writeEndObject();
  }

  private static void stop(JsonGenerator g, ConnectorStop stop) {
    g.writeStartObject();
    number(g, "floor", stop.floor());
    g.writeName("at");
    point(g, stop.at());
    g.writeEndObject();
  }

  private static <T> void list(
      JsonGenerator g, String name, List<T> items, BiConsumer<JsonGenerator, T> writer) {
    g.writeName(name);
    g.writeStartArray();
    items.forEach(item -> writer.accept(g, item));
    g.writeEndArray();
  }

  private static void points(JsonGenerator g, String name, List<Point> points) {
    list(g, name, points, FloorplanWriter::point);
  }

  private static void point(JsonGenerator g, Point p) {
    g.writeStartArray();
    g.writeNumber(JsonNumbers.format(p.x()));
    g.writeNumber(JsonNumbers.format(p.y()));
    g.writeEndArray();
  }

  /** Numbers the shortest way that reads back the same, never with an exponent. */
  private static void number(JsonGenerator g, String name, double value) {
    g.writeName(name);
    g.writeNumber(JsonNumbers.format(value));
  }

  private static void texts(JsonGenerator g, String name, LocalizedText text) {
    g.writeName(name);
    g.writeStartObject();
    text.asMap().forEach(g::writeStringProperty);
    g.writeEndObject();
  }
}
