package org.hallqueue.floorplans.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.geometry.Polygon;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorStop;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Office;

/**
 * A visibility graph over all floors for one kind of visitor. Its nodes are the outward corners of
 * every blocker (grown by the clearance) and the connector stops; two nodes are joined when the
 * straight line between them is clear and could be part of a shortest path (it only grazes each
 * corner). A route adds its start and end, links them to what they can see, and runs A*. The result
 * is the exact shortest path around the grown shapes, so A→B and B→A are equally long.
 */
final class WalkingNetwork {
  /** Half the space a walking adult needs. */
  static final double WALKING_CLEARANCE = 0.3;

  /** Half of the 0.9 m clear width a wheelchair needs. */
  static final double WHEELCHAIR_CLEARANCE = 0.45;

  private static final double TANGENT_EPSILON = 1e-9;

  private final List<FloorSpace> spaces = new ArrayList<>();
  private final Map<Integer, Integer> floorIndexByLevel = new HashMap<>();
  private final List<Connector> connectors;

  private final NodeList nodes = new NodeList();
  private int[][] nodesOnFloor;
  private int[][] edgeTargets;
  private double[][] edgeLengths;

  WalkingNetwork(Office office, boolean stepFree) {
    double clearance = stepFree ? WHEELCHAIR_CLEARANCE : WALKING_CLEARANCE;
    this.connectors =
        office.connectors().stream().filter(c -> !stepFree || c.accessible()).toList();
    List<List<int[]>> edges = new ArrayList<>();
    nodesOnFloor = new int[office.floors().size()][];
    for (int fi = 0; fi < office.floors().size(); fi++) {
      Floor floor = office.floors().get(fi);
      floorIndexByLevel.putIfAbsent(floor.level(), fi);
      FloorSpace space = new FloorSpace(floor, stepFree, clearance);
      spaces.add(space);
      int first = nodes.size();
      addCorners(fi, space);
      addStops(fi, floor.level(), space);
      nodesOnFloor[fi] = rangeOf(first, nodes.size());
    }
    for (int i = 0; i < nodes.size(); i++) {
      edges.add(new ArrayList<>());
    }
    List<List<Double>> lengths = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      lengths.add(new ArrayList<>());
    }
    for (int fi = 0; fi < spaces.size(); fi++) {
      linkVisible(spaces.get(fi), nodesOnFloor[fi], edges, lengths);
    }
    linkConnectors(edges, lengths);
    edgeTargets = new int[nodes.size()][];
    edgeLengths = new double[nodes.size()][];
    for (int i = 0; i < nodes.size(); i++) {
      edgeTargets[i] = edges.get(i).stream().mapToInt(e -> e[0]).toArray();
      edgeLengths[i] = lengths.get(i).stream().mapToDouble(Double::doubleValue).toArray();
    }
  }

  private static int[] rangeOf(int from, int to) {
    int[] range = new int[to - from];
    for (int i = 0; i < range.length; i++) {
      range[i] = from + i;
    }
    return range;
  }

  private void addCorners(int floorIndex, FloorSpace space) {
    List<Blocker> blockers = space.blockers();
    for (int b = 0; b < blockers.size(); b++) {
      Polygon grown = blockers.get(b).grown();
      for (int k = 0; k < grown.size(); k++) {
        Point corner = grown.get(k);
        if (grown.isConvexCorner(k)
            && space.insideFloor(corner)
            && !space.insideAnyGrown(corner, b)) {
          nodes.add(corner, floorIndex, -1, grown.get(k - 1), grown.get(k + 1), new int[0], b);
        }
      }
    }
  }

  private void addStops(int floorIndex, int level, FloorSpace space) {
    for (int c = 0; c < connectors.size(); c++) {
      for (ConnectorStop stop : connectors.get(c).stops()) {
        if (stop.floor() == level) {
          nodes.add(stop.at(), floorIndex, c, null, null, space.closeBlockers(stop.at()), -1);
        }
      }
    }
  }

  private void linkVisible(
      FloorSpace space, int[] floorNodes, List<List<int[]>> edges, List<List<Double>> lengths) {
    FloorSpace.Marks marks = space.marks();
    for (int x = 0; x < floorNodes.length; x++) {
      int i = floorNodes[x];
      Point pi = nodes.point(i);
      for (int y = x + 1; y < floorNodes.length; y++) {
        int j = floorNodes[y];
        Point pj = nodes.point(j);
        if (leadsOut(i, pj, nodes.near(j))
            && leadsOut(j, pi, nodes.near(i))
            && space.clear(pi, nodes.near(i), pj, nodes.near(j), marks)) {
          double d = pi.distanceTo(pj);
          edges.get(i).add(new int[] {j});
          lengths.get(i).add(d);
          edges.get(j).add(new int[] {i});
          lengths.get(j).add(d);
        }
      }
    }
  }

  private void linkConnectors(List<List<int[]>> edges, List<List<Double>> lengths) {
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = 0; j < nodes.size(); j++) {
        int c = nodes.connector(i);
        if (c >= 0 && c == nodes.connector(j) && nodes.floor(i) != nodes.floor(j)) {
          int levels =
              Math.abs(
                  spaces.get(nodes.floor(i)).floor().level()
                      - spaces.get(nodes.floor(j)).floor().level());
          edges.get(i).add(new int[] {j});
          lengths.get(i).add(levels * connectors.get(c).kind().metresPerFloor());
        }
      }
    }
  }

  /**
   * Whether a line from node i towards {@code other} leaves the corner on the outside, so that a
   * shortest path could bend there. Connector stops have no shape and always pass.
   */
  private boolean tangent(int i, Point other) {
    Point before = nodes.before(i);
    if (before == null) {
      return true;
    }
    Point here = nodes.point(i);
    Point direction = other.minus(here);
    double c1 = direction.cross(before.minus(here));
    double c2 = direction.cross(nodes.after(i).minus(here));
    return !((c1 > TANGENT_EPSILON && c2 < -TANGENT_EPSILON)
        || (c1 < -TANGENT_EPSILON && c2 > TANGENT_EPSILON));
  }

  /**
   * Whether a route's start or end, or a connector stop, at {@code p} may be joined to node v: when
   * v is a corner of a blocker whose clearance p stands in, always (from inside that zone no line
   * to its corners is tangent, yet walking out through a corner is the only way); otherwise when
   * the line is tangent.
   */
  private boolean leadsOut(int v, Point p, int[] near) {
    int owner = nodes.blocker(v);
    for (int b : near) {
      if (b == owner) {
        return true;
      }
    }
    return tangent(v, p);
  }

  /** The floor space for a level, if the office has that floor. */
  Optional<FloorSpace> space(int level) {
    Integer fi = floorIndexByLevel.get(level);
    return fi == null ? Optional.empty() : Optional.of(spaces.get(fi));
  }

  /** The shortest walk between two points, or empty when walls, obstacles or steps prevent it. */
  Optional<Walk> shortest(int fromLevel, Point from, int toLevel, Point to) {
    Integer ff = floorIndexByLevel.get(fromLevel);
    Integer tf = floorIndexByLevel.get(toLevel);
    if (ff == null || tf == null) {
      return Optional.empty();
    }
    FloorSpace fromSpace = spaces.get(ff);
    FloorSpace toSpace = spaces.get(tf);
    if (!fromSpace.insideFloor(from) || !toSpace.insideFloor(to)) {
      return Optional.empty();
    }
    int[] nearFrom = fromSpace.closeBlockers(from);
    int[] nearTo = toSpace.closeBlockers(to);
    FloorSpace.Marks fromMarks = fromSpace.marks();
    FloorSpace.Marks toMarks = ff.equals(tf) ? fromMarks : toSpace.marks();

    int n = nodes.size();
    double[] toGoal = new double[n];
    Arrays.fill(toGoal, Double.POSITIVE_INFINITY);
    for (int v : nodesOnFloor[tf]) {
      if (leadsOut(v, to, nearTo)
          && toSpace.clear(to, nearTo, nodes.point(v), nodes.near(v), toMarks)) {
        toGoal[v] = to.distanceTo(nodes.point(v));
      }
    }
    double best = Double.POSITIVE_INFINITY;
    int bestLast = -1;
    if (ff.equals(tf) && fromSpace.clear(from, nearFrom, to, nearTo, fromMarks)) {
      best = from.distanceTo(to);
    }
    double[] cost = new double[n];
    Arrays.fill(cost, Double.POSITIVE_INFINITY);
    int[] previous = new int[n];
    NodeHeap open = new NodeHeap();
    for (int v : nodesOnFloor[ff]) {
      if (leadsOut(v, from, nearFrom)
          && fromSpace.clear(from, nearFrom, nodes.point(v), nodes.near(v), fromMarks)) {
        cost[v] = from.distanceTo(nodes.point(v));
        previous[v] = -1;
        open.push(cost[v] + estimate(v, tf, to), v);
      }
    }
    while (!open.isEmpty()) {
      double key = open.peekKey();
      int u = open.pop();
      if (key >= best) {
        break;
      }
      if (key > cost[u] + estimate(u, tf, to) + 1e-12) {
        continue; // a better way to u was found after this entry was queued
      }
      if (cost[u] + toGoal[u] < best) {
        best = cost[u] + toGoal[u];
        bestLast = u;
      }
      int[] targets = edgeTargets[u];
      double[] lengths = edgeLengths[u];
      for (int k = 0; k < targets.length; k++) {
        int v = targets[k];
        double c = cost[u] + lengths[k];
        if (c < cost[v]) {
          cost[v] = c;
          previous[v] = u;
          open.push(c + estimate(v, tf, to), v);
        }
      }
    }
    if (best == Double.POSITIVE_INFINITY) {
      return Optional.empty();
    }
    return Optional.of(walk(fromLevel, from, toLevel, to, bestLast, previous, best));
  }

  /** Straight-line distance on the goal's floor; zero elsewhere (a lift may be near). */
  private double estimate(int node, int goalFloor, Point goal) {
    return nodes.floor(node) == goalFloor ? nodes.point(node).distanceTo(goal) : 0;
  }

  private Walk walk(
      int fromLevel, Point from, int toLevel, Point to, int last, int[] previous, double length) {
    List<Integer> chain = new ArrayList<>();
    for (int v = last; v >= 0; v = previous[v]) {
      chain.add(0, v);
    }
    List<PathPoint> points = new ArrayList<>();
    List<String> via = new ArrayList<>();
    points.add(new PathPoint(from.x(), from.y(), fromLevel));
    for (int k = 0; k < chain.size(); k++) {
      int v = chain.get(k);
      Point p = nodes.point(v);
      points.add(new PathPoint(p.x(), p.y(), spaces.get(nodes.floor(v)).floor().level()));
      if (k > 0) {
        int u = chain.get(k - 1);
        if (nodes.floor(u) != nodes.floor(v) && nodes.connector(u) >= 0) {
          via.add(connectors.get(nodes.connector(u)).id());
        }
      }
    }
    points.add(new PathPoint(to.x(), to.y(), toLevel));
    return new Walk(List.copyOf(points), List.copyOf(via), length);
  }

  int nodeCount() {
    return nodes.size();
  }

  int edgeCount() {
    return Arrays.stream(edgeTargets).mapToInt(t -> t.length).sum() / 2;
  }

  /** Growable parallel arrays describing the nodes. */
  private static final class NodeList {
    private final List<Point> points = new ArrayList<>();
    private final List<Integer> floors = new ArrayList<>();
    private final List<Integer> connectorIndexes = new ArrayList<>();
    private final List<Point> befores = new ArrayList<>();
    private final List<Point> afters = new ArrayList<>();
    private final List<int[]> nears = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();

    void add(
        Point p, int floor, int connector, Point before, Point after, int[] near, int blocker) {
      owners.add(blocker);
      points.add(p);
      floors.add(floor);
      connectorIndexes.add(connector);
      befores.add(before);
      afters.add(after);
      nears.add(near);
    }

    int size() {
      return points.size();
    }

    Point point(int i) {
      return points.get(i);
    }

    int floor(int i) {
      return floors.get(i);
    }

    int connector(int i) {
      return connectorIndexes.get(i);
    }

    Point before(int i) {
      return befores.get(i);
    }

    Point after(int i) {
      return afters.get(i);
    }

    /** The blocker whose corner the node is, or -1 for a connector stop. */
    int blocker(int i) {
      return owners.get(i);
    }

    int[] near(int i) {
      return nears.get(i);
    }
  }
}
