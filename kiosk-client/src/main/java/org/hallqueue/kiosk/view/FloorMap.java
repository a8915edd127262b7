package org.hallqueue.kiosk.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.hallqueue.floorplans.drawing.FloorDrawing;
import org.hallqueue.floorplans.drawing.Pattern;
import org.hallqueue.floorplans.drawing.Shape;
import org.hallqueue.floorplans.drawing.Style;
import org.hallqueue.floorplans.geometry.Point;

/**
 * Paints a {@link FloorDrawing} on a canvas the way the floorplans SVG writer does: the same
 * styles, fill patterns, dashes and haloed labels, scaled to fit.
 */
final class FloorMap {

  private final FloorDrawing drawing;
  private final String fontFamily;
  private double scale;
  private double offsetX;
  private double offsetY;

  private FloorMap(FloorDrawing drawing, String fontFamily) {
    this.drawing = drawing;
    this.fontFamily = fontFamily;
  }

  static Canvas paint(FloorDrawing drawing, double width, String fontFamily) {
    double height = width * drawing.height() / drawing.width();
    Canvas canvas = new Canvas(width, height);
    new FloorMap(drawing, fontFamily).paintOn(canvas.getGraphicsContext2D(), width, height);
    canvas.setId("floor-map");
    return canvas;
  }

  private void paintOn(GraphicsContext g, double width, double height) {
    scale = Math.min(width / drawing.width(), height / drawing.height());
    offsetX = -drawing.minX() * scale;
    offsetY = -drawing.minY() * scale;
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setLineCap(StrokeLineCap.ROUND);
    g.setLineJoin(StrokeLineJoin.ROUND);
    for (Shape shape : drawing.shapes()) {
      Style style = shape.role().style();
      if (shape instanceof Shape.Area a) {
        polygon(g, a.points(), style, true);
      } else if (shape instanceof Shape.Rect r) {
        polygon(
            g,
            List.of(
                new Point(r.x(), r.y()),
                new Point(r.x() + r.width(), r.y()),
                new Point(r.x() + r.width(), r.y() + r.height()),
                new Point(r.x(), r.y() + r.height())),
            style,
            true);
      } else if (shape instanceof Shape.Circle c) {
        circle(g, c, style);
      } else if (shape instanceof Shape.Line l) {
        polygon(g, l.points(), style, false);
      } else if (shape instanceof Shape.Label l) {
        label(g, l, style);
      }
    }
  }

  private double x(double metres) {
    return metres * scale + offsetX;
  }

  private double y(double metres) {
    return metres * scale + offsetY;
  }

