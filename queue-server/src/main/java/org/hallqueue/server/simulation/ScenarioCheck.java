package org.hallqueue.server.simulation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallqueue.server.queue.CallStrategy;
import org.hallqueue.server.queue.Lane;

/** Checks a scenario's fields and names the first one at fault. */
final class ScenarioCheck {
  private final int openMinutes;
  private final int warmupMinutes;
  private final int replications;
  private final String strategy;
  private final List<Arrival> arrivals;
  private final Map<String, ServiceMinutes> serviceMinutes;
  private final List<CounterShift> counters;
  private final List<Transfer> transfers;
  private final Map<String, Lane> lanes;
  private final Scenario scenario;

  ScenarioCheck(Scenario s) {
    scenario = s;
    openMinutes = s.openMinutes();
    warmupMinutes = s.warmupMinutes();
    replications = s.replications();
    strategy = s.strategy();
    arrivals = s.arrivals();
    serviceMinutes = s.serviceMinutes();
    counters = s.counters();
    transfers = s.transfers();
    lanes = s.lanes();
  }

  private static final int DAY_MINUTES = 24 * 60;

  void throwIfBad() {
    require(openMinutes >= 1 && openMinutes <= DAY_MINUTES, "openMinutes", "must be 1 to 1440");
    require(
        warmupMinutes >= 0 && warmupMinutes < openMinutes,
        "warmupMinutes",
        "must be at least 0 and less than openMinutes");
    require(replications >= 2 && replications <= 10_000, "replications", "must be 2 to 10000");
    checkStrategy();
    require(!lanes.isEmpty(), "lanes", "must name at least one lane");
    checkServiceTimes();
    checkCounters();
    checkArrivals();
    checkConduct(scenario.noShowShare(), scenario.recallShare());
    require(
        scenario.recallSeconds() > 0 && scenario.recallSeconds() <= 3600,
        "recallSeconds",
        "must be above 0, up to 3600");
    require(
        scenario.recallLimit() >= 0 && scenario.recallLimit() <= 10,
        "recallLimit",
        "must be 0 to 10");
    checkTransfers();
    require(share(scenario.precheck().share()), "precheck.share", "must be a share from 0 to 1");
    require(
        scenario.precheck().serviceTimeFactor() >= 0.1
            && scenario.precheck().serviceTimeFactor() <= 2,
        "precheck.serviceTimeFactor",
        "must be 0.1 to 2");
    scenario
        .zones()
        .forEach(
            (service, zone) -> {
              require(
                  serviceMinutes.containsKey(service),
                  "zones." + service,
                  "is not a known service");
              require(zone != null && !zone.isBlank(), "zones." + service, "must name a zone");
            });
    scenario
        .targetMinutes()
        .forEach(
            (lane, minutes) -> {
              require(
                  lanes.containsKey(lane), "targetMinutes." + lane, "is not a lane of the office");
              require(
                  minutes != null && minutes > 0 && Double.isFinite(minutes),
                  "targetMinutes." + lane,
                  "must be a positive number of minutes");
            });
    require(
        scenarioVisitors() <= Scenario.MAX_VISITORS,
        "replications",
        "with these arrivals would simulate about "
            + Math.round(scenarioVisitors())
            + " visitors; at most "
            + Scenario.MAX_VISITORS
            + " are run");
  }

  private static void checkConduct(double noShowShare, double recallShare) {
    require(share(noShowShare), "noShowShare", "must be a share from 0 to 1");
    require(share(recallShare), "recallShare", "must be a share from 0 to 1");
    require(noShowShare + recallShare <= 1.0, "recallShare", "plus noShowShare must not pass 1");
  }

  private void checkStrategy() {
    require(strategy != null, "strategy", "is required");
    try {
      CallStrategy.named(strategy);
    } catch (IllegalArgumentException e) {
      throw new ScenarioException("strategy", e.getMessage());
    }
  }

