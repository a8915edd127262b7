package org.hallqueue.server.planning;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.simulation.Arrival;
import org.hallqueue.server.simulation.CounterShift;
import org.hallqueue.server.simulation.Scenario;
import org.hallqueue.server.simulation.ScenarioException;
import org.hallqueue.server.simulation.ServiceMinutes;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The office as it is today, as a scenario: its lanes, counters (all open all day), call strategy,
 * service times learned from its history and the demand of its history (or {@link DemoDemand}).
 * Fills in what a {@link SimulationRequest} leaves out.
 */
@Component
class TodaysOffice {
  /** Fewer finished visits than this and a service's time is its configured expected time. */
  static final int MIN_OBSERVATIONS = 30;

  /** Fewer than this in an hour and that hour draws from the service's whole history. */
  static final int MIN_OBSERVATIONS_IN_HOUR = 5;

  private final CatalogStore catalog;
  private final QueueSettings settings;
  private final OfficeHistory history;
  private final Clock clock;

  TodaysOffice(CatalogStore catalog, QueueSettings settings, OfficeHistory history, Clock clock) {
    this.catalog = catalog;
    this.settings = settings;
    this.history = history;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(settings.timeZone()));
  }

  OfficeHistory.Learned learned(DayOfWeek weekday) {
    return history.learn(today(), weekday, settings.timeZone());
  }

  /** The scenario a request asks for, with the office's defaults; refused with 400 if bad. */
  Scenario scenario(SimulationRequest r) {
    if (r == null) {
      throw new InvalidInputException("body", "a scenario is required");
    }
    r.requireNoNulls();
    OfficeHistory.Learned learned = learned(today().getDayOfWeek());
    int open = or(r.openMinutes(), OfficeHours.OPEN_MINUTES);
    Map<String, ServiceMinutes> times = new LinkedHashMap<>(serviceMinutes(learned));
    if (r.serviceMinutes() != null) {
      r.serviceMinutes().forEach((code, given) -> times.put(code, withExpected(code, given)));
    }
    if (r.precheck() != null) {
      double factor = r.precheck().factor();
      times.replaceAll((code, t) -> t.scaled(factor));
    }
    try {
      return Scenario.builder()
          .openMinutes(open)
          .runs(or(r.replications(), 30), or(r.seed(), 7L), or(r.warmupMinutes(), 0))
          .strategy(r.strategy() != null ? r.strategy() : settings.callStrategy())
          .arrivals(r.arrivals())
          .serviceMinutes(times)
          .counters(r.counters() != null ? r.counters() : counters(open))
          .conduct(
              or(r.noShowShare(), 0.0),
              or(r.recallShare(), 0.0),
              or(r.recallSeconds(), 60.0),
              or(r.recallLimit(), settings.recallLimit()))
          .transfers(r.transfers())
          .lanes(catalog.lanesByCode())
          .targetMinutes(r.targetMinutes())
          .zones(r.zones() != null ? r.zones() : zones(times))
          .build();
    } catch (ScenarioException e) {
      throw new InvalidInputException(e.field(), e.getMessage().substring(e.field().length() + 1));
    }
  }

  /** Today's office as a request: the demand of the weekday's history, or the demo demand. */
  SimulationRequest request(DayOfWeek weekday, OfficeHistory.Learned learned) {
    return new SimulationRequest(
        OfficeHours.OPEN_MINUTES,
        0,
        30,
        7L,
        settings.callStrategy(),
        demand(learned),
        null,
        counters(OfficeHours.OPEN_MINUTES),
        null,
        null,
        null,
        null,
        null,
        targets(),
        null,
        null);
  }

  /** Each lane's wait target: its cap. */
  Map<String, Double> targets() {
    Map<String, Double> targets = new LinkedHashMap<>();
    for (Lane lane : catalog.lanes()) {
      targets.put(lane.code(), lane.maxWait().toSeconds() / 60.0);
    }
    return targets;
  }

  List<Arrival> demand(OfficeHistory.Learned learned) {
    if (learned.demand().isEmpty()) {
      return DemoDemand.of(catalog.services(), catalog.lanes(), catalog.counters());
    }
    List<Arrival> arrivals = new ArrayList<>();
    learned
        .demand()
        .forEach(
            (key, perHour) -> {
              String[] serviceAndLane = key.split("/", 2);
              if (catalog.service(serviceAndLane[0]).isPresent()
                  && catalog.lanesByCode().containsKey(serviceAndLane[1])) {
                List<Double> hours = new ArrayList<>();
                for (double v : perHour) {
                  hours.add(v);
                }
                arrivals.add(new Arrival(serviceAndLane[0], serviceAndLane[1], hours));
              }
            });
    return arrivals;
  }

  /** Every service's time at the counter: learned when there is enough history. */
  Map<String, ServiceMinutes> serviceMinutes(OfficeHistory.Learned learned) {
    Map<String, ServiceMinutes> times = new LinkedHashMap<>();
    for (OfficeService s : catalog.services()) {
      double expected = s.expectedServiceTime().toSeconds() / 60.0;
      List<Double> seen = learned.serviceMinutes().getOrDefault(s.code(), List.of());
      if (seen.size() < MIN_OBSERVATIONS) {
        times.put(s.code(), ServiceMinutes.exponential(expected).expecting(expected));
        continue;
      }
      List<List<Double>> byHour = new ArrayList<>();
      for (List<Double> hour : learned.serviceMinutesByHour().get(s.code())) {
        byHour.add(hour.size() < MIN_OBSERVATIONS_IN_HOUR ? List.of() : hour);
      }
      times.put(s.code(), ServiceMinutes.empirical(seen, byHour).expecting(expected));
    }
    return times;
  }

  private ServiceMinutes withExpected(String code, ServiceMinutes given) {
    if (given == null || given.expected() != null) {
      return given;
    }
    return catalog
        .service(code)
        .map(s -> given.expecting(s.expectedServiceTime().toSeconds() / 60.0))
        .orElse(given);
  }

  List<CounterShift> counters(int openMinutes) {
    return catalog.counters().stream()
        .map(c -> CounterShift.allDay(c.id(), c.services(), c.affinityLane(), openMinutes))
        .toList();
  }

  private Map<String, String> zones(Map<String, ServiceMinutes> times) {
    Map<String, String> zones = new LinkedHashMap<>();
    for (OfficeService s : catalog.services()) {
      if (s.zone() != null && !s.zone().isBlank() && times.containsKey(s.code())) {
        zones.put(s.code(), s.zone());
      }
    }
    return zones;
  }

  private static <T> T or(T value, T otherwise) {
    return value != null ? value : otherwise;
  }
}
