package org.hallqueue.floorplans.model;

import java.util.Optional;
import org.hallqueue.floorplans.geometry.Point;

/**
 * A service counter (窗口). {@code at} is the spot in front of the window where the visitor stands;
 * {@code facing} is the way the window looks, towards the visitor; {@code label} names a special
 * service such as the green channel (绿色通道).
 */
public record Counter(
    String id,
    LocalizedText name,
    Point at,
    Optional<Facing> facing,
    int number,
    Optional<LocalizedText> label)
    implements Element {
  public static final String TYPE = "counter";

  @Override
  public String type() {
    return TYPE;
  }
}
