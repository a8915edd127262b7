package org.hallqueue.floorplans.routing;

import java.util.Optional;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Office;

/**
 * Finds walking routes in an office: the shortest way between two elements that never passes
 * through a wall, an obstacle or (in accessible mode) steps, keeping a clearance of 0.3 m (0.45 m
 * for a wheelchair) and using only step-free connectors in accessible mode.
 *
 * <p>Create one planner per office version and keep it: the first route of each mode builds a
 * visibility graph of the floors, later routes take a few milliseconds. A planner is safe to use
 * from several threads.
 */
public final class RoutePlanner {
  private final Office office;
  private final Directions directions;
  private volatile WalkingNetwork walking;
  private volatile WalkingNetwork stepFree;

  private RoutePlanner(Office office) {
    this.office = office;
    this.directions = new Directions(office);
  }

  public static RoutePlanner of(Office office) {
    return new RoutePlanner(office);
  }

  /** A one-off route; prefer a kept {@link #of(Office) planner} for repeated routes. */
  public static Optional<Route> route(
      Office office, String fromId, String toId, boolean accessible) {
    return of(office).route(fromId, toId, accessible);
  }

  /**
   * The route from one element to another, or empty when there is no way (for a wheelchair user,
   * when {@code accessible}).
   *
   * @throws IllegalArgumentException when either id names no element of the office
   */
  public Optional<Route> route(String fromId, String toId, boolean accessible) {
    Office.Placed from = placed(fromId);
    Office.Placed to = placed(toId);
    return network(accessible)
        .shortest(from.floor().level(), from.element().at(), to.floor().level(), to.element().at())
        .map(
            walk ->
                new Route(
                    fromId,
                    toId,
                    accessible,
                    walk.length(),
                    walk.points(),
                    walk.via(),
                    directions.describe(walk, Optional.of(to.element()))));
  }

  /** The route between two positions, for maps where the visitor taps a spot. */
  public Optional<Route> route(PathPoint from, PathPoint to, boolean accessible) {
    return network(accessible)
        .shortest(from.floor(), from.point(), to.floor(), to.point())
        .map(
            walk ->
                new Route(
                    "",
                    "",
                    accessible,
                    walk.length(),
                    walk.points(),
                    walk.via(),
                    directions.describe(walk, Optional.<Element>empty())));
  }

  public Office office() {
    return office;
  }

  private Office.Placed placed(String id) {
    return office
        .find(id)
        .orElseThrow(() -> new IllegalArgumentException("no element has the id " + id));
  }

  /** Builds the graph of one mode on first use. */
  WalkingNetwork network(boolean accessible) {
    WalkingNetwork network = accessible ? stepFree : walking;
    if (network == null) {
      synchronized (this) {
        network = accessible ? stepFree : walking;
        if (network == null) {
          network = new WalkingNetwork(office, accessible);
          if (accessible) {
            stepFree = network;
          } else {
            walking = network;
          }
        }
      }
    }
    return network;
  }
}
