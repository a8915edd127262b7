package org.hallqueue.floorplans.svg;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.floorplans.drawing.FloorDrawing;
import org.hallqueue.floorplans.drawing.Pattern;
import org.hallqueue.floorplans.drawing.Role;
import org.hallqueue.floorplans.drawing.Shape;
import org.hallqueue.floorplans.drawing.Style;
import org.hallqueue.floorplans.geometry.Point;

/**
 * Writes a {@link FloorDrawing} as a standalone SVG document. Units are metres (the view box); the
 * document asks for {@code pixelsPerMetre} pixels per metre when shown at its natural size.
 */
public final class SvgWriter {
  private static final String FONTS =
      "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

  private SvgWriter() {}

  public static String write(FloorDrawing drawing) {
    return write(drawing, 40);
  }

  public static String write(FloorDrawing drawing, double pixelsPerMetre) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"")
        .append(drawing.lang().tag())
        .append("\" width=\"")
        .append(n(drawing.width() * pixelsPerMetre))
        .append("\" height=\"")
        .append(n(drawing.height() * pixelsPerMetre))
        .append("\" viewBox=\"")
        .append(n(drawing.minX()))
        .append(' ')
        .append(n(drawing.minY()))
        .append(' ')
        .append(n(drawing.width()))
        .append(' ')
        .append(n(drawing.height()))
        .append("\">\n");
    out.append("<rect x=\"")
        .append(n(drawing.minX()))
        .append("\" y=\"")
        .append(n(drawing.minY()))
        .append("\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    writePatterns(drawing.shapes(), out);
    for (Shape shape : drawing.shapes()) {
      writeShape(shape, out);
    }
    return out.append("</svg>\n").toString();
  }

  private static void writePatterns(List<Shape> shapes, StringBuilder out) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    shapes.stream()
        .map(Shape::role)
        .filter(r -> r.style().pattern() != Pattern.NONE)
        .forEach(roles::add);
    if (roles.isEmpty()) {
      return;
    }
    out.append("<defs>\n");
    for (Role role : roles) {
      Style s = role.style();
      String c = s.patternColor();
      out.append("<pattern id=\"")
          .append(patternId(role))
          .append("\" patternUnits=\"userSpaceOnUse\" ");
      switch (s.pattern()) {
        case DOTS ->
            out.append(
                    "width=\"0.6\" height=\"0.6\"><circle cx=\"0.3\" cy=\"0.3\" r=\"0.07\" fill=\"")
                .append(c)
                .append("\"/>");
        case HATCH ->
            out.append(
                    "width=\"0.4\" height=\"0.4\"><path d=\"M-0.1,0.1 L0.1,-0.1 M0,0.4 L0.4,0 M0.3,0.5 L0.5,0.3\" stroke=\"")
                .append(c)
                .append("\" stroke-width=\"0.04\"/>");
        case TREADS ->
            out.append("width=\"0.3\" height=\"0.3\"><path d=\"M0,0.15 L0.3,0.15\" stroke=\"")
                .append(c)
                .append("\" stroke-width=\"0.07\"/>");
        case CHEVRONS ->
            out.append(
                    "width=\"0.6\" height=\"0.5\"><path d=\"M0.05,0.4 L0.3,0.15 L0.55,0.4\" fill=\"none\" stroke=\"")
                .append(c)
                .append("\" stroke-width=\"0.05\"/>");
        case CROSS_HATCH ->
            out.append(
                    "width=\"0.4\" height=\"0.4\"><path d=\"M0,0 L0.4,0.4 M0.4,0 L0,0.4\" stroke=\"")
                .append(c)
                .append("\" stroke-width=\"0.04\"/>");
        case NONE -> {}
      }
      out.append("</pattern>\n");
    }
    out.append("</defs>\n");
  }

  private static String patternId(Role role) {
    return "pattern-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void writeShape(Shape shape, StringBuilder out) {
    Style s = shape.role().style();
    String cls =
        " class=\"" + shape.role().name().toLowerCase(Locale.ROOT).replace('_', '-') + "\"";
    if (shape instanceof Shape.Label label) {
      writeLabel(label, s, cls, out);
      return;
    }
    String geometry;
    if (shape instanceof Shape.Rect r) {
      geometry =
          "<rect x=\""
              + n(r.x())
              + "\" y=\""
              + n(r.y())
              + "\" width=\""
              + n(r.width())
              + "\" height=\""
              + n(r.height())
              + "\"";
    } else if (shape instanceof Shape.Circle c) {
      geometry =
          "<circle cx=\""
              + n(c.centre().x())
              + "\" cy=\""
              + n(c.centre().y())
              + "\" r=\""
              + n(c.radius())
              + "\"";
    } else if (shape instanceof Shape.Area a) {
      geometry = "<polygon points=\"" + points(a.points()) + "\"";
    } else {
      Shape.Line l = (Shape.Line) shape;
      geometry = "<polyline points=\"" + points(l.points()) + "\"";
    }
    boolean line = shape instanceof Shape.Line;
    String fill = line ? "none" : s.fill().orElse("none");
    out.append(geometry).append(cls).append(" fill=\"").append(fill).append('"');
    if (s.pattern() == Pattern.NONE) {
      stroke(s, line, out);
      out.append("/>\n");
      return;
    }
    out.append("/>\n");
    out.append(geometry).append(" fill=\"url(#").append(patternId(shape.role())).append(")\"");
    stroke(s, false, out);
    out.append("/>\n");
  }

  private static void stroke(Style s, boolean line, StringBuilder out) {
    if (s.stroke().isEmpty()) {
      return;
    }
    out.append(" stroke=\"")
        .append(s.stroke().get())
        .append("\" stroke-width=\"")
        .append(n(s.strokeWidth()))
        .append('"');
    if (!s.dash().isEmpty()) {
      out.append(" stroke-dasharray=\"")
          .append(s.dash().stream().map(SvgWriter::n).collect(Collectors.joining(" ")))
          .append('"');
    }
    if (line) {
      out.append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
    }
  }

  private static void writeLabel(Shape.Label label, Style s, String cls, StringBuilder out) {
    String anchor =
        switch (label.anchor()) {
          case START -> "start";
          case MIDDLE -> "middle";
          case END -> "end";
        };
    out.append("<text")
        .append(cls)
        .append(" x=\"")
        .append(n(label.at().x()))
        .append("\" y=\"")
        .append(n(label.at().y()))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" font-family=\"")
        .append(FONTS)
        .append("\" font-size=\"")
        .append(n(s.fontSize()))
        .append('"');
    if (s.bold()) {
      out.append(" font-weight=\"bold\"");
    }
    out.append(" fill=\"").append(s.fill().orElse("#000000")).append('"');
    s.stroke()
        .ifPresent(
            halo ->
                out.append(" stroke=\"")
                    .append(halo)
                    .append("\" stroke-width=\"")
                    .append(n(s.strokeWidth()))
                    .append("\" stroke-linejoin=\"round\" paint-order=\"stroke\""));
    out.append('>').append(escape(label.text())).append("</text>\n");
  }

  private static String points(List<Point> points) {
    return points.stream().map(p -> n(p.x()) + "," + n(p.y())).collect(Collectors.joining(" "));
  }

  private static String n(double v) {
    double rounded = Math.round(v * 1000) / 1000.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return Double.toString(rounded);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
