package org.hallqueue.server.simulation;

import java.util.List;

/**
 * Visitors of one service and lane arriving as a Poisson process.
 *
 * @param perHour mean arrivals per hour; one value holds all day, else value i is hour i (hours
 *     past the list's end have none)
 */
public record Arrival(String service, String lane, List<Double> perHour) {

  public Arrival {
    perHour = perHour == null ? List.of() : List.copyOf(perHour);
  }

  /** The rate in arrivals per second during the given hour of the day. */
  double perSecond(int hour) {
    if (perHour.size() == 1) {
      return perHour.get(0) / 3600.0;
    }
    return hour < perHour.size() ? perHour.get(hour) / 3600.0 : 0.0;
  }

  /** How many visitors a day of {@code openMinutes} brings on average. */
  double expectedVisitors(int openMinutes) {
    double total = 0;
    for (int m = 0; m < openMinutes; m += 60) {
      total += perSecond(m / 60) * 60.0 * Math.min(60, openMinutes - m);
    }
    return total;
  }
}
