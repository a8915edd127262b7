package org.hallqueue.server.simulation;

import java.util.List;

/**
 * How long a service takes at the counter, in minutes.
 *
 * @param distribution how the time varies
 * @param mean mean minutes (for EMPIRICAL: ignored, the observations' mean is used)
 * @param cv coefficient of variation, for LOGNORMAL
 * @param expected what the office has configured as the service's expected time, which the live
 *     wait estimator starts from; {@code null} = the distribution's mean
 * @param observed for EMPIRICAL: observed minutes, drawn from at random (learned from history)
 * @param observedByHour for EMPIRICAL, optional: observed minutes by hour of the day; an hour
 *     without observations falls back to {@code observed}
 */
public record ServiceMinutes(
    Distribution distribution,
    double mean,
    double cv,
    Double expected,
    List<Double> observed,
    List<List<Double>> observedByHour) {

  /** The shape of service times. */
  public enum Distribution {
    EXPONENTIAL,
    LOGNORMAL,
    FIXED,
    /** Resampled from observed times: the office's own history. */
    EMPIRICAL
  }

  public ServiceMinutes {
    distribution = distribution == null ? Distribution.EXPONENTIAL : distribution;
    observed = observed == null ? List.of() : List.copyOf(observed);
    observedByHour =
        observedByHour == null ? List.of() : observedByHour.stream().map(List::copyOf).toList();
  }

  public static ServiceMinutes exponential(double mean) {
    return new ServiceMinutes(Distribution.EXPONENTIAL, mean, 1.0, null, null, null);
  }

  public static ServiceMinutes lognormal(double mean, double cv) {
    return new ServiceMinutes(Distribution.LOGNORMAL, mean, cv, null, null, null);
  }

  public static ServiceMinutes fixed(double minutes) {
    return new ServiceMinutes(Distribution.FIXED, minutes, 0.0, null, null, null);
  }

  /** Learned from history: every draw is one of the observed times. */
  public static ServiceMinutes empirical(List<Double> observed, List<List<Double>> byHour) {
    return new ServiceMinutes(Distribution.EMPIRICAL, 0.0, 0.0, null, observed, byHour);
  }

  /** The same times, with the office's configured expected time. */
  public ServiceMinutes expecting(double minutes) {
    return new ServiceMinutes(distribution, mean, cv, minutes, observed, observedByHour);
  }

  /**
   * The same shape with every time {@code factor} times as long: e.g. the office's mean when a
   * share of visitors had their documents pre-checked and those are served faster.
   */
  public ServiceMinutes scaled(double factor) {
    return new ServiceMinutes(
        distribution,
        mean * factor,
        cv,
        expected,
        observed.stream().map(m -> m * factor).toList(),
        observedByHour.stream().map(h -> h.stream().map(m -> m * factor).toList()).toList());
  }

  /** The mean of the distribution in minutes. */
  public double meanMinutes() {
    if (distribution != Distribution.EMPIRICAL) {
      return mean;
    }
    return observed.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
  }

  /** The expected time the live estimator starts from, in minutes. */
  public double expectedMinutes() {
    return expected != null ? expected : meanMinutes();
  }
}
