package org.hallqueue.floorplans.model;

import java.util.List;
import org.hallqueue.floorplans.geometry.Point;

/**
 * A waiting area with seats. {@code area} is its outline, {@code at} the spot a visitor is sent to,
 * {@code counters} the ids of the counters whose calls are heard here.
 */
public record WaitingZone(
    String id, LocalizedText name, Point at, List<Point> area, int seats, List<String> counters)
    implements Element {
  public static final String TYPE = "zone";

  public WaitingZone {
    area = List.copyOf(area);
    counters = List.copyOf(counters);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
