package org.hallqueue.floorplans.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A simple polygon (no holes), its corners in order. Answers the questions routing and validation
 * ask: is a point strictly inside, does a segment pass through the inside, and what is the polygon
 * grown by a clearance.
 */
public final class Polygon {
  /** Distances below this (a tenth of a millimetre) count as touching, not crossing. */
  public static final double EPSILON = 1e-7;

  private final List<Point> points;
  private final Bounds bounds;
  private final double[] xs;
  private final double[] ys;

  public Polygon(List<Point> points) {
    if (points.size() < 3) {
      throw new IllegalArgumentException("a polygon needs at least three corners");
    }
    this.points = List.copyOf(points);
    this.bounds = Bounds.of(points);
    this.xs = new double[points.size()];
    this.ys = new double[points.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = points.get(i).x();
      ys[i] = points.get(i).y();
    }
  }

  /** A rectangle with two opposite corners. */
  public static Polygon rectangle(double x1, double y1, double x2, double y2) {
    double minX = Math.min(x1, x2);
    double maxX = Math.max(x1, x2);
    double minY = Math.min(y1, y2);
    double maxY = Math.max(y1, y2);
    return new Polygon(
        List.of(
            new Point(minX, minY),
            new Point(maxX, minY),
            new Point(maxX, maxY),
            new Point(minX, maxY)));
  }

  /** The band of the given total width around the segment from a to b, extended at both ends. */
  public static Polygon band(Point a, Point b, double halfWidth, double endExtension) {
    Point dir = b.minus(a).unit();
    if (dir.length() == 0) {
      dir = new Point(1, 0);
    }
    Point normal = new Point(-dir.y(), dir.x()).scaled(halfWidth);
    Point start = a.minus(dir.scaled(endExtension));
    Point end = b.plus(dir.x() * endExtension, dir.y() * endExtension);
    return new Polygon(
        List.of(
            start.plus(normal.x(), normal.y()),
            end.plus(normal.x(), normal.y()),
            end.minus(normal),
            start.minus(normal)));
  }

  public List<Point> points() {
    return points;
  }

  public Bounds bounds() {
    return bounds;
  }

  public int size() {
    return points.size();
  }

  public Point get(int i) {
    return points.get(Math.floorMod(i, points.size()));
  }

