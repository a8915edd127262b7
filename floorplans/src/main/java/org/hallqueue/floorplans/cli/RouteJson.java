package org.hallqueue.floorplans.cli;

import java.io.StringWriter;
import java.util.Set;
import org.hallqueue.floorplans.format.JsonLayout;
import org.hallqueue.floorplans.format.JsonNumbers;
import org.hallqueue.floorplans.routing.PathPoint;
import org.hallqueue.floorplans.routing.Route;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/** The JSON the {@code route} command prints: each point and each step of the way on its line. */
final class RouteJson {
  private static final ObjectWriter WRITER =
      new JsonLayout(Set.of("via"), Set.of("path", "steps")).writer();

  private RouteJson() {}

  static String write(Route route) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("from", route.from());
      g.writeStringProperty("to", route.to());
      g.writeBooleanProperty("accessible", route.accessible());
      number(g, "lengthMeters", round(route.lengthMeters(), 100));
      g.writeName("via");
      g.writeStartArray();
      route.via().forEach(g::writeString);
      g.writeEndArray();
      g.writeName("path");
      g.writeStartArray();
      route.path().forEach(p -> point(g, p));
      g.writeEndArray();
      g.writeName("steps");
      g.writeStartArray();
      for (var step : route.steps()) {
        g.writeStartObject();
        step.asMap().forEach(g::writeStringProperty);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.append('\n').toString();
  }

  private static void point(JsonGenerator g, PathPoint p) {
    g.writeStartObject();
    number(g, "x", round(p.x(), 1000));
    number(g, "y", round(p.y(), 1000));
    number(g, "floor", p.floor());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, double value) {
    g.writeName(name);
    g.writeNumber(JsonNumbers.format(value));
  }

  private static double round(double v, double factor) {
    return Math.round(v * factor) / factor;
  }
}