  private void checkServiceTimes() {
    serviceMinutes.forEach(
        (service, times) -> {
          String field = "serviceMinutes." + service;
          require(times != null, field, "is required");
          if (times.distribution() == ServiceMinutes.Distribution.EMPIRICAL) {
            require(!times.observed().isEmpty(), field + ".observed", "must not be empty");
            checkMinutes(times.observed(), field + ".observed");
            for (int h = 0; h < times.observedByHour().size(); h++) {
              checkMinutes(times.observedByHour().get(h), field + ".observedByHour[" + h + "]");
            }
          } else {
            require(positive(times.mean()), field + ".mean", "must be above 0");
            require(
                times.cv() >= 0 && times.cv() <= 10 && Double.isFinite(times.cv()),
                field + ".cv",
                "must be 0 to 10");
          }
          require(
              times.expected() == null || positive(times.expected()),
              field + ".expected",
              "must be above 0");
        });
  }

  private void checkCounters() {
    require(!counters.isEmpty(), "counters", "must hold at least one counter");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < counters.size(); i++) {
      CounterShift c = counters.get(i);
      String field = "counters[" + i + "]";
      require(c.id() != null && !c.id().isBlank(), field + ".id", "is required");
      require(ids.add(c.id()), field + ".id", "is used twice: " + c.id());
      require(!c.services().isEmpty(), field + ".services", "must name a service");
      for (String s : c.services()) {
        require(serviceMinutes.containsKey(s), field + ".services", "names no known service: " + s);
      }
      require(
          c.affinityLane() == null || lanes.containsKey(c.affinityLane()),
          field + ".affinityLane",
          "is not a lane of the office: " + c.affinityLane());
      int previousEnd = -1;
      for (List<Integer> interval : c.open()) {
        require(
            interval.size() == 2
                && interval.get(0) != null
                && interval.get(1) != null
                && interval.get(0) > previousEnd
                && interval.get(0) >= 0
                && interval.get(1) > interval.get(0)
                && interval.get(1) <= DAY_MINUTES,
            field + ".open",
            "must be [start,end] minute pairs, in order, not touching or overlapping, within the"
                + " day");
        previousEnd = interval.get(1);
      }
    }
  }

  private void checkArrivals() {
    require(!arrivals.isEmpty(), "arrivals", "must hold at least one stream of visitors");
    for (int i = 0; i < arrivals.size(); i++) {
      Arrival a = arrivals.get(i);
      String field = "arrivals[" + i + "]";
      require(
          serviceMinutes.containsKey(a.service()),
          field + ".service",
          "has no serviceMinutes: " + a.service());
      require(
          counters.stream()
              .anyMatch(c -> c.services().contains(a.service()) && !c.open().isEmpty()),
          field + ".service",
          "is served by no counter that opens: " + a.service());
      require(lanes.containsKey(a.lane()), field + ".lane", "is not a lane of the office");
      require(!a.perHour().isEmpty(), field + ".perHour", "must hold one value or one per hour");
      for (Double rate : a.perHour()) {
        require(
            rate != null && rate >= 0 && rate <= 100_000,
            field + ".perHour",
            "values must be 0 to 100000 visitors an hour");
      }
    }
  }

  private void checkTransfers() {
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < transfers.size(); i++) {
      Transfer t = transfers.get(i);
      String field = "transfers[" + i + "]";
      require(serviceMinutes.containsKey(t.from()), field + ".from", "is not a known service");
      require(serviceMinutes.containsKey(t.to()), field + ".to", "is not a known service");
      require(!t.from().equals(t.to()), field + ".to", "must differ from from");
      require(share(t.share()), field + ".share", "must be a share from 0 to 1");
      require(
          out.merge(t.from(), t.share(), Double::sum) <= 1.0,
          field + ".share",
          "the transfer shares out of " + t.from() + " add up past 1");
    }
  }

  private double scenarioVisitors() {
    return scenario.expectedVisitors();
  }

  private static void checkMinutes(List<Double> minutes, String field) {
    for (Double m : minutes) {
      require(m != null && m >= 0 && m <= DAY_MINUTES, field, "values must be 0 to 1440 minutes");
    }
  }

  private static boolean share(double value) {
    return value >= 0 && value <= 1;
  }

  private static boolean positive(double value) {
    return value > 0 && Double.isFinite(value);
  }

  private static void require(boolean ok, String field, String message) {
    if (!ok) {
      throw new ScenarioException(field, message);
    }
  }
}
