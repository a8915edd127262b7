package org.hallqueue.floorplans.drawing;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.floorplans.drawing.Shape.Anchor;
import org.hallqueue.floorplans.drawing.Shape.Circle;
import org.hallqueue.floorplans.drawing.Shape.Label;
import org.hallqueue.floorplans.drawing.Shape.Line;
import org.hallqueue.floorplans.drawing.Shape.Rect;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.LocalizedText;

/** A key under the floor explaining each symbol in words, so a printed map needs no colour. */
final class Legend {
  private static final double ROW = 1.2;
  private static final double SAMPLE = 1.0;

  private final Lang lang;
  private final Floor floor;
  private final List<Shape> shapes;

  Legend(Lang lang, Floor floor, List<Shape> shapes) {
    this.lang = lang;
    this.floor = floor;
    this.shapes = shapes;
  }

  private record Entry(Role role, LocalizedText words) {}

  /** Draws the legend below the floor and returns the height it takes. */
  double draw() {
    java.util.Set<Role> shown = java.util.EnumSet.noneOf(Role.class);
    shapes.forEach(s -> shown.add(s.role()));
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(Role.COUNTER, LocalizedText.of("服务窗口", "Counter")));
    entries.add(new Entry(Role.ZONE, LocalizedText.of("等候区", "Waiting zone")));
    entries.add(new Entry(Role.SEATS, LocalizedText.of("座椅", "Seats")));
    entries.add(new Entry(Role.KIOSK, LocalizedText.of("自助机", "Kiosk")));
    entries.add(new Entry(Role.DISPLAY, LocalizedText.of("叫号屏", "Display board")));
    entries.add(new Entry(Role.ENTRANCE, LocalizedText.of("入口", "Entrance")));
    entries.add(new Entry(Role.CONNECTOR, LocalizedText.of("电梯/楼梯", "Lift / stairs")));
    entries.add(new Entry(Role.STEPS, LocalizedText.of("台阶", "Steps")));
    entries.add(new Entry(Role.RAMP, LocalizedText.of("坡道", "Ramp")));
    entries.add(new Entry(Role.OBSTACLE, LocalizedText.of("家具/柜台", "Furniture")));
    entries.add(new Entry(Role.ROUTE, LocalizedText.of("路线", "Route")));
    entries.add(new Entry(Role.YOU_ARE_HERE, LocalizedText.of("您在这里", "You are here")));
    entries.removeIf(e -> !shown.contains(e.role()));
    double top = floor.depth() + FloorDrawings.MARGIN;
    double x = 0;
    double y = top;
    double size = Role.LABEL_SMALL.style().fontSize();
    for (Entry entry : entries) {
      String words = entry.words().in(lang);
      double width = SAMPLE + 0.3 + TextLines.ems(words) * size + 0.9;
      if (x > 0 && x + width > floor.width()) {
        x = 0;
        y += ROW;
      }
      sample(entry.role(), x, y);
      shapes.add(
          new Label(new Point(x + SAMPLE + 0.3, y + 0.55), words, Anchor.START, Role.LABEL_SMALL));
      x += width;
    }
    return y + ROW - top + 0.2;
  }

  private void sample(Role role, double x, double y) {
    Point mid = new Point(x + SAMPLE / 2, y + 0.4);
    switch (role) {
      case ROUTE -> {
        List<Point> line = List.of(new Point(x, y + 0.4), new Point(x + SAMPLE, y + 0.4));
        shapes.add(new Line(line, Role.ROUTE_CASING));
        shapes.add(new Line(line, Role.ROUTE));
      }
      case YOU_ARE_HERE, ENTRANCE -> shapes.add(new Circle(mid, 0.35, role));
      default -> shapes.add(new Rect(x, y, SAMPLE, 0.8, role));
    }
  }
}
