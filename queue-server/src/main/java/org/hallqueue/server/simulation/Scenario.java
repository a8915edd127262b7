package org.hallqueue.server.simulation;

import java.util.List;
import java.util.Map;
import org.hallqueue.server.queue.Lane;

/**
 * An office day to simulate, in the shape of {@code POST /api/v1/simulations} (ARCHITECTURE.md,
 * "Planning: the digital playbook") with every default already resolved: the office's lanes, its
 * counters, its strategy and its service times are filled in by whoever builds the scenario.
 * Checked on construction: a bad value throws {@link ScenarioException} naming the field. Build one
 * with {@link #builder()} or change one with {@link #toBuilder()}.
 *
 * @param openMinutes how long the doors are open; arrivals stop then, counters still open serve
 *     everyone waiting
 * @param warmupMinutes visitors arriving before this are simulated but not counted
 * @param replications independent days simulated (at least 2, for the confidence intervals)
 * @param seed the same scenario and seed give the same result; two scenarios with the same seed see
 *     the same visitors (common random numbers)
 * @param strategy WEIGHTED_AGING, FIFO or STRICT_PRIORITY (see {@code CallStrategy.named})
 * @param serviceMinutes by service code
 * @param noShowShare share of visitors who never come when called: recalled until the recall limit,
 *     then marked no-show
 * @param recallShare share of visitors who come only after one recall
 * @param recallSeconds how long a counter waits for a called visitor before recalling
 * @param recallLimit recalls before a recall marks the visitor no-show (the server's setting)
 * @param lanes the office's lanes by code (weights and caps)
 * @param targetMinutes optional wait target by lane; a lane without one is held to its cap
 * @param zones optional: the floor-plan zone where each service's visitors wait (the service's
 *     {@code zone}), for people waiting by zone and hour
 * @param precheck optional: the share of visitors whose documents are checked on the floor and its
 *     effect on their service time ({@link Precheck#NONE} when left out)
 */
public record Scenario(
    int openMinutes,
    int warmupMinutes,
    int replications,
    long seed,
    String strategy,
    List<Arrival> arrivals,
    Map<String, ServiceMinutes> serviceMinutes,
    List<CounterShift> counters,
    double noShowShare,
    double recallShare,
    double recallSeconds,
    int recallLimit,
    List<Transfer> transfers,
    Map<String, Lane> lanes,
    Map<String, Double> targetMinutes,
    Map<String, String> zones,
    Precheck precheck) {

  /** More visitors than this over all replications is refused rather than run. */
  public static final long MAX_VISITORS = 10_000_000L;

  public Scenario {
    arrivals = arrivals == null ? List.of() : List.copyOf(arrivals);
    serviceMinutes = serviceMinutes == null ? Map.of() : Map.copyOf(serviceMinutes);
    counters = counters == null ? List.of() : List.copyOf(counters);
    transfers = transfers == null ? List.of() : List.copyOf(transfers);
    lanes = lanes == null ? Map.of() : Map.copyOf(lanes);
    targetMinutes = targetMinutes == null ? Map.of() : Map.copyOf(targetMinutes);
    zones = zones == null ? Map.of() : Map.copyOf(zones);
    precheck = precheck == null ? Precheck.NONE : precheck;
  }

  /**
   * This scenario, if every field makes sense; {@link Builder#build()} and {@link
   * OfficeSimulator#run} call it.
   *
   * @throws ScenarioException naming the first field at fault
   */
  public Scenario checked() {
    new ScenarioCheck(this).throwIfBad();
    return this;
  }

  /**
   * A scenario with the usual defaults: an eight-hour day, 30 replications, seed 7, no warm-up,
   * WEIGHTED_AGING, no no-shows, recalls or transfers, a 60-second recall interval and a recall
   * limit of 2. Arrivals, service times, counters and lanes must be given.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this scenario's values, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.openMinutes = openMinutes;
    b.warmupMinutes = warmupMinutes;
    b.replications = replications;
    b.seed = seed;
    b.strategy = strategy;
    b.arrivals = arrivals;
    b.serviceMinutes = serviceMinutes;
    b.counters = counters;
    b.noShowShare = noShowShare;
    b.recallShare = recallShare;
    b.recallSeconds = recallSeconds;
    b.recallLimit = recallLimit;
    b.transfers = transfers;
    b.lanes = lanes;
    b.targetMinutes = targetMinutes;
    b.zones = zones;
    b.precheck = precheck;
    return b;
  }

  /** How many visitors all replications bring on average. */
  public double expectedVisitors() {
    return replications * arrivals.stream().mapToDouble(a -> a.expectedVisitors(openMinutes)).sum();
  }

  /** Collects a scenario's values; {@link #build()} checks them. */
  public static final class Builder {
    private int openMinutes = 480;
    private int warmupMinutes;
    private int replications = 30;
    private long seed = 7L;
    private String strategy = "WEIGHTED_AGING";
    private List<Arrival> arrivals = List.of();
    private Map<String, ServiceMinutes> serviceMinutes = Map.of();
    private List<CounterShift> counters = List.of();
    private double noShowShare;
    private double recallShare;
    private double recallSeconds = 60.0;
    private int recallLimit = 2;
    private List<Transfer> transfers = List.of();
    private Map<String, Lane> lanes = Map.of();
    private Map<String, Double> targetMinutes = Map.of();
    private Map<String, String> zones = Map.of();
    private Precheck precheck = Precheck.NONE;

    private Builder() {}

    public Builder openMinutes(int minutes) {
      openMinutes = minutes;
      return this;
    }

    /** Replications, seed and warm-up minutes. */
    public Builder runs(int days, long newSeed, int warmup) {
      replications = days;
      seed = newSeed;
      warmupMinutes = warmup;
      return this;
    }

    public Builder strategy(String name) {
      strategy = name;
      return this;
    }

    public Builder arrivals(List<Arrival> streams) {
      arrivals = streams;
      return this;
    }

    public Builder serviceMinutes(Map<String, ServiceMinutes> times) {
      serviceMinutes = times;
      return this;
    }

    public Builder counters(List<CounterShift> shifts) {
      counters = shifts;
      return this;
    }

    public Builder lanes(Map<String, Lane> byCode) {
      lanes = byCode;
      return this;
    }

    public Builder targetMinutes(Map<String, Double> byLane) {
      targetMinutes = byLane;
      return this;
    }

    /** No-show and recall shares, seconds before each recall, recalls before no-show. */
    public Builder conduct(double noShows, double recalls, double secondsToRecall, int limit) {
      noShowShare = noShows;
      recallShare = recalls;
      recallSeconds = secondsToRecall;
      recallLimit = limit;
      return this;
    }

    /** The waiting zone of each service. */
    public Builder zones(Map<String, String> byService) {
      zones = byService;
      return this;
    }

    /** Visitors pre-checked on the floor; null for none. */
    public Builder precheck(Precheck checked) {
      precheck = checked;
      return this;
    }

    public Builder transfers(List<Transfer> moves) {
      transfers = moves;
      return this;
    }

    public Scenario build() {
      Scenario scenario =
          new Scenario(
              openMinutes,
              warmupMinutes,
              replications,
              seed,
              strategy,
              arrivals,
              serviceMinutes,
              counters,
              noShowShare,
              recallShare,
              recallSeconds,
              recallLimit,
              transfers,
              lanes,
              targetMinutes,
              zones,
              precheck);
      return scenario.checked();
    }
  }
}
