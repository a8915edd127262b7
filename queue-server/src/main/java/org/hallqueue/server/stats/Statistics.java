package org.hallqueue.server.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.OfficeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The office's numbers for a day or a week: tickets by service, lane and hour; waits (median, 90th
 * percentile, maximum) by lane and service; service times; no-shows and transfers; counter
 * utilisation; the share called within the lane's target wait; the fairness audit; and the accuracy
 * of the wait estimates shown at issue. No personal data: only services, lanes, counters, times and
 * ticket numbers.
 *
 * <p>A wait is from issue to the (latest) call; a service time from start to completion; the target
 * wait is the lane's maximum wait as configured now.
 */
@Component
public class Statistics {
  private final TicketFacts facts;
  private final FairnessAudit fairness;
  private final CounterHours hours;
  private final CatalogStore catalog;
  private final Clock clock;
  private final Supplier<ZoneId> zone;

  @Autowired
  public Statistics(
      TicketFacts facts,
      FairnessAudit fairness,
      CounterHours hours,
      CatalogStore catalog,
      Clock clock,
      OfficeDay officeDay) {
    this(facts, fairness, hours, catalog, clock, officeDay::zone);
  }

  Statistics(
      TicketFacts facts,
      FairnessAudit fairness,
      CounterHours hours,
      CatalogStore catalog,
      Clock clock,
      Supplier<ZoneId> zone) {
    this.facts = facts;
    this.fairness = fairness;
    this.hours = hours;
    this.catalog = catalog;
    this.clock = clock;
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone.get();
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }

  /** Counts and samples of one group of tickets (a service, a lane, or all). */
  static final class Group {
    int issued;
    int called;
    int served;
    int noShows;
    int cancelled;
    int waiting;
    int transferred;
    int transfers;
    int withinTarget;
    final Spread.Samples waits = new Spread.Samples();
    final Spread.Samples serviceTimes = new Spread.Samples();

    void add(TicketFacts.Fact f, long targetSeconds) {
      issued++;
      switch (f.status()) {
        case "DONE" -> served++;
        case "NO_SHOW" -> noShows++;
        case "CANCELLED" -> cancelled++;
        case "WAITING" -> waiting++;
        default -> {}
      }
      if (f.transferCount() > 0) {
        transferred++;
        transfers += f.transferCount();
      }
      Long wait = f.waitSeconds();
      if (wait != null) {
        called++;
        waits.add(wait);
        if (wait <= targetSeconds) {
          withinTarget++;
        }
      }
      Long service = f.serviceSeconds();
      if (service != null) {
        serviceTimes.add(service);
      }
    }

    StatsReport.Figures view() {
      return new StatsReport.Figures(
          issued,
          called,
          served,
          noShows,
          cancelled,
          waiting,
          transferred,
          transfers,
          waits.spread(),
          serviceTimes.spread(),
          withinTarget,
          called == 0 ? null : (double) withinTarget / called);
    }
  }

