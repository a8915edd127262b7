package org.hallqueue.floorplans.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Floor;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * The separate walkable regions of one floor for one kind of visitor, found without a visibility
 * graph. Blockers (grown by the clearance, as the planner sees them) that touch each other form
 * groups; the floor's edge counts as one more blocker. Only a group can cut the floor apart, so the
 * floor minus each group's union is worked out (with JTS) only for groups of more than one blocker
 * or touching the edge; a lone pillar in the open needs nothing. A place's region is then which
 * part of each cutting group's remainder it lies in. Building takes time near-linear in the number
 * of blockers for plans whose blockers stand apart, as most do.
 */
final class FloorRegions {
  private static final GeometryFactory JTS = new GeometryFactory();
  private static final double TOUCH = 1e-7;

  private final Floor floor;
  private final List<Blocker> blockers;
  private final List<Geometry> grown = new ArrayList<>();
  private final STRtree blockerIndex = new STRtree();
  private final List<Cut> cuts = new ArrayList<>();
  private final STRtree cutIndex = new STRtree();
  private final int[] cutOf;

  /** A group of blockers that cuts the floor into {@code parts}. */
  private record Cut(
      int id, List<Geometry> parts, List<IndexedPointInAreaLocator> locators, int outside) {
    /** The part holding p, or -1. */
    int partOf(Point p) {
      Coordinate c = new Coordinate(p.x(), p.y());
      for (int k = 0; k < parts.size(); k++) {
        if (parts.get(k).getEnvelopeInternal().covers(c)
            && locators.get(k).locate(c) != Location.EXTERIOR) {
          return k;
        }
      }
      return -1;
    }
  }

  FloorRegions(Floor floor, boolean stepFree, double clearance) {
    this.floor = floor;
    this.blockers = FloorSpace.blockers(floor, stepFree, clearance);
    for (int i = 0; i < blockers.size(); i++) {
      Geometry g = jts(blockers.get(i).grown());
      grown.add(g);
      blockerIndex.insert(g.getEnvelopeInternal(), i);
    }
    cutOf = new int[blockers.size()];
    java.util.Arrays.fill(cutOf, -1);
    findCuts();
  }

  /**
   * The shape in JTS, a hair smaller than the planner's ({@link #TOUCH}): the planner may walk
   * where two clearance zones (or a zone and the floor's edge) just touch, so touching must not
   * join them here.
   */
  private static Geometry jts(org.hallqueue.floorplans.geometry.Polygon polygon) {
    Point centre = polygon.centroid();
    Coordinate[] ring = new Coordinate[polygon.size() + 1];
    for (int k = 0; k < polygon.size(); k++) {
      Point corner = polygon.get(k);
      Point inwards = centre.minus(corner).unit().scaled(TOUCH);
      ring[k] = new Coordinate(corner.x() + inwards.x(), corner.y() + inwards.y());
    }
    ring[polygon.size()] = ring[0];
    Geometry g = JTS.createPolygon(ring);
    if (polygon.isConvex() && polygon.area() > 0) {
      return g; // moving a convex shape's corners towards its centre keeps it inside and valid
    }
    Geometry exact = JTS.createPolygon(exactRing(polygon));
    return (exact.isValid() ? exact : GeometryFixer.fix(exact)).buffer(-TOUCH);
  }

  private static Coordinate[] exactRing(org.hallqueue.floorplans.geometry.Polygon polygon) {
    Coordinate[] ring = new Coordinate[polygon.size() + 1];
    for (int k = 0; k < polygon.size(); k++) {
      ring[k] = new Coordinate(polygon.get(k).x(), polygon.get(k).y());
    }
    ring[polygon.size()] = ring[0];
    return ring;
  }

  private Geometry floorArea() {
    return JTS.toGeometry(new Envelope(0, floor.width(), 0, floor.depth()));
  }

  private boolean reachesEdge(Geometry g) {
    Envelope e = g.getEnvelopeInternal();
    return e.getMinX() < 0
        || e.getMinY() < 0
        || e.getMaxX() > floor.width()
        || e.getMaxY() > floor.depth();
  }

