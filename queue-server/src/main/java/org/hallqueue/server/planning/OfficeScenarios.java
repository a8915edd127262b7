package org.hallqueue.server.planning;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.simulation.ServiceMinutes;
import org.springframework.stereotype.Component;

/** Builds {@link OfficeScenario}: today's office, labelled for the console and the report. */
@Component
class OfficeScenarios {
  private final TodaysOffice office;
  private final CatalogStore catalog;
  private final DocumentStore documents;

  OfficeScenarios(TodaysOffice office, CatalogStore catalog, DocumentStore documents) {
    this.office = office;
    this.catalog = catalog;
    this.documents = documents;
  }

  OfficeFloor floor() {
    return OfficeFloor.read(documents.get(DocumentStore.FLOORPLAN));
  }

  OfficeScenario today(DayOfWeek weekday) {
    OfficeHistory.Learned learned = office.learned(weekday);
    Map<String, Double> targets = office.targets();
    Map<String, OfficeScenario.ServiceTime> times = new LinkedHashMap<>();
    office
        .serviceMinutes(learned)
        .forEach(
            (code, t) ->
                times.put(
                    code,
                    new OfficeScenario.ServiceTime(
                        t.distribution() == ServiceMinutes.Distribution.EMPIRICAL
                            ? "HISTORY"
                            : "EXPECTED",
                        Math.round(t.meanMinutes() * 10) / 10.0,
                        t.observed().size())));
    return new OfficeScenario(
        OfficeHours.OPENS_AT_HOUR,
        weekday.name(),
        learned.demand().isEmpty() ? "DEMO" : "HISTORY",
        learned.days(),
        office.request(weekday, learned),
        catalog.services().stream()
            .map(s -> new OfficeScenario.Service(s.code(), s.name(), s.zone()))
            .toList(),
        catalog.lanes().stream()
            .map(
                l ->
                    new OfficeScenario.LaneInfo(
                        l.code(), l.name(), l.weight(), targets.get(l.code())))
            .toList(),
        catalog.counters().stream()
            .map(
                c ->
                    new OfficeScenario.CounterInfo(
                        c.id(), c.number(), c.name(), c.services(), c.affinityLane()))
            .toList(),
        floor().zones(),
        times);
  }
}
