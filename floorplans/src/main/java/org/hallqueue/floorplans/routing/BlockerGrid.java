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
  /** The cell size on a normal floor, in metres. */
  private static final double CELL = 2.0;

  /** At most this many cells, and this many (cell, blocker) entries, whatever the plan. */
  private static final long MAX_CELLS = 1_000_000;

  private static final long MAX_ENTRIES = 4_000_000;

  private final double cell;
  private final double originX;
  private final double originY;
  private final int columns;
  private final int rows;
  private final int[][] cells;

  /**
   * A grid over the floor {@code width} × {@code depth} (routes never leave it): blockers reaching
   * beyond it are listed in the border cells. Cells grow past 2 m when the floor is huge or the
   * blockers are, so a plan of any size gives a grid of bounded size.
   */
  BlockerGrid(List<Blocker> blockers, double width, double depth) {
    originX = -CELL;
    originY = -CELL;
    double spanX = (Double.isFinite(width) ? Math.max(0, width) : 0) + 2 * CELL;
    double spanY = (Double.isFinite(depth) ? Math.max(0, depth) : 0) + 2 * CELL;
    double size = Math.max(CELL, Math.sqrt(spanX * spanY / MAX_CELLS));
    while (entries(blockers, size, spanX, spanY) > MAX_ENTRIES) {
      size *= 2;
    }
    cell = size;
    columns = (int) Math.ceil(spanX / cell) + 1;
    rows = (int) Math.ceil(spanY / cell) + 1;
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

  /** How many (cell, blocker) entries cells of this size would hold. */
  private static long entries(List<Blocker> blockers, double size, double spanX, double spanY) {
    long columns = (long) Math.ceil(spanX / size) + 1;
    long rows = (long) Math.ceil(spanY / size) + 1;
    long total = columns * rows;
    for (Blocker b : blockers) {
      Bounds g = b.grown().bounds();
      long w = Math.min(columns, (long) Math.ceil(Math.max(0, g.width()) / size) + 2);
      long h = Math.min(rows, (long) Math.ceil(Math.max(0, g.height()) / size) + 2);
      total += w * h;
    }
    return total;
  }

  private int column(double x) {
    return clamp((int) Math.floor((x - originX) / cell), columns);
  }

  private int row(double y) {
    return clamp((int) Math.floor((y - originY) / cell), rows);
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
    double x0 = (a.x() - originX) / cell;
    double y0 = (a.y() - originY) / cell;
    double x1 = (b.x() - originX) / cell;
    double y1 = (b.y() - originY) / cell;
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
