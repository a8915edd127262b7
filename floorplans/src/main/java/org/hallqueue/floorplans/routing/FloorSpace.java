package org.hallqueue.floorplans.routing;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.geometry.Polygon;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.LevelChange;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.Wall;

/**
 * The walkable space of one floor for one kind of visitor: the floor rectangle minus walls,
 * obstacles and (for wheelchair users) steps, each kept at a clearance. Answers whether a straight
 * line between two points is free.
 */
final class FloorSpace {
  private final Floor floor;
  private final List<Blocker> blockers;
  private final BlockerGrid grid;

  FloorSpace(Floor floor, boolean stepsBlock, double clearance) {
    this.floor = floor;
    this.blockers = blockers(floor, stepsBlock, clearance);
    this.grid = new BlockerGrid(blockers, floor.width(), floor.depth());
  }

  static List<Blocker> blockers(Floor floor, boolean stepsBlock, double clearance) {
    List<Blocker> result = new ArrayList<>();
    for (Wall wall : floor.walls()) {
      for (Polygon piece : wall.outline()) {
        result.add(new Blocker(wall.id(), piece, piece.grownBy(clearance)));
      }
    }
    for (Obstacle obstacle : floor.obstacles()) {
      if (obstacle.polygon().size() >= 3) {
        Polygon raw = new Polygon(obstacle.polygon());
        if (raw.area() > 0) {
          result.add(new Blocker(obstacle.id(), raw, raw.grownBy(clearance)));
        }
      }
    }
    if (stepsBlock) {
      for (LevelChange change : floor.levelChanges()) {
        if (!change.kind().stepFree() && change.polygon().size() >= 3) {
          Polygon raw = new Polygon(change.polygon());
          if (raw.area() > 0) {
            result.add(new Blocker(change.id(), raw, raw.grownBy(clearance)));
          }
        }
      }
    }
    return result;
  }

  Floor floor() {
    return floor;
  }

  List<Blocker> blockers() {
    return blockers;
  }

  boolean insideFloor(Point p) {
    return p.x() >= -Polygon.EPSILON
        && p.y() >= -Polygon.EPSILON
        && p.x() <= floor.width() + Polygon.EPSILON
        && p.y() <= floor.depth() + Polygon.EPSILON;
  }

  /** The blockers whose clearance zone contains p; lines from p may pass through those zones. */
  int[] closeBlockers(Point p) {
    return java.util.Arrays.stream(grid.at(p))
        .filter(i -> blockers.get(i).grown().containsStrictly(p))
        .toArray();
  }

  /** The first blocker whose own shape (not clearance) contains p, if any. */
  java.util.Optional<Blocker> blockerContaining(Point p) {
    for (int i : grid.at(p)) {
      if (blockers.get(i).raw().containsStrictly(p)) {
        return java.util.Optional.of(blockers.get(i));
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether p is strictly inside the clearance zone of any blocker other than {@code own}. */
  boolean insideAnyGrown(Point p, int own) {
    for (int i : grid.at(p)) {
      if (i != own && blockers.get(i).grown().containsStrictly(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the straight line from a to b stays clear. Blockers listed in {@code nearA} or {@code
   * nearB} (from {@link #closeBlockers}) are only avoided by their own shape, not their clearance.
   */
  boolean clear(Point a, int[] nearA, Point b, int[] nearB, Marks marks) {
    marks.next();
    return !grid.anyAlong(
        a,
        b,
        cell -> {
          for (int i : cell) {
            if (!marks.firstVisit(i)) {
              continue;
            }
            Blocker blocker = blockers.get(i);
            boolean near = contains(nearA, i) || contains(nearB, i);
            Polygon shape = near ? blocker.raw() : blocker.grown();
            if (shape.segmentCrossesInterior(a, b)) {
              return true;
            }
          }
          return false;
        });
  }

  /** Fresh marks for one thread's line-of-sight tests. */
  Marks marks() {
    return new Marks(blockers.size());
  }

  /**
   * Remembers which blockers one line-of-sight test already looked at (a blocker spans many grid
   * cells). Each thread uses its own, so a planner can answer several routes at once.
   */
  static final class Marks {
    private final int[] seen;
    private int stamp;

    Marks(int size) {
      seen = new int[size];
    }

    void next() {
      if (++stamp == Integer.MAX_VALUE) {
        java.util.Arrays.fill(seen, 0);
        stamp = 1;
      }
    }

    boolean firstVisit(int i) {
      if (seen[i] == stamp) {
        return false;
      }
      seen[i] = stamp;
      return true;
    }
  }

  private static boolean contains(int[] values, int v) {
    for (int x : values) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }
}
