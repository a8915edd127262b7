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
    return doubling(32.0, 6.0);
  }

  /**
   * Visitors of one service in the standard lane (80%) and the elderly lane (20%), {@code base}
   * standard visitors an hour and twice that from 09:00 to 11:00; 14 counters to choose from.
   */
  private static Scenario doubling(double base, double meanMinutes) {
    List<Double> standard = new ArrayList<>();
    List<Double> elderly = new ArrayList<>();
    for (int h = 0; h < 8; h++) {
      double factor = h < 2 ? 2.0 : 1.0;
      standard.add(base * factor);
      elderly.add(base / 4 * factor);
    }
    List<CounterShift> counters = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      counters.add(CounterShift.allDay("c" + i, List.of("A"), null, 480));
    }
    return Scenario.builder()
        .runs(30, 11L, 0)
        .arrivals(
            List.of(new Arrival("A", "standard", standard), new Arrival("A", "elderly", elderly)))
        .serviceMinutes(Map.of("A", ServiceMinutes.exponential(meanMinutes)))
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
   * With 25-minute visits the queue of the peak outlasts it: per-hour Erlang C, held to the same
   * p90 target (20 minutes), staffs 11:00 for its own demand and misses the target then (found:
   * standard p90 27.9 minutes with 7 counters); the simulated plan opens one more counter at 11:00
   * and keeps every hour within the target.
   */
  @Test
  void shouldKeepTheHourAfterThePeakWithinTargetWherePerHourErlangCMissesIt() {
    Map<String, Double> twenty = Map.of("standard", 20.0, "elderly", 20.0);
    StaffingPlan plan = new StaffingPlanner(doubling(10.0, 25.0), twenty, d -> {}).plan();

    assertThat(plan.met()).isTrue();
    assertThat(plan.erlangCMet()).isFalse();
    assertThat(plan.erlangCMisses()).contains(2);
    StaffingPlan.Hour eleven = plan.hours().get(2);
    assertThat(eleven.erlangCP90WaitMinutes().get("standard")).isGreaterThan(20.0);
    assertThat(eleven.p90WaitMinutes().get("standard")).isLessThanOrEqualTo(20.0);
    assertThat(eleven.simulated()).isGreaterThan(eleven.erlangC());
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
