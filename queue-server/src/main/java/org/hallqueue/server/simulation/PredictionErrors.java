package org.hallqueue.server.simulation;

import java.time.Duration;
import org.hallqueue.server.queue.EstimateRange;
import org.hallqueue.server.simulation.SimulationResult.PredictorAccuracy;

/** Predicted against actual waits of one predictor, pooled over replications. */
final class PredictionErrors {
  private final Samples absolute = new Samples();
  private long under;
  private long withinRange;

  void add(double predictedSeconds, double actualSeconds) {
    absolute.add(Math.abs(predictedSeconds - actualSeconds) / 60.0);
    if (actualSeconds > predictedSeconds) {
      under++;
    }
    Duration shown = Duration.ofSeconds(Math.round(predictedSeconds));
    if (EstimateRange.around(shown).contains(Duration.ofMillis(Math.round(actualSeconds * 1000)))) {
      withinRange++;
    }
  }

  long size() {
    return absolute.size();
  }

  PredictorAccuracy accuracy() {
    double n = absolute.size();
    return new PredictorAccuracy(
        absolute.mean(), absolute.percentile(0.9), under / n, withinRange / n);
  }
}
