package org.hallqueue.server.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hallqueue.server.queue.CallNext;
import org.hallqueue.server.queue.CallStrategy;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.TicketNumbers;

/**
 * A scenario turned into arrays once, shared by all its simulated days (one after another: only the
 * cache of ticket numbers grows).
 */
final class DayPlan {
  final Scenario scenario;
  final CallStrategy strategy;
  final CallNext callNext;
  final Map<String, Lane> lanes;
  final String[] laneCodes;
  final double[] targetSeconds;
  final String[] services;
  final Duration[] expected;
  final ServiceTimeSampler[] samplers;
  final int[] streamService;
  final int[] streamLane;
  final double[][] ratePerSecond;
  final double[][] rateChangesAt;
  final Counter[] counters;
  final int[][] counterServices;
  final double[][] openIntervals;
  final int[][] transferTargets;
  final double[][] transferShares;
  final double closeSeconds;
  final double warmupSeconds;
  final int hours;
  final String[] zoneCodes;
  final int[] serviceZone;
  private final List<List<String>> numbers = new ArrayList<>();

  DayPlan(Scenario s) {
    scenario = s;
    strategy = CallStrategy.named(s.strategy());
    callNext = new CallNext(strategy);
    lanes = s.lanes();
    laneCodes = new TreeSet<>(s.lanes().keySet()).toArray(String[]::new);
    services = new TreeSet<>(s.serviceMinutes().keySet()).toArray(String[]::new);
    closeSeconds = s.openMinutes() * 60.0;
    warmupSeconds = s.warmupMinutes() * 60.0;
    hours = (s.openMinutes() + 59) / 60;
    targetSeconds = new double[laneCodes.length];
    for (int l = 0; l < laneCodes.length; l++) {
      Double target = s.targetMinutes().get(laneCodes[l]);
      targetSeconds[l] =
          target != null ? target * 60.0 : lanes.get(laneCodes[l]).maxWait().toSeconds();
    }
    zoneCodes = new TreeSet<>(s.zones().values()).toArray(String[]::new);
    serviceZone = new int[services.length];
    for (int i = 0; i < services.length; i++) {
      serviceZone[i] = java.util.Arrays.asList(zoneCodes).indexOf(s.zones().get(services[i]));
    }
    expected = new Duration[services.length];
    samplers = new ServiceTimeSampler[services.length];
    for (int i = 0; i < services.length; i++) {
      ServiceMinutes times = s.serviceMinutes().get(services[i]);
      expected[i] = Duration.ofMillis(Math.round(times.expectedMinutes() * 60_000));
      samplers[i] = new ServiceTimeSampler(times);
    }
    int n = s.arrivals().size();
    streamService = new int[n];
    streamLane = new int[n];
    ratePerSecond = new double[n][];
    rateChangesAt = new double[n][];
    for (int i = 0; i < n; i++) {
      Arrival a = s.arrivals().get(i);
      streamService[i] = service(a.service());
      streamLane[i] = lane(a.lane());
      ratePerSecond[i] = new double[hours];
      rateChangesAt[i] = new double[hours];
      for (int h = 0; h < hours; h++) {
        ratePerSecond[i][h] = a.perSecond(h);
      }
      for (int h = hours - 1; h >= 0; h--) {
        boolean sameNext = h + 1 < hours && ratePerSecond[i][h + 1] == ratePerSecond[i][h];
        rateChangesAt[i][h] =
            sameNext ? rateChangesAt[i][h + 1] : Math.min(closeSeconds, (h + 1) * 3600.0);
      }
    }
    int c = s.counters().size();
    counters = new Counter[c];
    counterServices = new int[c][];
    openIntervals = new double[c][];
    for (int i = 0; i < c; i++) {
      CounterShift shift = s.counters().get(i);
      counters[i] =
          new Counter(
              shift.id(),
              i + 1,
              Map.of("zh-CN", shift.id(), "en", shift.id()),
              shift.services(),
              shift.affinityLane(),
              CounterStatus.CLOSED,
              null);
      counterServices[i] = shift.services().stream().distinct().mapToInt(this::service).toArray();
      openIntervals[i] =
          shift.open().stream()
              .flatMap(List::stream)
              .mapToDouble(minute -> minute * 60.0)
              .toArray();
    }
    for (int i = 0; i < services.length; i++) {
      numbers.add(new ArrayList<>());
    }
    transferTargets = new int[services.length][];
    transferShares = new double[services.length][];
    Map<Integer, List<Transfer>> out = new HashMap<>();
    s.transfers()
        .forEach(t -> out.computeIfAbsent(service(t.from()), k -> new ArrayList<>()).add(t));
    for (int i = 0; i < services.length; i++) {
      List<Transfer> mine = out.getOrDefault(i, List.of());
      transferTargets[i] = mine.stream().mapToInt(t -> service(t.to())).toArray();
      transferShares[i] = mine.stream().mapToDouble(Transfer::share).toArray();
    }
  }

  /**
   * The ticket number of the service's {@code sequence}-th visitor of a day, by {@link
   * TicketNumbers#format}, formatted once for all days.
   */
  String number(int service, long sequence) {
    List<String> known = numbers.get(service);
    while (known.size() < sequence) {
      known.add(TicketNumbers.format(services[service], known.size() + 1L));
    }
    return known.get((int) sequence - 1);
  }

  /** The service a visitor of {@code service} is sent on to, for a uniform draw u, or -1. */
  int transferTarget(int service, double u) {
    double[] shares = transferShares[service];
    double cumulative = 0;
    for (int i = 0; i < shares.length; i++) {
      cumulative += shares[i];
      if (u < cumulative) {
        return transferTargets[service][i];
      }
    }
    return -1;
  }

  int service(String code) {
    for (int i = 0; i < services.length; i++) {
      if (services[i].equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown service " + code);
  }

  int lane(String code) {
    for (int i = 0; i < laneCodes.length; i++) {
      if (laneCodes[i].equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown lane " + code);
  }
}
