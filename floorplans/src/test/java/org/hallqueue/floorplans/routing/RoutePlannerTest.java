package org.hallqueue.floorplans.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hallqueue.floorplans.Offices;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.geometry.Polygon;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorKind;
import org.hallqueue.floorplans.model.ConnectorStop;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Kiosk;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Office;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {
  private static final Office DISTRICT = Offices.districtHall();
  private static final Office CITY = Offices.cityHall();

  private static List<String> counterIds(Office office) {
    return office.floors().stream()
        .flatMap(f -> f.elements().stream())
        .filter(e -> e instanceof Counter)
        .map(Element::id)
        .toList();
  }

  @Test
  void shouldFindAStepFreeRouteFromEveryKioskToEveryCounterOfTheDistrictHall() {
    RoutePlanner planner = RoutePlanner.of(DISTRICT);
    for (String kiosk : List.of("kiosk-1", "kiosk-2")) {
      for (String counter : counterIds(DISTRICT)) {
        assertThat(planner.route(kiosk, counter, true)).as(kiosk + " → " + counter).isPresent();
      }
    }
  }

  @Test
  void shouldTakeTheLiftToTheSecondFloorOfTheCityHall() {
    Route route = RoutePlanner.route(CITY, "entrance-main", "counter-12", true).orElseThrow();
    assertThat(route.via()).containsExactly("lift-1");
    assertThat(route.path().get(0).floor()).isEqualTo(1);
    assertThat(route.path().get(route.path().size() - 1).floor()).isEqualTo(2);
    assertThat(route.steps()).extracting(LocalizedText::en).contains("Take the lift to floor 2");
    assertThat(route.steps()).extracting(LocalizedText::zhCN).contains("乘电梯到2层");
    LocalizedText last = route.steps().get(route.steps().size() - 1);
    assertThat(last.en()).isEqualTo("Counter 12 is on your right");
    assertThat(last.zhCN()).isEqualTo("12号窗口在您右侧");
  }

  @Test
  void shouldReachEveryCityHallCounterStepFreeFromTheMainEntrance() {
    RoutePlanner planner = RoutePlanner.of(CITY);
    for (String counter : counterIds(CITY)) {
      Route route = planner.route("entrance-main", counter, true).orElseThrow();
      assertThat(route.via()).doesNotContain("stairs-1");
    }
  }

  @Test
  void shouldNotTakeAWheelchairUpTheStepsOfTheEastEntrance() {
    RoutePlanner planner = RoutePlanner.of(CITY);
    assertThat(planner.route("entrance-east", "counter-6", false)).isPresent();
    assertThat(planner.route("entrance-east", "counter-6", true)).isEmpty();
  }

  @Test
  void shouldLeadWheelchairsOverTheRampAndWalkersOverTheSteps() {
    Polygon steps = new Polygon(DISTRICT.floors().get(0).levelChanges().get(0).polygon());
    RoutePlanner planner = RoutePlanner.of(DISTRICT);
    Route walking = planner.route("entrance-main", "counter-5", false).orElseThrow();
    Route rolling = planner.route("entrance-main", "counter-5", true).orElseThrow();
    assertThat(crosses(walking, steps)).isTrue();
    assertThat(crosses(rolling, steps)).isFalse();
    assertThat(rolling.lengthMeters()).isGreaterThan(walking.lengthMeters());
  }

  private static boolean crosses(Route route, Polygon area) {
    for (int i = 1; i < route.path().size(); i++) {
      if (area.segmentCrossesInterior(
          route.path().get(i - 1).point(), route.path().get(i).point())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void shouldClimbTheStairsWhenThereIsNoLift() {
    Office office = twoFloorsWithStairsOnly();
    Route route = RoutePlanner.route(office, "kiosk-1", "counter-1", false).orElseThrow();
    assertThat(route.via()).containsExactly("stairs-1");
    assertThat(route.steps())
        .extracting(LocalizedText::en)
        .contains("Take the stairs up to floor 2");
    assertThat(route.steps()).extracting(LocalizedText::zhCN).contains("走楼梯上到2层");
    assertThat(RoutePlanner.route(office, "kiosk-1", "counter-1", true)).isEmpty();
    Route down = RoutePlanner.route(office, "counter-1", "kiosk-1", false).orElseThrow();
    assertThat(down.steps())
        .extracting(LocalizedText::en)
        .contains("Take the stairs down to floor 1");
  }

  @Test
  void shouldTellWhichSideTheCounterIsOn() {
    // counters face south; walking east along them, the window is on the left
    Office office = Offices.smallHall();
    Route east =
        RoutePlanner.of(office)
            .route(new PathPoint(6, 3, 1), new PathPoint(17, 2.6, 1), false)
            .orElseThrow();
    assertThat(east.steps().get(east.steps().size() - 1).en()).isEqualTo("You have arrived");
    Route toCounter = RoutePlanner.route(office, "zone-a", "counter-2", false).orElseThrow();
    assertThat(toCounter.steps().get(0).en()).startsWith("Walk ");
    assertThat(toCounter.steps().get(toCounter.steps().size() - 1).en())
        .isIn("Counter 2 is on your left", "Counter 2 is ahead of you");
  }

  @Test
  void shouldRefuseAnUnknownElement() {
    assertThatThrownBy(() -> RoutePlanner.route(DISTRICT, "kiosk-1", "counter-99", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counter-99");
  }

  @Test
  void shouldGoStraightWhenNothingIsInTheWay() {
    Office office = Offices.smallHall();
    Route route =
        RoutePlanner.of(office)
            .route(new PathPoint(10, 9, 1), new PathPoint(10, 4, 1), false)
            .orElseThrow();
    assertThat(route.path()).hasSize(2);
    assertThat(route.lengthMeters()).isEqualTo(5.0);
    assertThat(route.steps())
        .extracting(LocalizedText::en)
        .containsExactly("Walk 5 m", "You have arrived");
  }

  static Office twoFloorsWithStairsOnly() {
    Floor ground =
        new Floor(
            1,
            Offices.text("1层", "Floor 1"),
            20,
            10,
            List.of(),
            List.of(),
            List.of(),
            List.of(
                Offices.entrance(10, 9.5),
                new Kiosk(
                    "kiosk-1",
                    Offices.text("1号自助机", "Kiosk 1"),
                    new Point(5, 5),
                    Optional.empty())));
    Floor upper =
        new Floor(
            2,
            Offices.text("2层", "Floor 2"),
            20,
            10,
            List.of(),
            List.of(Offices.box("desk", 1, 1, 19, 1.8)),
            List.of(),
            List.of(Offices.counter(1, 5, 2.6)));
    Connector stairs =
        new Connector(
            "stairs-1",
            ConnectorKind.STAIRS,
            Offices.text("楼梯", "Stairs"),
            false,
            List.of(
                new ConnectorStop(1, new Point(15, 5)), new ConnectorStop(2, new Point(15, 5))));
    return new Office(
        "two-floors",
        Offices.text("两层", "Two floors"),
        false,
        List.of(ground, upper),
        List.of(stairs));
  }
}