  /** Signed area; positive when the corners run clockwise on a y-down plan. */
  public double signedArea() {
    double sum = 0;
    int n = xs.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      sum += xs[j] * ys[i] - xs[i] * ys[j];
    }
    return sum / 2;
  }

  public double area() {
    return Math.abs(signedArea());
  }

  /** The centre of mass, a good place for a label on convex shapes. */
  public Point centroid() {
    double a = signedArea();
    if (Math.abs(a) < EPSILON) {
      return new Point((bounds.minX() + bounds.maxX()) / 2, (bounds.minY() + bounds.maxY()) / 2);
    }
    double cx = 0;
    double cy = 0;
    int n = xs.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double f = xs[j] * ys[i] - xs[i] * ys[j];
      cx += (xs[j] + xs[i]) * f;
      cy += (ys[j] + ys[i]) * f;
    }
    return new Point(cx / (6 * a), cy / (6 * a));
  }

  /** Inside and farther than {@link #EPSILON} from every edge. */
  public boolean containsStrictly(Point p) {
    if (!bounds.contains(p, 0)) {
      return false;
    }
    return windingContains(p.x(), p.y()) && distanceToBoundary(p) > EPSILON;
  }

  /** Inside or on the boundary. */
  public boolean containsOrTouches(Point p) {
    if (!bounds.contains(p, EPSILON)) {
      return false;
    }
    return windingContains(p.x(), p.y()) || distanceToBoundary(p) <= EPSILON;
  }

  private boolean windingContains(double x, double y) {
    boolean inside = false;
    int n = xs.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      if ((ys[i] > y) != (ys[j] > y)) {
        double crossX = (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i];
        if (x < crossX) {
          inside = !inside;
        }
      }
    }
    return inside;
  }

  public double distanceToBoundary(Point p) {
    double best = Double.POSITIVE_INFINITY;
    int n = xs.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      best = Math.min(best, segmentDistance(p.x(), p.y(), xs[j], ys[j], xs[i], ys[i]));
    }
    return best;
  }

  private static double segmentDistance(
      double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double lenSq = dx * dx + dy * dy;
    double t = lenSq == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lenSq;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }

  /**
   * Whether the segment from a to b passes through the inside of this polygon. Running along an
   * edge or touching a corner is not crossing. The segment is cut wherever it meets an edge and the
   * middle of each piece is tested, which stays right when the segment passes exactly through
   * corners.
   */
  public boolean segmentCrossesInterior(Point a, Point b) {
    if (!bounds.overlapsSegment(a, b)) {
      return false;
    }
    double[] cuts = new double[2 * xs.length + 2];
    int count = 0;
    cuts[count++] = 0;
    cuts[count++] = 1;
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    int n = xs.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double ex = xs[i] - xs[j];
      double ey = ys[i] - ys[j];
      double denom = dx * ey - dy * ex;
      double qx = xs[j] - a.x();
      double qy = ys[j] - a.y();
      if (Math.abs(denom) > 1e-12) {
        double t = (qx * ey - qy * ex) / denom;
        double u = (qx * dy - qy * dx) / denom;
        if (t > 0 && t < 1 && u >= -1e-9 && u <= 1 + 1e-9) {
          cuts[count++] = t;
        }
      } else {
        // Parallel edge: its ends, projected on the segment, are the only places that matter.
        double lenSq = dx * dx + dy * dy;
        if (lenSq > 0) {
          double t1 = (qx * dx + qy * dy) / lenSq;
          double t2 = ((xs[i] - a.x()) * dx + (ys[i] - a.y()) * dy) / lenSq;
          if (t1 > 0 && t1 < 1) {
            cuts[count++] = t1;
          }
          if (t2 > 0 && t2 < 1) {
            cuts[count++] = t2;
          }
        }
      }
    }
    Arrays.sort(cuts, 0, count);
    for (int k = 1; k < count; k++) {
      double t0 = cuts[k - 1];
      double t1 = cuts[k];
      if (t1 - t0 < 1e-9) {
        continue;
      }
      double tm = (t0 + t1) / 2;
      Point mid = new Point(a.x() + dx * tm, a.y() + dy * tm);
      if (containsStrictly(mid)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The polygon grown outwards by {@code clearance}. Corners get a mitre; very sharp corners are
   * cut off (bevelled) so the grown shape stays close to the true offset.
   */
  public Polygon grownBy(double clearance) {
    int n = points.size();
    double orientation = Math.signum(signedArea());
    if (orientation == 0) {
      orientation = 1;
    }
    List<Point> grown = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Point prev = get(i - 1);
      Point here = get(i);
      Point next = get(i + 1);
      Point n1 = outwardNormal(prev, here, orientation);
      Point n2 = outwardNormal(here, next, orientation);
      double cos = n1.dot(n2);
      if (cos < -0.5 + EPSILON && isConvexCorner(prev, here, next, orientation)) {
        grown.add(here.plus(n1.x() * clearance, n1.y() * clearance));
        grown.add(here.plus(n2.x() * clearance, n2.y() * clearance));
      } else {
        Point mitre = n1.plus(n2.x(), n2.y()).scaled(clearance / (1 + cos));
        grown.add(here.plus(mitre.x(), mitre.y()));
      }
    }
    return new Polygon(grown);
  }

  /** Whether every corner bulges outwards, so the polygon is convex and simple. */
  public boolean isConvex() {
    double orientation = Math.signum(signedArea());
    for (int i = 0; i < points.size(); i++) {
      if (!isConvexCorner(get(i - 1), get(i), get(i + 1), orientation == 0 ? 1 : orientation)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the corner at index i bulges outwards (interior angle under 180°). */
  public boolean isConvexCorner(int i) {
    double orientation = Math.signum(signedArea());
    return isConvexCorner(get(i - 1), get(i), get(i + 1), orientation == 0 ? 1 : orientation);
  }

  private static boolean isConvexCorner(Point prev, Point here, Point next, double orientation) {
    return here.minus(prev).cross(next.minus(here)) * orientation > 0;
  }

  private static Point outwardNormal(Point from, Point to, double orientation) {
    Point d = to.minus(from).unit();
    // For clockwise corners on a y-down plan (positive area) the outside is to the left.
    return orientation > 0 ? new Point(d.y(), -d.x()) : new Point(-d.y(), d.x());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Polygon other && other.points.equals(points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  @Override
  public String toString() {
    return "Polygon" + points;
  }
}
