package org.hallqueue.floorplans.model;

import org.hallqueue.floorplans.geometry.Point;

/** A way into the office from the street. */
public record Entrance(String id, LocalizedText name, Point at) implements Element {
  public static final String TYPE = "entrance";

  @Override
  public String type() {
    return TYPE;
  }
}
