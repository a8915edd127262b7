package org.hallqueue.server.simulation;

import java.util.List;
import java.util.Map;

/**
 * What a scenario's simulated days show, in the shape of ARCHITECTURE.md ("Planning: the digital
 * playbook"). Only visitors arriving after the warm-up are counted. Wait = from issue to the first
 * call. A statistic of no visitors at all is {@code null}.
 *
 * @param simulatedVisitors every visitor of every replication, warm-up included
 */
public record SimulationResult(
    long simulatedVisitors,
    int replications,
    Map<String, LaneResult> lanes,
    Map<String, CounterResult> counters,
    List<HourResult> byHour,
    EstimateAccuracy estimates) {

  /**
   * One lane over all replications.
   *
   * @param served visits completed, all replications together
   * @param noShows visitors called who never came
   * @param unserved visitors never called (no counter for their service was open again)
   * @param meanWaitCi95 95% confidence interval of the mean wait across replications (Student t)
   * @param withinTargetShare share of called visitors called within {@code targetMinutes}
   */
  public record LaneResult(
      long served,
      long noShows,
      long unserved,
      Double meanWaitMinutes,
      List<Double> meanWaitCi95,
      Double p50WaitMinutes,
      Double p90WaitMinutes,
      Double maxWaitMinutes,
      Double withinTargetShare,
      double targetMinutes) {}

  /** Busy time (call to end of visit) over open time, after the warm-up. */
  public record CounterResult(double utilisation) {}

  /**
   * One clock hour of the day, by the hour visitors arrived (waits) or by the clock (load); counts
   * are means per day. {@code arrivals} counts the warm-up's visitors too (it is the demand); the
   * waits do not.
   *
   * @param waitingMax the most people waiting at once in the hour, averaged over the days
   * @param zones people waiting by floor-plan zone (for the scenario's {@code zones})
   */
  public record HourResult(
      int hour,
      double arrivals,
      Map<String, HourWait> lanes,
      double busyCounters,
      double waitingAverage,
      double waitingMax,
      Map<String, ZoneLoad> zones) {}

  /** People waiting in one zone in one hour, as {@link HourResult} counts them. */
  public record ZoneLoad(double waitingAverage, double waitingMax) {}

  /** Waits of one lane's visitors who arrived in one hour, all replications together. */
  public record HourWait(
      long called, Double meanWaitMinutes, Double p50WaitMinutes, Double p90WaitMinutes) {}

  /**
   * How well the wait shown at issue matched the wait that followed, for every visitor called. The
   * first six fields are the live estimator's; {@code predictors} holds the same measures for
   * "estimator", "queueLength" ((n+1)/(s·μ)) and "lastToEnterService".
   */
  public record EstimateAccuracy(
      long visitors,
      double maeMinutes,
      double baselineMaeMinutes,
      double withinRangeShare,
      double p90AbsErrorMinutes,
      double underPredictionShare,
      double lastToEnterServiceMaeMinutes,
      Map<String, PredictorAccuracy> predictors) {}

  /**
   * @param underPredictionShare share of visitors who waited longer than predicted
   * @param withinRangeShare share called within the {@link EstimateRange} around the prediction
   */
  public record PredictorAccuracy(
      double maeMinutes,
      double p90AbsErrorMinutes,
      double underPredictionShare,
      double withinRangeShare) {}
}
