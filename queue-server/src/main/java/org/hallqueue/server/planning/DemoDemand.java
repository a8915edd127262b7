package org.hallqueue.server.planning;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.simulation.Arrival;

/**
 * The demand a plan starts from when the office has no history yet (a fresh demo): every service at
 * 75% of what its counters can serve when each counter splits its time evenly between its services,
 * shaped by a morning peak and a lunch dip ({@link #SHAPE}); 70% of visitors in the standard lane,
 * the rest shared evenly by the other lanes.
 */
final class DemoDemand {
  /** Relative demand of the eight hours from 09:00; the mean is 1. */
  static final double[] SHAPE = {0.9, 1.3, 1.2, 0.8, 0.6, 1.0, 1.1, 1.1};

  static final double LOAD = 0.75;
  static final double STANDARD_SHARE = 0.7;

  private DemoDemand() {}

  static List<Arrival> of(List<OfficeService> services, List<Lane> lanes, List<Counter> counters) {
    List<Arrival> arrivals = new ArrayList<>();
    List<Lane> others = lanes.stream().filter(l -> !"standard".equals(l.code())).toList();
    boolean hasStandard = others.size() < lanes.size();
    for (OfficeService s : services) {
      double perHour = LOAD * capacityPerHour(s, counters);
      if (perHour <= 0) {
        continue;
      }
      for (Lane lane : lanes) {
        double share;
        if (!hasStandard) {
          share = 1.0 / lanes.size();
        } else if ("standard".equals(lane.code())) {
          share = others.isEmpty() ? 1.0 : STANDARD_SHARE;
        } else {
          share = (1 - STANDARD_SHARE) / others.size();
        }
        List<Double> hours = new ArrayList<>();
        for (double f : SHAPE) {
          hours.add(Math.round(perHour * share * f * 100) / 100.0);
        }
        arrivals.add(new Arrival(s.code(), lane.code(), hours));
      }
    }
    return arrivals;
  }

  private static double capacityPerHour(OfficeService s, List<Counter> counters) {
    double minutes = Math.max(0.5, s.expectedServiceTime().toSeconds() / 60.0);
    double counterShare = 0;
    for (Counter c : counters) {
      if (c.serves(s.code())) {
        counterShare += 1.0 / c.services().size();
      }
    }
    return counterShare * 60.0 / minutes;
  }
}
