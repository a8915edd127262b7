package org.hallqueue.floorplans.model;

import java.util.Optional;
import org.hallqueue.floorplans.geometry.Point;

/** A display board that shows and announces calls for one waiting zone. */
public record DisplayBoard(
    String id, LocalizedText name, Point at, Optional<Facing> facing, String zone)
    implements Element {
  public static final String TYPE = "display";

  @Override
  public String type() {
    return TYPE;
  }
}