  public StatsReport report(LocalDate day, boolean week) {
    StatsWindow window = week ? StatsWindow.week(day, zone()) : StatsWindow.day(day, zone());
    long now = clock.millis();
    Map<String, Lane> lanes = catalog.lanesByCode();
    Map<String, Group> byService = new LinkedHashMap<>();
    catalog.services().forEach(s -> byService.put(s.code(), new Group()));
    Map<String, Group> byLane = new LinkedHashMap<>();
    lanes.keySet().forEach(l -> byLane.put(l, new Group()));
    Group all = new Group();
    int[][] hourly = new int[24][2];
    Map<String, long[]> perCounter = new LinkedHashMap<>(); // served, busy ms, first, last
    EstimateAccuracy.Tally accuracy = new EstimateAccuracy.Tally();
    facts.forEach(
        window.from(),
        window.to(),
        f -> {
          Lane lane = lanes.getOrDefault(f.lane(), Lane.fallback(f.lane()));
          long target = lane.maxWait().toSeconds();
          all.add(f, target);
          accuracy.add(f);
          byService.computeIfAbsent(f.service(), k -> new Group()).add(f, target);
          byLane.computeIfAbsent(f.lane(), k -> new Group()).add(f, target);
          hourly[hour(f.issuedAt())][0]++;
          if (f.calledAt() != null) {
            hourly[hour(f.calledAt())][1]++;
          }
          if (f.counterId() != null && f.calledAt() != null) {
            long[] c = perCounter.computeIfAbsent(f.counterId(), k -> new long[4]);
            long end = f.finishedAt() != null ? f.finishedAt() : Math.min(now, window.endMillis());
            if ("DONE".equals(f.status())) {
              c[0]++;
            }
            c[1] += Math.max(0, end - f.calledAt());
            c[2] = c[2] == 0 ? f.calledAt() : Math.min(c[2], f.calledAt());
            c[3] = Math.max(c[3], end);
          }
        });
    return new StatsReport(
        window.from().toString(),
        window.to().toString(),
        window.days(),
        zone().getId(),
        Instant.ofEpochMilli(now),
        !window.to().isBefore(today()),
        all.view(),
        byHour(hourly),
        services(byService),
        lanes(byLane, lanes),
        counters(perCounter, hours.staffedSeconds(window, now)),
        fairness.audit(window),
        accuracy.result());
  }

  private int hour(long millis) {
    return Instant.ofEpochMilli(millis).atZone(zone()).getHour();
  }

  private static List<StatsReport.Hour> byHour(int[][] hourly) {
    List<StatsReport.Hour> rows = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      rows.add(new StatsReport.Hour(h, hourly[h][0], hourly[h][1]));
    }
    return rows;
  }

  private List<StatsReport.ServiceRow> services(Map<String, Group> groups) {
    Map<String, OfficeService> services = new LinkedHashMap<>();
    catalog.services().forEach(s -> services.put(s.code(), s));
    List<StatsReport.ServiceRow> rows = new ArrayList<>();
    groups.forEach(
        (code, g) -> {
          OfficeService s = services.get(code);
          rows.add(
              new StatsReport.ServiceRow(
                  code,
                  s == null ? Map.of("zh-CN", code, "en", code) : s.name(),
                  s == null ? null : s.expectedServiceTime().toSeconds(),
                  g.view()));
        });
    return rows;
  }

  private static List<StatsReport.LaneRow> lanes(
      Map<String, Group> groups, Map<String, Lane> lanes) {
    List<StatsReport.LaneRow> rows = new ArrayList<>();
    groups.forEach(
        (code, g) -> {
          Lane lane = lanes.getOrDefault(code, Lane.fallback(code));
          rows.add(
              new StatsReport.LaneRow(code, lane.name(), lane.maxWait().toSeconds(), g.view()));
        });
    return rows;
  }

  private List<StatsReport.CounterRow> counters(
      Map<String, long[]> served, Map<String, Long> staffed) {
    List<StatsReport.CounterRow> rows = new ArrayList<>();
    List<Counter> counters = new ArrayList<>(catalog.counters());
    for (String id : served.keySet()) {
      if (counters.stream().noneMatch(c -> c.id().equals(id))) {
        counters.add(
            new Counter(id, 0, Map.of("zh-CN", id, "en", id), List.of(), null, null, null));
      }
    }
    for (Counter c : counters) {
      long[] s = served.getOrDefault(c.id(), new long[4]);
      long busy = s[1] / 1000;
      long open = staffed.getOrDefault(c.id(), 0L);
      if (open == 0 && s[2] > 0) {
        open = (s[3] - s[2]) / 1000; // staffed before the window began: count its active span
      }
      rows.add(
          new StatsReport.CounterRow(
              c.id(),
              c.number(),
              c.name(),
              s[0],
              busy,
              open,
              open <= 0 ? null : Math.min(1.0, (double) busy / open)));
    }
    return rows;
  }
}
