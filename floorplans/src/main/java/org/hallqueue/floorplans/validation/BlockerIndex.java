package org.hallqueue.floorplans.validation;

import java.util.Optional;
import org.hallqueue.floorplans.geometry.Bounds;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.geometry.Polygon;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.Wall;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The walls and obstacles of one floor in a spatial index (a JTS STR-tree of their bounds), so
 * finding the one a spot lies in looks at the few shapes around it, not all of them.
 */
final class BlockerIndex {
  private record Blocking(String id, Polygon shape) {}

  private final STRtree tree = new STRtree();

  BlockerIndex(Floor floor) {
    for (Wall wall : floor.walls()) {
      wall.outline().forEach(p -> add(wall.id(), p));
    }
    for (Obstacle o : floor.obstacles()) {
      if (o.polygon().size() >= 3) {
        add(o.id(), new Polygon(o.polygon()));
      }
    }
  }

  private void add(String id, Polygon shape) {
    Bounds b = shape.bounds();
    tree.insert(new Envelope(b.minX(), b.maxX(), b.minY(), b.maxY()), new Blocking(id, shape));
  }

  /** The id of a wall or obstacle that p lies strictly inside, if any. */
  Optional<String> blockerContaining(Point p) {
    for (Object found : tree.query(new Envelope(p.x(), p.x(), p.y(), p.y()))) {
      Blocking b = (Blocking) found;
      if (b.shape().containsStrictly(p)) {
        return Optional.of(b.id());
      }
    }
    return Optional.empty();
  }
}
