package org.hallqueue.floorplans.model;

import java.util.Optional;
import org.hallqueue.floorplans.geometry.Point;

/** A self-service kiosk that issues tickets and shows the map. */
public record Kiosk(String id, LocalizedText name, Point at, Optional<Facing> facing)
    implements Element {
  public static final String TYPE = "kiosk";

  @Override
  public String type() {
    return TYPE;
  }
}