  /** Groups touching blockers, and keeps the groups that cut the floor apart. */
  private void findCuts() {
    int edge = blockers.size();
    Groups groups = new Groups(edge + 1);
    for (int i = 0; i < edge; i++) {
      Geometry g = grown.get(i);
      if (reachesEdge(g)) {
        groups.join(i, edge);
      }
      for (Object found : blockerIndex.query(g.getEnvelopeInternal())) {
        int j = (Integer) found;
        if (j > i && groups.find(i) != groups.find(j) && g.intersects(grown.get(j))) {
          groups.join(i, j);
        }
      }
    }
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < edge; i++) {
      members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
    }
    int edgeGroup = groups.find(edge);
    for (Map.Entry<Integer, List<Integer>> group : members.entrySet()) {
      boolean atEdge = group.getKey() == edgeGroup;
      List<Integer> ids = group.getValue();
      if (!atEdge && ids.size() == 1 && isSimpleArea(grown.get(ids.get(0)))) {
        continue; // a lone shape without holes cuts nothing off
      }
      List<Geometry> shapes = ids.stream().map(grown::get).toList();
      Geometry rest = floorArea().difference(CascadedPolygonUnion.union(shapes));
      if (rest.getNumGeometries() == 1 && !rest.isEmpty()) {
        continue;
      }
      addCut(ids, rest, atEdge);
    }
  }

  private static boolean isSimpleArea(Geometry g) {
    return g instanceof org.locationtech.jts.geom.Polygon p && p.getNumInteriorRing() == 0;
  }

  private void addCut(List<Integer> ids, Geometry rest, boolean atEdge) {
    List<Geometry> parts = new ArrayList<>();
    List<IndexedPointInAreaLocator> locators = new ArrayList<>();
    for (int k = 0; k < rest.getNumGeometries(); k++) {
      if (!rest.getGeometryN(k).isEmpty()) {
        parts.add(rest.getGeometryN(k));
        locators.add(new IndexedPointInAreaLocator(rest.getGeometryN(k)));
      }
    }
    int id = cuts.size();
    Cut cut = new Cut(id, parts, locators, -1);
    if (!atEdge) {
      // the part around the group: the one holding the floor's corner, which it does not reach
      cut = new Cut(id, parts, locators, cut.partOf(new Point(0, 0)));
    }
    cuts.add(cut);
    ids.forEach(i -> cutOf[i] = id);
    Envelope envelope = new Envelope();
    ids.forEach(i -> envelope.expandToInclude(grown.get(i).getEnvelopeInternal()));
    cutIndex.insert(atEdge ? new Envelope(-1e300, 1e300, -1e300, 1e300) : envelope, id);
  }

  /**
   * The regions a visitor at p can walk into, as keys equal for places of the same region: none
   * when p is off the floor or inside a blocker itself; several when p stands within the clearance
   * of blockers between regions (the planner lets a walk start or end there).
   */
  List<String> regionsAt(Point p) {
    if (p.x() < -TOUCH
        || p.y() < -TOUCH
        || p.x() > floor.width() + TOUCH
        || p.y() > floor.depth() + TOUCH) {
      return List.of();
    }
    List<Integer> near = new ArrayList<>();
    for (Object found : blockerIndex.query(new Envelope(p.x(), p.x(), p.y(), p.y()))) {
      int i = (Integer) found;
      if (blockers.get(i).raw().containsStrictly(p)) {
        return List.of();
      }
      if (blockers.get(i).grown().containsStrictly(p)) {
        near.add(i);
      }
    }
    List<Integer> found = new ArrayList<>();
    for (Object c : cutIndex.query(new Envelope(p.x(), p.x(), p.y(), p.y()))) {
      found.add((Integer) c);
    }
    found.sort(null);
    List<StringBuilder> keys = new ArrayList<>(List.of(new StringBuilder()));
    for (int id : found) {
      Cut cut = cuts.get(id);
      List<Integer> parts = partsAt(cut, p, near);
      if (parts.size() == 1 && parts.get(0) == cut.outside()) {
        continue; // around the group, as everything off its envelope is
      }
      List<StringBuilder> next = new ArrayList<>();
      for (StringBuilder key : keys) {
        for (int part : parts) {
          next.add(new StringBuilder(key).append('|').append(id).append(':').append(part));
        }
      }
      keys = next;
    }
    return keys.stream().map(StringBuilder::toString).toList();
  }

  /**
   * The parts of a cut's remainder p is in or, standing in the clearance of its blockers, next to.
   */
  private List<Integer> partsAt(Cut cut, Point p, List<Integer> near) {
    List<Geometry> mine = near.stream().filter(i -> cutOf[i] == cut.id()).map(grown::get).toList();
    if (mine.isEmpty()) {
      int part = cut.partOf(p);
      return part < 0 ? List.of() : List.of(part);
    }
    List<Integer> parts = new ArrayList<>();
    for (int k = 0; k < cut.parts().size(); k++) {
      Geometry part = cut.parts().get(k);
      if (mine.stream().anyMatch(g -> g.distance(part) <= TOUCH)) {
        parts.add(k);
      }
    }
    return parts;
  }

  /** Union-find over blocker indexes. */
  private static final class Groups {
    private final int[] parent;

    Groups(int size) {
      parent = new int[size];
      for (int i = 0; i < size; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void join(int a, int b) {
      parent[find(a)] = find(b);
    }
  }
}
