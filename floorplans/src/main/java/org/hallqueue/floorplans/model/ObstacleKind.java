package org.hallqueue.floorplans.model;

/** What an obstacle is; it changes only how it is drawn. */
public enum ObstacleKind {
  DESK,
  SEATS,
  PILLAR,
  PLANT,
  FURNITURE;

  /** The JSON spelling, lower case. */
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
