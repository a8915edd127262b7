package org.hallqueue.floorplans.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hallqueue.floorplans.json.JsonPrinter;
import org.hallqueue.floorplans.json.JsonValue;
import org.hallqueue.floorplans.json.JsonValue.JsonArray;
import org.hallqueue.floorplans.json.JsonValue.JsonBoolean;
import org.hallqueue.floorplans.json.JsonValue.JsonNumber;
import org.hallqueue.floorplans.json.JsonValue.JsonObject;
import org.hallqueue.floorplans.json.JsonValue.JsonString;
import org.hallqueue.floorplans.routing.PathPoint;
import org.hallqueue.floorplans.routing.Route;

/** The JSON the {@code route} command prints. */
final class RouteJson {
  private RouteJson() {}

  static String write(Route route) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("from", new JsonString(route.from()));
    m.put("to", new JsonString(route.to()));
    m.put("accessible", new JsonBoolean(route.accessible()));
    m.put("lengthMeters", new JsonNumber(round(route.lengthMeters(), 100)));
    m.put(
        "via",
        new JsonArray(route.via().stream().map(v -> (JsonValue) new JsonString(v)).toList()));
    m.put("path", new JsonArray(route.path().stream().map(RouteJson::point).toList()));
    m.put(
        "steps",
        new JsonArray(
            route.steps().stream()
                .map(
                    s -> {
                      Map<String, JsonValue> step = new LinkedHashMap<>();
                      s.asMap().forEach((k, v) -> step.put(k, new JsonString(v)));
                      return (JsonValue) new JsonObject(step);
                    })
                .toList()));
    return JsonPrinter.print(new JsonObject(m));
  }

  private static JsonValue point(PathPoint p) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("x", new JsonNumber(round(p.x(), 1000)));
    m.put("y", new JsonNumber(round(p.y(), 1000)));
    m.put("floor", new JsonNumber(p.floor()));
    return new JsonObject(m);
  }

  private static double round(double v, double factor) {
    return Math.round(v * factor) / factor;
  }
}
