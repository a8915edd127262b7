package org.hallqueue.server.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.simulation.SimulationResult.CounterResult;
import org.hallqueue.server.simulation.SimulationResult.EstimateAccuracy;
import org.hallqueue.server.simulation.SimulationResult.HourResult;
import org.hallqueue.server.simulation.SimulationResult.HourWait;
import org.hallqueue.server.simulation.SimulationResult.LaneResult;
import org.hallqueue.server.simulation.SimulationResult.PredictorAccuracy;
import org.hallqueue.server.simulation.SimulationResult.ZoneLoad;

/** Adds up simulated days into a {@link SimulationResult}. */
final class Tally {
  private final DayPlan plan;
  private final int lanes;
  private final Samples[] waits;
  private final Samples[] dailyMeans;
  private final Samples[][] hourlyWaits;
  private final long[] served;
  private final long[] noShows;
  private final long[] unserved;
  private final double[] arrivals;
  private final double[] busyArea;
  private final double[] waitingArea;
  private final double[] waitingMax;
  private final double[][] zoneArea;
  private final double[][] zoneMax;
  private final double[] busy;
  private final double[] open;
  private final PredictionErrors estimator = new PredictionErrors();
  private final PredictionErrors queueLength = new PredictionErrors();
  private final PredictionErrors lastToEnter = new PredictionErrors();
  private long visitors;
  private int days;

  Tally(DayPlan plan) {
    this.plan = plan;
    this.lanes = plan.laneCodes.length;
    waits = fresh(lanes);
    dailyMeans = fresh(lanes);
    hourlyWaits = new Samples[plan.hours][];
    for (int h = 0; h < plan.hours; h++) {
      hourlyWaits[h] = fresh(lanes);
    }
    served = new long[lanes];
    noShows = new long[lanes];
    unserved = new long[lanes];
    arrivals = new double[plan.hours];
    busyArea = new double[plan.hours];
    waitingArea = new double[plan.hours];
    waitingMax = new double[plan.hours];
    zoneArea = new double[plan.zoneCodes.length][plan.hours];
    zoneMax = new double[plan.zoneCodes.length][plan.hours];
    busy = new double[plan.counters.length];
    open = new double[plan.counters.length];
  }

  void add(Day day) {
    days++;
    visitors += day.visitors.size();
    double[] sum = new double[lanes];
    int[] count = new int[lanes];
    for (Visitor v : day.visitors) {
      int hour = (int) (v.arrivedAt / 3600);
      arrivals[hour]++;
      if (v.arrivedAt < plan.warmupSeconds) {
        continue;
      }
      if (!v.called()) {
        unserved[v.lane]++;
        continue;
      }
      double wait = v.waitSeconds();
      waits[v.lane].add(wait / 60.0);
      hourlyWaits[hour][v.lane].add(wait / 60.0);
      sum[v.lane] += wait / 60.0;
      count[v.lane]++;
      if (v.served) {
        served[v.lane]++;
      } else if (!v.transferred) {
        noShows[v.lane]++;
      }
      estimator.add(v.estimate, wait);
      queueLength.add(v.baseline, wait);
      lastToEnter.add(v.lastToEnter, wait);
    }
    for (int l = 0; l < lanes; l++) {
      if (count[l] > 0) {
        dailyMeans[l].add(sum[l] / count[l]);
      }
    }
    for (int h = 0; h < plan.hours; h++) {
      busyArea[h] += day.load.busyArea[h];
      waitingArea[h] += day.load.waitingArea[h];
      waitingMax[h] += day.load.waitingMax[h];
      for (int z = 0; z < zoneArea.length; z++) {
        zoneArea[z][h] += day.load.zoneArea[z][h];
        zoneMax[z][h] += day.load.zoneMax[z][h];
      }
    }
    for (int c = 0; c < busy.length; c++) {
      busy[c] += day.busySeconds[c];
      open[c] += day.openSeconds[c];
    }
  }

  SimulationResult result() {
    Map<String, LaneResult> laneResults = new LinkedHashMap<>();
    for (int l = 0; l < lanes; l++) {
      laneResults.put(plan.laneCodes[l], lane(l));
    }
    Map<String, CounterResult> counterResults = new LinkedHashMap<>();
    for (int c = 0; c < busy.length; c++) {
      counterResults.put(
          plan.counters[c].id(), new CounterResult(open[c] > 0 ? busy[c] / open[c] : 0.0));
    }
    List<HourResult> hours = new ArrayList<>();
    for (int h = 0; h < plan.hours; h++) {
      Map<String, HourWait> byLane = new LinkedHashMap<>();
      for (int l = 0; l < lanes; l++) {
        Samples s = hourlyWaits[h][l];
        byLane.put(
            plan.laneCodes[l],
            new HourWait(s.size(), mean(s), percentile(s, 0.5), percentile(s, 0.9)));
      }
      Map<String, ZoneLoad> byZone = new LinkedHashMap<>();
      for (int z = 0; z < zoneArea.length; z++) {
        byZone.put(
            plan.zoneCodes[z], new ZoneLoad(zoneArea[z][h] / 3600.0 / days, zoneMax[z][h] / days));
      }
      hours.add(
          new HourResult(
              h,
              arrivals[h] / days,
              byLane,
              busyArea[h] / 3600.0 / days,
              waitingArea[h] / 3600.0 / days,
              waitingMax[h] / days,
              byZone));
    }
    return new SimulationResult(visitors, days, laneResults, counterResults, hours, estimates());
  }

  private LaneResult lane(int l) {
    Samples s = waits[l];
    double target = plan.targetSeconds[l] / 60.0;
    return new LaneResult(
        served[l],
        noShows[l],
        unserved[l],
        mean(s),
        confidenceInterval(dailyMeans[l]),
        percentile(s, 0.5),
        percentile(s, 0.9),
        percentile(s, 1.0),
        s.size() == 0 ? null : (double) s.atMost(target) / s.size(),
        target);
  }

  private EstimateAccuracy estimates() {
    if (estimator.size() == 0) {
      return null;
    }
    var live = estimator.accuracy();
    var baseline = queueLength.accuracy();
    var les = lastToEnter.accuracy();
    return new EstimateAccuracy(
        estimator.size(),
        live.maeMinutes(),
        baseline.maeMinutes(),
        live.withinRangeShare(),
        live.p90AbsErrorMinutes(),
        live.underPredictionShare(),
        les.maeMinutes(),
        predictors(live, baseline, les));
  }

  private static Map<String, PredictorAccuracy> predictors(
      PredictorAccuracy live, PredictorAccuracy baseline, PredictorAccuracy les) {
    Map<String, PredictorAccuracy> all = new LinkedHashMap<>();
    all.put("estimator", live);
    all.put("queueLength", baseline);
    all.put("lastToEnterService", les);
    return all;
  }

  /** Student-t 95% interval of the daily means; {@code null} with fewer than two days. */
  private static List<Double> confidenceInterval(Samples means) {
    int n = means.size();
    if (n < 2) {
      return null;
    }
    double mean = means.mean();
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = means.get(i) - mean;
      squares += d * d;
    }
    double half = StudentT.quantile975(n - 1) * Math.sqrt(squares / (n - 1) / n);
    return List.of(mean - half, mean + half);
  }

  private static Double mean(Samples s) {
    return s.size() == 0 ? null : s.mean();
  }

  private static Double percentile(Samples s, double p) {
    return s.size() == 0 ? null : s.percentile(p);
  }

  private static Samples[] fresh(int n) {
    Samples[] all = new Samples[n];
    for (int i = 0; i < n; i++) {
      all[i] = new Samples();
    }
    return all;
  }
}
