package org.hallqueue.floorplans.routing;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.floorplans.geometry.Bounds;
import org.hallqueue.floorplans.geometry.Point;

/**
 * A uniform grid over a floor listing which blockers may touch each cell, so a line-of-sight test
 * looks only at the blockers along the line instead of all of them.
 */
final class BlockerGrid {
  private static final double CELL = 2.0;

  private final double originX;
  private final double originY;
  private final int columns;
  private final int rows;
  private final int[][] cells;

  BlockerGrid(List<Blocker> blockers) {
    double minX = 0;
    double minY = 0;
    double maxX = 1;
    double maxY = 1;
    for (Blocker b : blockers) {
      Bounds g = b.grown().bounds();
      minX = Math.min(minX, g.minX());
      minY = Math.min(minY, g.minY());
      maxX = Math.max(maxX, g.maxX());
      maxY = Math.max(maxY, g.maxY());
    }
    originX = minX - CELL;
    originY = minY - CELL;
    columns = (int) Math.ceil((maxX - originX) / CELL) + 2;
    rows = (int) Math.ceil((maxY - originY) / CELL) + 2;
    List<List<Integer>> lists = new ArrayList<>(columns * rows);
    for (int i = 0; i < columns * rows; i++) {
      lists.add(new ArrayList<>(2));
    }
    for (int i = 0; i < blockers.size(); i++) {
      Bounds g = blockers.get(i).grown().bounds();
      int c0 = column(g.minX() - 1e-6);
      int c1 = column(g.maxX() + 1e-6);
      int r0 = row(g.minY() - 1e-6);
      int r1 = row(g.maxY() + 1e-6);
      for (int r = r0; r <= r1; r++) {
        for (int c = c0; c <= c1; c++) {
          lists.get(r * columns + c).add(i);
        }
      }
    }
    cells = new int[columns * rows][];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private int column(double x) {
    return clamp((int) Math.floor((x - originX) / CELL), columns);
  }

  private int row(double y) {
    return clamp((int) Math.floor((y - originY) / CELL), rows);
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(size - 1, v));
  }

  /** The blockers listed for the cell containing p. */
  int[] at(Point p) {
    return cells[row(p.y()) * columns + column(p.x())];
  }

  /** Visits every cell the segment passes through (a grid walk), stopping when told to. */
  boolean anyAlong(Point a, Point b, CellVisitor visitor) {
    double x0 = (a.x() - originX) / CELL;
    double y0 = (a.y() - originY) / CELL;
    double x1 = (b.x() - originX) / CELL;
    double y1 = (b.y() - originY) / CELL;
    int c = clamp((int) Math.floor(x0), columns);
    int r = clamp((int) Math.floor(y0), rows);
    int cEnd = clamp((int) Math.floor(x1), columns);
    int rEnd = clamp((int) Math.floor(y1), rows);
    double dx = x1 - x0;
    double dy = y1 - y0;
    int stepC = dx > 0 ? 1 : -1;
    int stepR = dy > 0 ? 1 : -1;
    double tDeltaX = dx == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dx);
    double tDeltaY = dy == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dy);
    double tMaxX = dx == 0 ? Double.POSITIVE_INFINITY : (dx > 0 ? c + 1 - x0 : x0 - c) * tDeltaX;
    double tMaxY = dy == 0 ? Double.POSITIVE_INFINITY : (dy > 0 ? r + 1 - y0 : y0 - r) * tDeltaY;
    int steps = Math.abs(cEnd - c) + Math.abs(rEnd - r) + 1;
    for (int i = 0; i < steps; i++) {
      if (visitor.visit(cells[r * columns + c])) {
        return true;
      }
      if (tMaxX < tMaxY) {
        tMaxX += tDeltaX;
        c = clamp(c + stepC, columns);
      } else {
        tMaxY += tDeltaY;
        r = clamp(r + stepR, rows);
      }
    }
    // Rounding can steer the walk off by one cell at the very end; the end cell always counts.
    return visitor.visit(cells[rEnd * columns + cEnd]);
  }

  /** Looks at the blockers of one cell; returns true to stop the walk. */
  interface CellVisitor {
    boolean visit(int[] blockerIndexes);
  }
}
