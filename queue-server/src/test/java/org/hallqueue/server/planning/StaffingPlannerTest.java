package org.hallqueue.server.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.simulation.Arrival;
import org.hallqueue.server.simulation.CounterShift;
import org.hallqueue.server.simulation.Scenario;
import org.hallqueue.server.simulation.ServiceMinutes;
import org.junit.jupiter.api.Test;

class StaffingPlannerTest {
  private static final double TARGET = 10.0;

  /** One service, 6 minutes a visit; 40 visitors an hour, twice that from 09:00 to 11:00. */
  private static Scenario doublingFromNineToEleven() {
    List<Double> standard = List.of(64.0, 64.0, 32.0, 32.0, 32.0, 32.0, 32.0, 32.0);
    List<Double> elderly = List.of(16.0, 16.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0);
    List<CounterShift> counters = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      counters.add(CounterShift.allDay("c" + i, List.of("A"), null, 480));
    }
    return Scenario.builder()
        .runs(30, 11L, 0)
        .arrivals(
            List.of(new Arrival("A", "standard", standard), new Arrival("A", "elderly", elderly)))
        .serviceMinutes(Map.of("A", ServiceMinutes.exponential(6.0)))
        .counters(counters)
        .lanes(Map.of("standard", lane("standard", 1.0), "elderly", lane("elderly", 2.0)))
        .build();
  }

  private static Lane lane(String code, double weight) {
    return new Lane(
        code,
        Map.of("zh-CN", code, "en", code),
        Map.of(),
        weight,
        Duration.ofHours(1),
        true,
        true,
        0);
  }

  private static Map<String, Double> targets() {
    return Map.of("standard", TARGET, "elderly", TARGET);
  }

  @Test
  void shouldFindAPlanThatKeepsEveryLanesP90WithinItsTargetInEveryHour() {
    StaffingPlan plan = new StaffingPlanner(doublingFromNineToEleven(), targets(), d -> {}).plan();

    assertThat(plan.met()).isTrue();
    for (StaffingPlan.Hour h : plan.hours()) {
      assertThat(h.p90WaitMinutes().values())
          .allSatisfy(p90 -> assertThat(p90).isLessThanOrEqualTo(TARGET));
    }
    System.out.println("staffing, demand doubling 09-11:");
    plan.hours()
        .forEach(
            h ->
                System.out.printf(
                    "%s arrivals %.0f  erlangC %d (p90 %s)  simulated %d (p90 %s)%n",
                    h.clock(),
                    h.arrivals(),
                    h.erlangC(),
                    h.erlangCP90WaitMinutes(),
                    h.simulated(),
                    h.p90WaitMinutes()));
    System.out.println(
        "Erlang C plan misses hours "
            + plan.erlangCMisses()
            + "; simulations "
            + plan.simulations());
  }

  /**
   * What we found: per-hour Erlang C, held to the same p90 target, meets it on this day but asks
   * for more counter-hours than the simulated plan (it ignores the priority lanes and the spare
   * capacity of the hour before). Should it miss a target, the simulated plan must still meet it.
   */
  @Test
  void shouldMeetTheTargetsWithNoMoreCounterHoursThanErlangCWhereErlangCMeetsThem() {
    StaffingPlan plan = new StaffingPlanner(doublingFromNineToEleven(), targets(), d -> {}).plan();

    int simulated = plan.hours().stream().mapToInt(StaffingPlan.Hour::simulated).sum();
    int erlang = plan.hours().stream().mapToInt(StaffingPlan.Hour::erlangC).sum();
    assertThat(plan.met()).isTrue();
    if (plan.erlangCMet()) {
      assertThat(simulated).isLessThan(erlang);
    } else {
      assertThat(plan.erlangCMisses()).isNotEmpty();
    }
  }

  @Test
  void shouldStaffThePeakHoursMoreThanTheQuietOnes() {
    StaffingPlan plan = new StaffingPlanner(doublingFromNineToEleven(), targets(), d -> {}).plan();

    assertThat(plan.hours().get(0).simulated()).isGreaterThan(plan.hours().get(4).simulated());
    assertThat(plan.hours().get(0).erlangC()).isGreaterThan(plan.hours().get(4).erlangC());
  }

  @Test
  void shouldGiveTheSamePlanForTheSameScenarioAndSeed() {
    StaffingPlan first = new StaffingPlanner(doublingFromNineToEleven(), targets(), d -> {}).plan();
    StaffingPlan second =
        new StaffingPlanner(doublingFromNineToEleven(), targets(), d -> {}).plan();

    assertThat(second.hours()).isEqualTo(first.hours());
  }

  @Test
  void shouldOpenCountersOnlyInTheHoursThePlanSays() {
    StaffingPlan plan = new StaffingPlanner(doublingFromNineToEleven(), targets(), d -> {}).plan();

    for (StaffingPlan.Hour h : plan.hours()) {
      long open =
          plan.shifts().stream()
              .filter(
                  c ->
                      c.open().stream()
                          .anyMatch(i -> i.get(0) <= h.hour() * 60 && i.get(1) > h.hour() * 60))
              .count();
      assertThat(open).as("counters open at %s", h.clock()).isEqualTo(h.simulated());
    }
  }
}
