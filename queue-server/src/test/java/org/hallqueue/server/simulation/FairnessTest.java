package org.hallqueue.server.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hallqueue.server.simulation.SimulationResult.LaneResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lanes' promises, checked on the demo office at 85% load for 100 days (issue 12, section 6),
 * under the office's default WEIGHTED_AGING against FIFO on the same visitors (same seed, common
 * random numbers). The table is printed with the test output.
 *
 * <p>Who pays for priority: with the same work to do, the mean wait weighted by each lane's share
 * of visitors is the same under any order that keeps counters busy. If the priority lanes carry a
 * share {@code q} of the visitors and wait half as long as the standard lane, the standard lane
 * waits {@code 1 / (1 - q/2)} times what FIFO gives it: 1.18 times at q = 30%, 1.08 at q = 15%. The
 * two promises (priority p90 at most half the standard's, standard p90 at most 1.1 × FIFO's)
 * therefore hold together only while the priority lanes are a minority of about a sixth; the demo
 * demand has 15% (see {@link DemoOfficeScenario}), and the playbook shows a manager the same trade.
 *
 * <p>What a cap can promise: rule 1 of weighted aging calls an overdue ticket first, earliest
 * deadline first, but only when a counter serving its service becomes free. So a cap bounds the
 * wait only while the counters keep up (the demo's caps, 90/45/60/60 minutes, are set so they do at
 * 85% load); what holds on every day, even an overloaded one, is the order: once a ticket is
 * overdue, nobody issued after its deadline is called before it by a counter that could have called
 * it.
 */
class FairnessTest {
  private static final long SEED = 7L;
  private static final int DAYS = 100;
  private static final int OVERLOADED_DAYS = 10;
  private static final List<String> PRIORITY = List.of("elderly", "women", "migrant");
  private static final Scenario DEMO =
      new DemoOfficeScenario()
          .atLoad(0.85, "WEIGHTED_AGING").toBuilder().runs(DAYS, SEED, 0).build();
  private static final SimulationResult AGING = OfficeSimulator.run(DEMO);
  private static final SimulationResult FIFO =
      OfficeSimulator.run(DEMO.toBuilder().strategy("FIFO").build());

  @BeforeAll
  static void printTheTable() {
    System.out.println(table());
  }

  @Test
  void shouldGiveTheGreenChannelAtMostHalfTheStandardLanesP90Wait() {
    assertThat(p90(AGING, "elderly")).isLessThanOrEqualTo(0.5 * p90(AGING, "standard"));
  }

  @Test
  void shouldGiveEveryPriorityLaneAtMostHalfTheStandardLanesP90Wait() {
    for (String lane : PRIORITY) {
      assertThat(p90(AGING, lane)).as(lane).isLessThanOrEqualTo(0.5 * p90(AGING, "standard"));
    }
  }

  @Test
  void shouldKeepTheStandardLanesP90WithinATenthOfWhatFifoGivesIt() {
    assertThat(p90(AGING, "standard")).isLessThanOrEqualTo(1.1 * p90(FIFO, "standard"));
  }

  @Test
  void shouldCallNobodyAfterTheirLanesCap() {
    AGING
        .lanes()
        .forEach(
            (code, lane) ->
                assertThat(lane.maxWaitMinutes())
                    .as(code)
                    .isLessThanOrEqualTo(lane.targetMinutes()));
  }

  @Test
  void shouldCallAlmostEveryoneOfEveryLaneWithinItsCap() {
    AGING
        .lanes()
        .forEach(
            (code, lane) ->
                assertThat(lane.withinTargetShare()).as(code).isGreaterThanOrEqualTo(0.995));
  }

  @Test
  void shouldLetNobodyIssuedAfterAnOverdueTicketsDeadlineBeCalledBeforeIt() {
    // At 85% load nobody goes overdue any more; an overloaded day (more work than the counters
    // can do) makes many, and the order must hold for each of them.
    DayPlan plan =
        new DayPlan(
            new DemoOfficeScenario()
                .atLoad(1.1, "WEIGHTED_AGING").toBuilder().runs(OVERLOADED_DAYS, SEED, 0).build());
    int overdue = 0;
    for (int r = 0; r < OVERLOADED_DAYS; r++) {
      Day day = new Day(plan, r).run();
      for (Visitor late : day.visitors) {
        double deadline = late.arrivedAt + plan.targetSeconds[late.lane];
        if (late.calledAt <= deadline) {
          continue;
        }
        overdue++;
        for (Visitor other : day.visitors) {
          boolean passed =
              other.arrivedAt > deadline
                  && other.calledAt < late.calledAt
                  && counterServes(plan, other.ticket.counterId(), late.service);
          assertThat(passed)
              .as("day %d: %s passed overdue %s", r, other.ticket.number(), late.ticket.number())
              .isFalse();
        }
      }
    }
    assertThat(overdue).as("overdue tickets checked").isPositive();
  }

  private static boolean counterServes(DayPlan plan, String counterId, int service) {
    for (int c = 0; c < plan.counters.length; c++) {
      if (plan.counters[c].id().equals(counterId)) {
        for (int s : plan.counterServices[c]) {
          if (s == service) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static double p90(SimulationResult result, String lane) {
    return result.lanes().get(lane).p90WaitMinutes();
  }

  private static String table() {
    List<String> rows = new ArrayList<>();
    rows.add(
        String.format(
            Locale.ROOT,
            "Demo office, 85%% load, %d days, seed %d (minutes)%n%-9s %6s %4s | %8s %8s | %8s %8s"
                + " %8s %8s %9s",
            DAYS,
            SEED,
            "lane",
            "weight",
            "cap",
            "FIFO p90",
            "FIFO max",
            "WA mean",
            "WA p90",
            "WA max",
            "p90/std",
            "in cap"));
    double standard = p90(AGING, "standard");
    for (String code : List.of("standard", "elderly", "women", "migrant")) {
      LaneResult wa = AGING.lanes().get(code);
      LaneResult fifo = FIFO.lanes().get(code);
      rows.add(
          String.format(
              Locale.ROOT,
              "%-9s %6.1f %4.0f | %8.1f %8.1f | %8.1f %8.1f %8.1f %8.2f %8.2f%%",
              code,
              DEMO.lanes().get(code).weight(),
              wa.targetMinutes(),
              fifo.p90WaitMinutes(),
              fifo.maxWaitMinutes(),
              wa.meanWaitMinutes(),
              wa.p90WaitMinutes(),
              wa.maxWaitMinutes(),
              wa.p90WaitMinutes() / standard,
              100 * wa.withinTargetShare()));
    }
    return String.join(System.lineSeparator(), rows);
  }
}
