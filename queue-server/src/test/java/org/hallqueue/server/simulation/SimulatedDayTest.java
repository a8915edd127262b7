package org.hallqueue.server.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.server.queue.TicketStatus;
import org.junit.jupiter.api.Test;

/** What one simulated day does with its visitors and counters. */
class SimulatedDayTest {

  @Test
  void shouldGiveTheSameResultForTheSameScenarioAndSeed() {
    Scenario scenario = Offices.queueing(50, 3.0, 3, 480).toBuilder().runs(5, 42L, 30).build();

    assertThat(OfficeSimulator.run(scenario)).isEqualTo(OfficeSimulator.run(scenario));
    assertThat(OfficeSimulator.run(scenario.toBuilder().runs(5, 43L, 30).build()))
        .isNotEqualTo(OfficeSimulator.run(scenario));
  }

  @Test
  void shouldReportProgressAfterEachReplication() {
    List<Integer> done = new ArrayList<>();

    OfficeSimulator.run(
        Offices.queueing(20, 2.0, 1, 60).toBuilder().runs(4, 1L, 0).build(), done::add);

    assertThat(done).containsExactly(1, 2, 3, 4);
  }

  @Test
  void shouldShowTwoScenariosDifferingOnlyInCountersTheSameVisitors() {
    Scenario three = Offices.queueing(50, 3.0, 3, 480);
    Scenario two = three.toBuilder().counters(three.counters().subList(0, 2)).build();

    Day withThree = Offices.day(three);
    Day withTwo = Offices.day(two);

    assertThat(arrivals(withTwo)).isEqualTo(arrivals(withThree)).hasSizeGreaterThan(300);
    assertThat(meanWait(withTwo)).isGreaterThan(meanWait(withThree));
  }

  @Test
  void shouldCallNobodyAtACounterOnItsLunchBreak() {
    Scenario scenario =
        Offices.queueing(12, 4.0, 1, 480).toBuilder()
            .counters(
                List.of(
                    new CounterShift(
                        "c1", List.of("A"), null, List.of(List.of(0, 240), List.of(300, 480)))))
            .build();

    Day day = Offices.day(scenario);

    List<Double> callMinutes = day.visitors.stream().map(v -> v.calledAt / 60).toList();
    assertThat(callMinutes).noneMatch(m -> m > 240 && m < 300);
    // Whoever came during the break waited at least until it ended.
    assertThat(day.visitors)
        .filteredOn(v -> v.arrivedAt > 250 * 60 && v.arrivedAt < 290 * 60)
        .isNotEmpty()
        .allMatch(v -> v.calledAt >= 300 * 60);
    // Open 420 minutes, plus the overtime serving those still waiting at closing time.
    double lastFinish =
        day.visitors.stream()
            .mapToDouble(
                v -> Duration.between(Day.OPENING, v.ticket.finishedAt()).toMillis() / 60_000.0)
            .max()
            .orElseThrow();
    assertThat(day.openSeconds[0] / 60)
        .isCloseTo(420 + Math.max(0, lastFinish - 480), within(1e-3));
  }

  @Test
  void shouldNeverHaveACounterCallWhileItsVisitFromTheLastShiftRunsOn() {
    Scenario shortBreaks =
        Offices.queueing(25, 3.0, 1, 480).toBuilder()
            .serviceMinutes(Map.of("A", ServiceMinutes.fixed(3.0)))
            .counters(
                List.of(
                    new CounterShift(
                        "c1",
                        List.of("A"),
                        null,
                        List.of(List.of(0, 100), List.of(101, 200), List.of(202, 480)))))
            .build();

    Day day = Offices.day(shortBreaks);

    List<Visitor> byCall =
        day.visitors.stream()
            .sorted(java.util.Comparator.comparingDouble(v -> v.calledAt))
            .toList();
    for (int i = 1; i < byCall.size(); i++) {
      Visitor previous = byCall.get(i - 1);
      assertThat(byCall.get(i).ticket.calledAt()).isAfterOrEqualTo(previous.ticket.finishedAt());
    }
    assertThat(day.visitors).allMatch(v -> v.ticket.status() == TicketStatus.DONE);
  }

  @Test
  void shouldMarkTheGivenShareOfVisitorsNoShowAfterTheRecallLimit() {
    Scenario scenario =
        Offices.queueing(40, 2.0, 2, 480).toBuilder().conduct(0.10, 0.05, 60, 2).build().toBuilder()
            .runs(20, 5L, 0)
            .build();

    SimulationResult result = OfficeSimulator.run(scenario);
    Day day = Offices.day(scenario);

    var lane = result.lanes().get("standard");
    double share = (double) lane.noShows() / (lane.noShows() + lane.served());
    assertThat(share).isCloseTo(0.10, within(0.01));
    assertThat(day.visitors)
        .filteredOn(v -> v.ticket.status() == TicketStatus.NO_SHOW)
        .allMatch(v -> v.ticket.recallCount() == scenario.recallLimit());
    assertThat(day.visitors)
        .filteredOn(v -> v.needsRecall)
        .isNotEmpty()
        .allMatch(v -> v.ticket.status() == TicketStatus.DONE && v.ticket.recallCount() == 1);
  }