  private void path(GraphicsContext g, List<Point> points, boolean closed) {
    g.beginPath();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      if (i == 0) {
        g.moveTo(x(p.x()), y(p.y()));
      } else {
        g.lineTo(x(p.x()), y(p.y()));
      }
    }
    if (closed) {
      g.closePath();
    }
  }

  private void polygon(GraphicsContext g, List<Point> points, Style style, boolean closed) {
    if (closed && style.fill().isPresent()) {
      path(g, points, true);
      g.setFill(Color.web(style.fill().get()));
      g.fill();
      if (style.pattern() != Pattern.NONE) {
        g.save();
        path(g, points, true);
        g.clip();
        pattern(g, points, style);
        g.restore();
      }
    }
    if (style.stroke().isPresent() && style.strokeWidth() > 0) {
      path(g, points, closed);
      stroke(g, style);
      g.stroke();
      g.setLineDashes();
    }
  }

  private void stroke(GraphicsContext g, Style style) {
    g.setStroke(Color.web(style.stroke().get()));
    g.setLineWidth(Math.max(1, style.strokeWidth() * scale));
    if (!style.dash().isEmpty()) {
      g.setLineDashes(style.dash().stream().mapToDouble(d -> d * scale).toArray());
    } else {
      g.setLineDashes();
    }
  }

  /** The SVG writer's pattern tiles, repeated over the shape's bounds (in metres). */
  private void pattern(GraphicsContext g, List<Point> points, Style style) {
    double minX = points.stream().mapToDouble(Point::x).min().orElse(0);
    double maxX = points.stream().mapToDouble(Point::x).max().orElse(0);
    double minY = points.stream().mapToDouble(Point::y).min().orElse(0);
    double maxY = points.stream().mapToDouble(Point::y).max().orElse(0);
    Color c = Color.web(style.patternColor());
    g.setFill(c);
    g.setStroke(c);
    g.setLineDashes();
    switch (style.pattern()) {
      case DOTS -> tiles(minX, minY, maxX, maxY, 0.6, 0.6, (tx, ty) -> dot(g, tx + 0.3, ty + 0.3));
      case HATCH -> {
        g.setLineWidth(Math.max(1, 0.04 * scale));
        tiles(minX, minY, maxX, maxY, 0.4, 0.4, (tx, ty) -> seg(g, tx, ty + 0.4, tx + 0.4, ty));
      }
      case TREADS -> {
        g.setLineWidth(Math.max(1, 0.07 * scale));
        tiles(
            minX,
            minY,
            maxX,
            maxY,
            0.3,
            0.3,
            (tx, ty) -> seg(g, tx, ty + 0.15, tx + 0.3, ty + 0.15));
      }
      case CHEVRONS -> {
        g.setLineWidth(Math.max(1, 0.05 * scale));
        tiles(
            minX,
            minY,
            maxX,
            maxY,
            0.6,
            0.5,
            (tx, ty) -> {
              seg(g, tx + 0.05, ty + 0.4, tx + 0.3, ty + 0.15);
              seg(g, tx + 0.3, ty + 0.15, tx + 0.55, ty + 0.4);
            });
      }
      case CROSS_HATCH -> {
        g.setLineWidth(Math.max(1, 0.04 * scale));
        tiles(
            minX,
            minY,
            maxX,
            maxY,
            0.4,
            0.4,
            (tx, ty) -> {
              seg(g, tx, ty, tx + 0.4, ty + 0.4);
              seg(g, tx + 0.4, ty, tx, ty + 0.4);
            });
      }
      case NONE -> {}
    }
  }

  private interface Tile {
    void at(double x, double y);
  }

  /** Tiles aligned to the origin, as userSpaceOnUse patterns are. */
  private static void tiles(
      double minX, double minY, double maxX, double maxY, double w, double h, Tile tile) {
    for (double ty = Math.floor(minY / h) * h; ty < maxY; ty += h) {
      for (double tx = Math.floor(minX / w) * w; tx < maxX; tx += w) {
        tile.at(tx, ty);
      }
    }
  }

  private void dot(GraphicsContext g, double cx, double cy) {
    double r = Math.max(0.8, 0.07 * scale);
    g.fillOval(x(cx) - r, y(cy) - r, 2 * r, 2 * r);
  }

  private void seg(GraphicsContext g, double x1, double y1, double x2, double y2) {
    g.strokeLine(x(x1), y(y1), x(x2), y(y2));
  }

  private void circle(GraphicsContext g, Shape.Circle c, Style style) {
    double r = c.radius() * scale;
    double cx = x(c.centre().x());
    double cy = y(c.centre().y());
    if (style.fill().isPresent()) {
      g.setFill(Color.web(style.fill().get()));
      g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }
    if (style.stroke().isPresent() && style.strokeWidth() > 0) {
      stroke(g, style);
      g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
      g.setLineDashes();
    }
  }

  private void label(GraphicsContext g, Shape.Label l, Style style) {
    double size = Math.max(9, style.fontSize() * scale);
    g.setFont(Font.font(fontFamily, style.bold() ? FontWeight.BOLD : FontWeight.NORMAL, size));
    g.setTextAlign(
        switch (l.anchor()) {
          case START -> TextAlignment.LEFT;
          case MIDDLE -> TextAlignment.CENTER;
          case END -> TextAlignment.RIGHT;
        });
    g.setTextBaseline(VPos.BASELINE);
    double px = x(l.at().x());
    double py = y(l.at().y());
    if (style.stroke().isPresent() && style.strokeWidth() > 0) {
      g.setStroke(Color.web(style.stroke().get()));
      g.setLineWidth(Math.max(2, style.strokeWidth() * scale));
      g.strokeText(l.text(), px, py);
    }
    g.setFill(Color.web(style.fill().orElse("#000000")));
    g.fillText(l.text(), px, py);
  }
}
