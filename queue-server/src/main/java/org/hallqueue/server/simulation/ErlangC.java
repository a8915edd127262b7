package org.hallqueue.server.simulation;

/**
 * The M/M/c queue in steady state (Erlang C): Poisson arrivals, exponential service, c counters,
 * first come first served. The theory the simulator is checked against, and the per-hour staffing
 * answer to show beside the simulated one.
 */
public final class ErlangC {
  private ErlangC() {}

  /**
   * The probability that an arriving visitor has to wait.
   *
   * @param arrivalsPerHour λ
   * @param servicePerHour μ, visitors one counter serves per hour
   * @param counters c
   */
  public static double waitProbability(
      double arrivalsPerHour, double servicePerHour, int counters) {
    double a = arrivalsPerHour / servicePerHour;
    if (a >= counters) {
      return 1.0;
    }
    // Erlang B by its stable recursion, then C from B.
    double b = 1.0;
    for (int k = 1; k <= counters; k++) {
      b = a * b / (k + a * b);
    }
    double rho = a / counters;
    return b / (1 - rho + rho * b);
  }

  /** The mean wait before being called, in minutes; infinite when the counters cannot keep up. */
  public static double meanWaitMinutes(
      double arrivalsPerHour, double servicePerHour, int counters) {
    double spare = counters * servicePerHour - arrivalsPerHour;
    if (spare <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return waitProbability(arrivalsPerHour, servicePerHour, counters) / spare * 60.0;
  }

  /** The fewest counters that keep the mean wait within {@code targetMinutes}. */
  public static int countersFor(
      double arrivalsPerHour, double servicePerHour, double targetMinutes) {
    int c = Math.max(1, (int) Math.ceil(arrivalsPerHour / servicePerHour));
    while (meanWaitMinutes(arrivalsPerHour, servicePerHour, c) > targetMinutes) {
      c++;
    }
    return c;
  }
}