  @Test
  void shouldSendTheGivenShareOnToTheOtherServiceKeepingTheirPlace() {
    Scenario scenario =
        twoServices().toBuilder().transfers(List.of(new Transfer("A", "B", 0.2))).build();

    Day day = Offices.day(scenario);

    List<Visitor> ofA =
        day.visitors.stream().filter(v -> v.service == day.plan.service("A")).toList();
    List<Visitor> moved = ofA.stream().filter(v -> v.transferred).toList();
    assertThat((double) moved.size() / ofA.size()).isCloseTo(0.2, within(0.05));
    assertThat(moved)
        .allMatch(v -> v.ticket.service().equals("B") && v.ticket.transferCount() == 1)
        .allMatch(v -> v.ticket.status() == TicketStatus.DONE)
        .allMatch(v -> v.ticket.queuedAt().equals(v.ticket.issuedAt()));
  }

  @Test
  void shouldFollowTheArrivalRateHourByHour() {
    Scenario scenario =
        Offices.queueing(1, 1.0, 2, 180).toBuilder()
            .arrivals(List.of(new Arrival("A", "standard", List.of(20.0, 0.0, 60.0))))
            .build()
            .toBuilder()
            .runs(200, 3L, 0)
            .build();

    SimulationResult result = OfficeSimulator.run(scenario);

    assertThat(result.byHour().get(0).arrivals()).isCloseTo(20, within(1.0));
    assertThat(result.byHour().get(1).arrivals()).isZero();
    assertThat(result.byHour().get(2).arrivals()).isCloseTo(60, within(2.0));
  }

  @Test
  void shouldDrawLearnedServiceTimesOnlyFromWhatWasObserved() {
    Scenario learned =
        Offices.queueing(10, 1.0, 2, 240).toBuilder()
            .serviceMinutes(
                Map.of(
                    "A",
                    ServiceMinutes.empirical(
                        List.of(2.0, 3.0, 7.5), List.of(List.of(), List.of(20.0)))))
            .build();

    Day day = Offices.day(learned);

    Set<Double> hourZero = minutes(day, 0);
    Set<Double> hourOne = minutes(day, 1);
    assertThat(hourZero).isNotEmpty().isSubsetOf(Set.of(2.0, 3.0, 7.5));
    assertThat(hourOne).containsExactly(20.0);
  }

  @Test
  void shouldCountPeopleWaitingInEachZoneOfTheFloorPlan() {
    Scenario demo =
        new DemoOfficeScenario().atLoad(0.9, "WEIGHTED_AGING").toBuilder().runs(5, 1L, 0).build();

    SimulationResult result = OfficeSimulator.run(demo);

    for (var hour : result.byHour()) {
      assertThat(hour.zones()).containsOnlyKeys("zone-a", "zone-b");
      double inZones = hour.zones().values().stream().mapToDouble(z -> z.waitingAverage()).sum();
      assertThat(inZones).isCloseTo(hour.waitingAverage(), within(1e-9));
      assertThat(hour.zones().values()).allMatch(z -> z.waitingMax() <= hour.waitingMax());
    }
    assertThat(result.byHour().get(4).zones().get("zone-a").waitingAverage()).isPositive();
  }

  @Test
  void shouldRefuseABadScenarioNamingTheField() {
    Scenario good = Offices.queueing(10, 1.0, 1, 480);

    assertThatThrownBy(
            () -> good.toBuilder().arrivals(List.of(new Arrival("A", "vip", List.of(5.0)))).build())
        .isInstanceOf(ScenarioException.class)
        .extracting(e -> ((ScenarioException) e).field())
        .isEqualTo("arrivals[0].lane");
    assertThatThrownBy(
            () ->
                good.toBuilder()
                    .arrivals(List.of(new Arrival("A", "standard", List.of(100_000.0))))
                    .build())
        .isInstanceOf(ScenarioException.class)
        .extracting(e -> ((ScenarioException) e).field())
        .isEqualTo("replications");
    assertThatThrownBy(() -> good.toBuilder().zones(Map.of("Z", "zone-a")).build())
        .extracting(e -> ((ScenarioException) e).field())
        .isEqualTo("zones.Z");
    assertThatThrownBy(() -> good.toBuilder().strategy("LOUDEST_FIRST").build())
        .extracting(e -> ((ScenarioException) e).field())
        .isEqualTo("strategy");
  }

  private static Scenario twoServices() {
    return Offices.queueing(20, 4.0, 2, 480).toBuilder()
        .strategy("WEIGHTED_AGING")
        .runs(5, 7L, 0)
        .arrivals(
            List.of(
                new Arrival("A", "standard", List.of(20.0)),
                new Arrival("B", "standard", List.of(5.0))))
        .serviceMinutes(
            Map.of("A", ServiceMinutes.exponential(4.0), "B", ServiceMinutes.fixed(6.0)))
        .counters(
            List.of(
                CounterShift.allDay("c1", List.of("A"), null, 480),
                CounterShift.allDay("c2", List.of("A", "B"), null, 480),
                CounterShift.allDay("c3", List.of("B"), null, 480)))
        .build();
  }

  private static List<List<Object>> arrivals(Day day) {
    List<List<Object>> all = new ArrayList<>();
    for (Visitor v : day.visitors) {
      all.add(List.of(v.arrivedAt, v.ticket.number(), v.ticket.lane(), v.serviceSeconds));
    }
    return all;
  }

  private static double meanWait(Day day) {
    return day.visitors.stream().mapToDouble(Visitor::waitSeconds).average().orElseThrow();
  }

  private static Set<Double> minutes(Day day, int hour) {
    return day.visitors.stream()
        .filter(v -> (int) (v.arrivedAt / 3600) == hour)
        .map(v -> v.serviceSeconds / 60)
        .collect(Collectors.toSet());
  }
}
