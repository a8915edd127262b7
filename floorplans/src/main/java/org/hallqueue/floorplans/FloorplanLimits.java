package org.hallqueue.floorplans;

/**
 * How large a floorplan may be. A plan beyond any of these is refused with a problem naming the
 * limit and the place ({@code too-many}, {@code too-many-points}, {@code too-large}, {@code
 * out-of-bounds}) before anything else is checked, so no plan can make validation or routing run
 * for long or run out of memory. Each limit is far above a real service hall: the largest example,
 * a two-floor city hall, has 1 % of them.
 */
public final class FloorplanLimits {
  private FloorplanLimits() {}

  /** Floors in an office. */
  public static final int MAX_FLOORS = 20;

  /** Lifts, stairs, escalators and ramps between floors. */
  public static final int MAX_CONNECTORS = 100;

  /** Stops of one connector (one per floor it serves). */
  public static final int MAX_STOPS_PER_CONNECTOR = MAX_FLOORS;

  /** Entrances, kiosks, counters, waiting zones and display boards on one floor. */
  public static final int MAX_ELEMENTS_PER_FLOOR = 5_000;

  /** Walls, or obstacles, or steps and ramps, on one floor (each list on its own). */
  public static final int MAX_SHAPES_PER_LIST = 10_000;

  /** Points of one wall, obstacle, step area or waiting zone. */
  public static final int MAX_POINTS_PER_SHAPE = 1_000;

  /** Points of all walls, obstacles, steps and waiting zones of one floor together. */
  public static final int MAX_POINTS_PER_FLOOR = 100_000;

  /** Width and depth of a floor, in metres. */
  public static final double MAX_FLOOR_SIZE = 2_000;

  /** Every coordinate lies within ± this many metres (and is a finite number). */
  public static final double MAX_COORDINATE = 10_000;

  /** Thickness of a wall, in metres. */
  public static final double MAX_WALL_THICKNESS = 10;
}
