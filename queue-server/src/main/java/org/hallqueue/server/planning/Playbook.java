package org.hallqueue.server.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.simulation.Arrival;
import org.hallqueue.server.simulation.OfficeSimulator;
import org.hallqueue.server.simulation.Scenario;
import org.hallqueue.server.simulation.SimulationResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Writes the playbook report of the office as it is configured now, for its own demand: another
 * office that imports the bundle gets the same report for its own history.
 */
@Component
class Playbook {
  private final OfficeScenarios scenarios;
  private final TodaysOffice office;
  private final CatalogStore catalog;
  private final DocumentStore documents;
  private final Json json;

  Playbook(
      OfficeScenarios scenarios,
      TodaysOffice office,
      CatalogStore catalog,
      DocumentStore documents,
      Json json) {
    this.scenarios = scenarios;
    this.office = office;
    this.catalog = catalog;
    this.documents = documents;
    this.json = json;
  }

  PlaybookReport report() {
    OfficeScenario today = scenarios.today(office.today().getDayOfWeek());
    Scenario scenario = office.scenario(today.scenario());
    SimulationResult allOpen = OfficeSimulator.run(scenario);
    StaffingPlan staffing = new StaffingPlanner(scenario, null, done -> {}).plan();
    OfficeFloor floor = scenarios.floor();
    List<OfficeFloor.Walk> walks = floor.walks();
    JsonNode officeDoc = documents.get(DocumentStore.OFFICE).map(this::tree).orElse(null);
    return new PlaybookReport(
        officeDoc == null ? null : officeDoc.get("name"),
        office.today().toString(),
        today.weekday(),
        today.demandSource(),
        today.historyDays(),
        demand(scenario),
        new PlaybookReport.StaffingSummary(
            staffing.met(), staffing.erlangCMet(), staffing.hours(), staffing.targets()),
        allOpen.lanes(),
        staffing.result().lanes(),
        today.lanes(),
        seats(floor, allOpen, staffing.result()),
        walks,
        floor.findings(walks),
        specialServices(floor),
        new PlaybookReport.Guidance(
            documents.get(DocumentStore.GUIDANCE).isPresent(),
            GuidanceCoverage.unreached(
                documents.get(DocumentStore.GUIDANCE).map(this::tree).orElse(null),
                catalog.services().stream().map(OfficeService::code).toList())));
  }

  private JsonNode tree(String text) {
    return json.read(text, JsonNode.class);
  }

  private static List<PlaybookReport.DemandHour> demand(Scenario scenario) {
    List<PlaybookReport.DemandHour> hours = new ArrayList<>();
    for (int h = 0; h < (scenario.openMinutes() + 59) / 60; h++) {
      Map<String, Double> byService = new LinkedHashMap<>();
      double total = 0;
      for (Arrival a : scenario.arrivals()) {
        double rate = StaffingPlanner.rate(a, h);
        byService.merge(a.service(), rate, Double::sum);
        total += rate;
      }
      byService.replaceAll((s, v) -> Math.round(v * 10) / 10.0);
      hours.add(
          new PlaybookReport.DemandHour(
              String.format("%02d:00", OfficeHours.OPENS_AT_HOUR + h),
              Math.round(total * 10) / 10.0,
              byService));
    }
    return hours;
  }

  private static List<PlaybookReport.ZoneSeats> seats(
      OfficeFloor floor, SimulationResult allOpen, SimulationResult staffed) {
    List<PlaybookReport.ZoneSeats> zones = new ArrayList<>();
    for (OfficeFloor.Zone z : floor.zones()) {
      zones.add(
          new PlaybookReport.ZoneSeats(
              z.id(), z.name(), z.seats(), busiest(allOpen, z.id()), busiest(staffed, z.id())));
    }
    return zones;
  }

  private static double busiest(SimulationResult result, String zone) {
    double most = 0;
    for (SimulationResult.HourResult h : result.byHour()) {
      SimulationResult.ZoneLoad load = h.zones().get(zone);
      if (load != null) {
        most = Math.max(most, load.waitingMax());
      }
    }
    return Math.round(most * 10) / 10.0;
  }

  private List<PlaybookReport.SpecialService> specialServices(OfficeFloor floor) {
    List<PlaybookReport.SpecialService> special = new ArrayList<>();
    for (String lane : List.of("women", "migrant")) {
      special.add(
          new PlaybookReport.SpecialService(
              lane.toUpperCase(Locale.ROOT),
              catalog.lanesByCode().containsKey(lane),
              catalog.counters().stream()
                  .filter(c -> lane.equals(c.affinityLane()))
                  .map(Counter::id)
                  .toList()));
    }
    Optional<String> greenLane =
        catalog.lanes().stream()
            .filter(
                l ->
                    l.code().contains("green")
                        || l.name().getOrDefault("zh-CN", "").contains("绿色通道")
                        || l.name()
                            .getOrDefault("en", "")
                            .toLowerCase(Locale.ROOT)
                            .contains("green"))
            .map(l -> l.code())
            .findFirst();
    List<String> greenCounters =
        floor.counterLabels().stream()
            .filter(
                l ->
                    l.getOrDefault("zh-CN", "").contains("绿色")
                        || l.getOrDefault("en", "").toLowerCase(Locale.ROOT).contains("green"))
            .map(l -> l.get("en"))
            .toList();
    special.add(
        new PlaybookReport.SpecialService(
            "GREEN_CHANNEL",
            greenLane.isPresent(),
            greenLane
                .map(
                    g ->
                        catalog.counters().stream()
                            .filter(c -> g.equals(c.affinityLane()))
                            .map(Counter::id)
                            .toList())
                .filter(list -> !list.isEmpty())
                .orElse(greenCounters)));
    return special;
  }
}
