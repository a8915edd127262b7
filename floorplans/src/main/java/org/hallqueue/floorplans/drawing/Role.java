package org.hallqueue.floorplans.drawing;

/**
 * What a shape shows. Every renderer draws a role with its {@link Style}, so the map looks the same
 * in SVG, on the kiosk and on paper.
 */
public enum Role {
  FLOOR,
  ZONE,
  RAMP,
  STEPS,
  OBSTACLE,
  SEATS,
  WALL,
  CONNECTOR,
  ENTRANCE,
  KIOSK,
  DISPLAY,
  COUNTER,
  COUNTER_NUMBER,
  ROUTE_CASING,
  ROUTE,
  ROUTE_ARROW,
  ROUTE_START,
  ROUTE_END,
  YOU_ARE_HERE,
  LABEL,
  LABEL_SMALL,
  TITLE,
  LEGEND_FRAME;

  public Style style() {
    return Styles.of(this);
  }
}
