package org.hallqueue.server.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.queue.Lane;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo office of {@code demo/office-bundle.json} (its lanes with weights and caps, its services
 * with expected times, its nine counters with their services and affinity lanes) with a demand we
 * made up, since the bundle carries none: visitors per hour by service in the proportions A 9, B 5,
 * C 5, D 13, E 16, F 4, by lane standard 85%, elderly 8%, women 4%, migrant 3% (priority lanes are
 * a minority: see {@link FairnessTest} for why the lanes' promises need that), scaled so that the
 * counters are busy {@code load} of the time; service times lognormal (cv 0.7) around each
 * service's expected time; an eight-hour day, every counter open all day; services' waiting zones
 * as the bundle gives them.
 */
final class DemoOfficeScenario {
  static final int OPEN_MINUTES = 480;
  static final Map<String, Double> SERVICE_MIX =
      ordered("A", 9.0, "B", 5.0, "C", 5.0, "D", 13.0, "E", 16.0, "F", 4.0);
  static final Map<String, Double> LANE_MIX =
      ordered("standard", 0.85, "elderly", 0.08, "women", 0.04, "migrant", 0.03);

  private final Map<String, Lane> lanes = new LinkedHashMap<>();
  private final Map<String, Double> expectedMinutes = new LinkedHashMap<>();
  private final Map<String, String> zones = new LinkedHashMap<>();
  private final List<CounterShift> counters = new ArrayList<>();

  DemoOfficeScenario() {
    JsonNode bundle = read();
    for (JsonNode lane : bundle.path("lanes")) {
      String code = lane.path("code").asString();
      lanes.put(
          code,
          new Lane(
              code,
              Map.of("zh-CN", code, "en", code),
              Map.of(),
              lane.path("weight").asDouble(),
              Duration.ofSeconds(lane.path("maxWaitSeconds").asLong()),
              lane.path("showOnTicket").asBoolean(),
              lane.path("showOnBoard").asBoolean(),
              lane.path("sortOrder").asInt()));
    }
    for (JsonNode service : bundle.path("services")) {
      String code = service.path("code").asString();
      expectedMinutes.put(code, service.path("expectedServiceSeconds").asDouble() / 60);
      zones.put(code, service.path("zone").asString());
    }
    for (JsonNode counter : bundle.path("counters")) {
      List<String> services = new ArrayList<>();
      counter.path("services").forEach(s -> services.add(s.asString()));
      JsonNode affinity = counter.path("affinityLane");
      counters.add(
          CounterShift.allDay(
              counter.path("id").asString(),
              services,
              affinity.isNull() || affinity.isMissingNode() ? null : affinity.asString(),
              OPEN_MINUTES));
    }
  }

  /** Every counter busy {@code load} of the time on average, the same rate all day. */
  Scenario atLoad(double load, String strategy) {
    return atLoad(load, strategy, OPEN_MINUTES);
  }

  /** The same demand rate, for a day of {@code openMinutes}. */
  Scenario atLoad(double load, String strategy, int openMinutes) {
    double[] shape = new double[(openMinutes + 59) / 60];
    java.util.Arrays.fill(shape, 1.0);
    return shaped(load, shape, strategy, openMinutes);
  }

  /**
   * A day whose hourly demand follows {@code shape} (relative to the mean), scaled so that over the
   * day the counters are busy {@code load} of the time.
   */
  Scenario shaped(double load, double[] shape, String strategy) {
    return shaped(load, shape, strategy, OPEN_MINUTES);
  }

  private Scenario shaped(double load, double[] shape, String strategy, int openMinutes) {
    double workPerVisitor = 0;
    double visitorsWeight = 0;
    for (var e : SERVICE_MIX.entrySet()) {
      workPerVisitor += e.getValue() * expectedMinutes.get(e.getKey());
      visitorsWeight += e.getValue();
    }
    double meanShape = java.util.Arrays.stream(shape).average().orElse(1.0);
    double visitorsPerHour = load * counters.size() * 60.0 / (workPerVisitor / visitorsWeight);
    List<Arrival> arrivals = new ArrayList<>();
    for (var service : SERVICE_MIX.entrySet()) {
      for (var lane : LANE_MIX.entrySet()) {
        List<Double> perHour = new ArrayList<>();
        for (double s : shape) {
          perHour.add(
              visitorsPerHour
                  * s
                  / meanShape
                  * service.getValue()
                  / visitorsWeight
                  * lane.getValue());
        }
        arrivals.add(new Arrival(service.getKey(), lane.getKey(), perHour));
      }
    }
    Map<String, ServiceMinutes> times = new LinkedHashMap<>();
    expectedMinutes.forEach(
        (code, minutes) -> times.put(code, ServiceMinutes.lognormal(minutes, 0.7)));
    List<CounterShift> shifts =
        counters.stream()
            .map(c -> CounterShift.allDay(c.id(), c.services(), c.affinityLane(), openMinutes))
            .toList();
    return Scenario.builder()
        .openMinutes(openMinutes)
        .strategy(strategy)
        .arrivals(arrivals)
        .serviceMinutes(times)
        .counters(shifts)
        .lanes(lanes)
        .zones(zones)
        .build();
  }

  Map<String, Lane> lanes() {
    return lanes;
  }

  private static JsonNode read() {
    try (InputStream in =
        DemoOfficeScenario.class.getResourceAsStream("/demo/office-bundle.json")) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Double> ordered(Object... pairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return map;
  }
}
