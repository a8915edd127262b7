package org.hallqueue.floorplans.model;

import java.util.List;

/**
 * A way between floors: a lift, stairs, an escalator or a ramp. {@code accessible} says whether a
 * wheelchair user can use it. It has one stop on each floor it serves.
 */
public record Connector(
    String id,
    ConnectorKind kind,
    LocalizedText name,
    boolean accessible,
    List<ConnectorStop> stops) {
  public Connector {
    stops = List.copyOf(stops);
  }
}
