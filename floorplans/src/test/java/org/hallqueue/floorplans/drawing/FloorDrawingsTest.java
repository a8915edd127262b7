package org.hallqueue.floorplans.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hallqueue.floorplans.Offices;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.Route;
import org.hallqueue.floorplans.routing.RoutePlanner;
import org.junit.jupiter.api.Test;

class FloorDrawingsTest {
  private static final Office CITY = Offices.cityHall();

  private static List<String> texts(FloorDrawing drawing) {
    return drawing.shapes().stream()
        .filter(s -> s instanceof Shape.Label)
        .map(s -> ((Shape.Label) s).text())
        .toList();
  }

  private static long count(FloorDrawing drawing, Role role) {
    return drawing.shapes().stream().filter(s -> s.role() == role).count();
  }

  @Test
  void shouldDrawEveryCounterWithItsNumber() {
    FloorDrawing drawing = FloorDrawings.of(CITY, 2, Lang.EN, Optional.empty(), Optional.empty());
    assertThat(count(drawing, Role.COUNTER)).isEqualTo(10 + 1); // and the legend sample
    assertThat(texts(drawing)).contains("11", "20", "Waiting zone C", "Lift 1 (step-free)");
  }

  @Test
  void shouldLabelInTheChosenLanguage() {
    FloorDrawing zh = FloorDrawings.of(CITY, 1, Lang.ZH_CN, Optional.empty(), Optional.empty());
    assertThat(texts(zh)).contains("A区等候区", "农民工服务窗口", "正门").doesNotContain("Waiting zone A");
    FloorDrawing en = FloorDrawings.of(CITY, 1, Lang.EN, Optional.empty(), Optional.empty());
    assertThat(texts(en)).contains("Waiting zone A", "Main entrance").doesNotContain("A区等候区");
  }

  @Test
  void shouldHighlightOnlyThePartOfTheRouteOnThisFloor() {
    Route route = RoutePlanner.route(CITY, "kiosk-1", "counter-12", true).orElseThrow();
    FloorDrawing ground =
        FloorDrawings.of(CITY, 1, Lang.EN, Optional.of(route), Optional.of("kiosk-1"));
    FloorDrawing upper = FloorDrawings.of(CITY, 2, Lang.EN, Optional.of(route), Optional.empty());
    assertThat(count(ground, Role.ROUTE))
        .isGreaterThanOrEqualTo(2); // the line and its legend sample
    assertThat(count(ground, Role.ROUTE_START)).isGreaterThanOrEqualTo(1);
    assertThat(count(ground, Role.ROUTE_END)).isZero();
    assertThat(count(upper, Role.ROUTE_END)).isEqualTo(1);
    assertThat(texts(ground))
        .contains("Via Lift 1 (step-free) to floor 2", "You are here: Kiosk 1");
    assertThat(texts(upper)).contains("Arriving from floor 1");
    assertThat(count(ground, Role.YOU_ARE_HERE)).isEqualTo(2); // the mark and its legend sample
  }

  @Test
  void shouldRefuseAFloorTheOfficeDoesNotHave() {
    assertThatThrownBy(() -> FloorDrawings.of(CITY, 7, Lang.EN, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldExplainEverySymbolShownInTheLegend() {
    FloorDrawing drawing = FloorDrawings.of(CITY, 2, Lang.EN, Optional.empty(), Optional.empty());
    assertThat(texts(drawing))
        .contains("Counter", "Waiting zone", "Lift / stairs")
        .doesNotContain("Entrance", "Route");
  }

  /** Grey print keeps only lightness; areas must still differ by lightness, pattern or outline. */
  @Test
  void shouldKeepEveryKindOfAreaDistinctWhenPrintedInGrey() {
    Set<String> seen = new HashSet<>();
    for (Role role :
        List.of(
            Role.FLOOR,
            Role.ZONE,
            Role.RAMP,
            Role.STEPS,
            Role.OBSTACLE,
            Role.SEATS,
            Role.WALL,
            Role.CONNECTOR,
            Role.KIOSK,
            Role.DISPLAY,
            Role.COUNTER)) {
      Style s = role.style();
      String signature =
          Math.round(grey(s.fill().orElseThrow()) * 10)
              + "/"
              + s.pattern()
              + "/"
              + (s.strokeWidth() >= 0.1);
      assertThat(seen.add(signature)).as(role + " looks like another role in grey").isTrue();
    }
    assertThat(Math.abs(grey(Role.ROUTE.style().stroke().orElseThrow()) - grey("#ffffff")))
        .isGreaterThan(0.4);
  }

  private static double grey(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return (0.2126 * (rgb >> 16 & 255) + 0.7152 * (rgb >> 8 & 255) + 0.0722 * (rgb & 255)) / 255;
  }
}
