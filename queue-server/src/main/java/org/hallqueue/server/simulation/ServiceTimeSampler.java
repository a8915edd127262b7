package org.hallqueue.server.simulation;

import java.util.List;
import java.util.SplittableRandom;

/** Draws service times in seconds from a {@link ServiceMinutes}. */
final class ServiceTimeSampler {
  private final ServiceMinutes times;
  private final double meanSeconds;
  private final double sigma;
  private final double mu;
  private final double[] observed;
  private final double[][] observedByHour;

  ServiceTimeSampler(ServiceMinutes times) {
    this.times = times;
    this.meanSeconds = times.meanMinutes() * 60.0;
    double cv = times.cv();
    this.sigma = Math.sqrt(Math.log(1 + cv * cv));
    this.mu = Math.log(meanSeconds) - sigma * sigma / 2;
    this.observed = seconds(times.observed());
    this.observedByHour =
        times.observedByHour().stream().map(ServiceTimeSampler::seconds).toArray(double[][]::new);
  }

  double draw(SplittableRandom random, int hour) {
    return switch (times.distribution()) {
      case EXPONENTIAL -> -meanSeconds * Math.log(1.0 - random.nextDouble());
      case LOGNORMAL -> Math.exp(mu + sigma * random.nextGaussian());
      case FIXED -> meanSeconds;
      case EMPIRICAL -> pick(random, hour);
    };
  }

  private double pick(SplittableRandom random, int hour) {
    double[] pool =
        hour < observedByHour.length && observedByHour[hour].length > 0
            ? observedByHour[hour]
            : observed;
    return pool[random.nextInt(pool.length)];
  }

  private static double[] seconds(List<Double> minutes) {
    return minutes.stream().mapToDouble(m -> m * 60.0).toArray();
  }
}
