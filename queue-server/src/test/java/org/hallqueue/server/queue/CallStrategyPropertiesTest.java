package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hallqueue.server.queue.Fixtures.OPENING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import java.util.stream.Stream;
import org.hallqueue.server.queue.SeededCases.Draws;
import org.hallqueue.server.queue.SeededCases.Seed;
import org.hallqueue.server.queue.SeededCases.SeedInFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules of the call strategies that must hold for every queue, each checked on many seeded random
 * cases (see {@link SeededCases}); a failing case is named by the seed that replays it.
 */
@ExtendWith(SeedInFailures.class)
class CallStrategyPropertiesTest {
  private static final List<String> LANE_CODES = List.of("standard", "elderly", "women", "migrant");
  private static final int SIMULATION_TRIES = 300;
  private static final int ORDER_TRIES = 500;
  private static final int AHEAD_TRIES = 1000;

  record Arrival(int offsetSeconds, String lane) {}

  record Outcome(Map<Long, Ticket> tickets, Map<Long, Instant> calledAt) {}

  /** A working day's arrivals, the counters' affinities and how often each counter calls. */
  record Day(List<Arrival> arrivals, List<String> counters, int intervalSeconds) {
    static Day drawn(Seed seed) {
      Draws draw = seed.draws();
      List<Arrival> arrivals =
          draw.listOf(1, 60, () -> new Arrival(draw.between(0, 4 * 3600), draw.oneOf(LANE_CODES)));
      return new Day(arrivals, affinities(draw), draw.between(30, 300));
    }

    Outcome simulated(CallStrategy strategy) {
      return simulate(strategy, arrivals, counters, intervalSeconds);
    }
  }

  static Stream<Seed> threeHundredCases() {
    return SeededCases.seeds(SIMULATION_TRIES);
  }

  static Stream<Seed> fiveHundredCases() {
    return SeededCases.seeds(ORDER_TRIES);
  }

  static Stream<Seed> aThousandCases() {
    return SeededCases.seeds(AHEAD_TRIES);
  }

  private static List<String> affinities(Draws draw) {
    return draw.listOf(1, 3, () -> draw.oneOf("none", "elderly", "women", "migrant"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("threeHundredCases")
  void shouldCallEveryTicketExactlyOnce(Seed seed) {
    Outcome outcome = Day.drawn(seed).simulated(new WeightedAgingStrategy());

    assertThat(outcome.calledAt().keySet()).isEqualTo(outcome.tickets().keySet());
  }

  /**
   * No starvation: with counters calling every interval, a ticket is called at the latest one
   * interval per ticket still waiting at its deadline (issued before it) after its lane's cap has
   * run out, plus one.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("threeHundredCases")
  void shouldCallEveryTicketWithinItsCapPlusOneIntervalPerTicketWaitingAtItsDeadline(Seed seed) {
    Day day = Day.drawn(seed);
    Outcome outcome = day.simulated(new WeightedAgingStrategy());

    assertThat(starvationBoundViolations(outcome, day.intervalSeconds())).isEmpty();
  }

  @Test
  void shouldKeepTheBoundThatStrictPriorityBreaks() {
    List<Arrival> arrivals = new ArrayList<>();
    arrivals.add(new Arrival(30, "standard"));
    for (int i = 0; i < 80; i++) {
      arrivals.add(new Arrival(60 + i * 100, "elderly"));
    }
    List<String> oneCounter = List.of("none");

    Outcome strict = simulate(new StrictPriorityStrategy(), arrivals, oneCounter, 120);
    Outcome fair = simulate(new WeightedAgingStrategy(), arrivals, oneCounter, 120);

    assertThat(starvationBoundViolations(strict, 120)).isNotEmpty();
    assertThat(starvationBoundViolations(fair, 120)).isEmpty();
  }

  /** Two of the fixture lanes with different weights, heavier first, in either draw order. */
  private static List<Lane> heavierAndLighter(Draws draw) {
    while (true) {
      Lane a = Fixtures.LANES.get(draw.oneOf(LANE_CODES));
      Lane b = Fixtures.LANES.get(draw.oneOf(LANE_CODES));
      if (a.weight() != b.weight()) {
        return a.weight() > b.weight() ? List.of(a, b) : List.of(b, a);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fiveHundredCases")
  void shouldCallAHeavierLaneSoonerForAnEqualWait(Seed seed) {
    Draws draw = seed.draws();
    int waitedSeconds = draw.between(0, 3 * 3600);
    List<Lane> lanes = heavierAndLighter(draw);
    Instant issued = OPENING.minusSeconds(waitedSeconds);
    Ticket lightTicket = Fixtures.waiting(1, lanes.get(1).code(), "A", issued);
    Ticket heavyTicket = Fixtures.waiting(2, lanes.get(0).code(), "A", issued);

    List<RankedTicket> order =
        new WeightedAgingStrategy()
            .rank(Fixtures.state(List.of(lightTicket, heavyTicket), OPENING), null);

    assertThat(order.get(0).ticket()).isEqualTo(heavyTicket);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("threeHundredCases")
  void shouldChooseTheSameTicketForAGivenStateAndTimeWhateverTheOrderOfTheQueue(Seed seed) {
    Draws draw = seed.draws();
    List<Integer> waits = draw.listOf(1, 40, () -> draw.between(0, 7200));
    Counter counter = counterWith(affinities(draw).get(0), 0);
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < waits.size(); i++) {
      tickets.add(
          Fixtures.waiting(
              i + 1,
              LANE_CODES.get(i % LANE_CODES.size()),
              "A",
              OPENING.minusSeconds(waits.get(i))));
    }
    List<Ticket> shuffled = draw.shuffled(tickets);
    CallStrategy strategy = new WeightedAgingStrategy();

    List<RankedTicket> first = strategy.rank(Fixtures.state(tickets, OPENING), counter);
    List<RankedTicket> again = strategy.rank(Fixtures.state(shuffled, OPENING), counter);

    assertThat(again).isEqualTo(first);
    assertThat(new CallNext(strategy).choose(Fixtures.state(shuffled, OPENING), counter))
        .isEqualTo(new CallNext(strategy).choose(Fixtures.state(tickets, OPENING), counter));
  }

  /** Every strategy, and the interface's default {@code ahead} (by ranking) for each order. */
  private static final List<CallStrategy> STRATEGIES =
      List.of(
          new WeightedAgingStrategy(),
          new FifoStrategy(),
          new StrictPriorityStrategy(),
          byRankingOnly(new WeightedAgingStrategy()),
          byRankingOnly(new FifoStrategy()),
          byRankingOnly(new StrictPriorityStrategy()));

  record Queued(String lane, long waitedMillis) {}

  /**
   * A random queue at {@code OPENING}: lanes with weights and caps from small sets (or not
   * configured, so the fallback lane applies), tickets that waited round times (often exactly a
   * cap) give or take a millisecond or a second, or any time up to two hours, or are queued up to
   * two minutes in the future; ids in random order against issue times. So tickets are overdue or
   * not, and tie on deadline, urgency and issue time.
   */
  static QueueState queue(Seed seed) {
    Draws draw = seed.draws();
    Map<String, Lane> lanes = new HashMap<>();
    for (String code : draw.shuffled(LANE_CODES).subList(0, draw.between(0, LANE_CODES.size()))) {
      double weight = draw.oneOf(0.5, 1.0, 1.5, 2.0);
      int cap = draw.oneOf(0, 5, 10, 30, 60);
      lanes.put(code, Fixtures.lane(code, weight, Duration.ofMinutes(cap)));
    }
    List<Queued> queued =
        draw.listOf(1, 40, () -> new Queued(draw.oneOf(LANE_CODES), waited(draw)));
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < queued.size(); i++) {
      Queued q = queued.get(i);
      tickets.add(Fixtures.waiting(i + 1, q.lane(), "A", OPENING.minusMillis(q.waitedMillis())));
    }
    return new QueueState(draw.shuffled(tickets), lanes, OPENING);
  }

  /** Four times in six a round wait with a jitter, else any wait up to two hours, or a future. */
  private static long waited(Draws draw) {
    int kind = draw.oneOf(0, 0, 0, 0, 1, 2);
    if (kind == 0) {
      long seconds = draw.oneOf(0L, 30L, 60L, 120L, 300L, 600L, 1800L, 1860L, 3600L, 5400L);
      return seconds * 1000 + draw.oneOf(0L, 0L, 0L, -1L, 1L, -1000L, 999L);
    }
    return kind == 1 ? draw.between(0L, 2 * 3_600_000L) : draw.between(-120_000L, 0L);
  }

  /**
   * {@code ahead} is exact: for every strategy and every waiting ticket, the number of tickets
   * before it in the office-wide ranking, whether overridden or by the default.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("aThousandCases")
  void shouldCountAsAheadExactlyTheTicketsBeforeItInTheOfficeWideRanking(Seed seed) {
    QueueState state = queue(seed);
    for (CallStrategy strategy : STRATEGIES) {
      String described =
          strategy.getClass().isAnonymousClass() ? strategy.toString() : strategy.name();
      assertThat(aheadMismatches(strategy, state)).as(described).isEmpty();
    }
  }

  private static List<String> aheadMismatches(CallStrategy strategy, QueueState state) {
    List<Ticket> ranked = strategy.rank(state, null).stream().map(RankedTicket::ticket).toList();
    List<String> mismatches = new ArrayList<>();
    List<LaneQueue> lanes = LaneQueue.of(state);
    QueueState listedLaneByLane =
        new QueueState(
            lanes.stream().flatMap(q -> q.tickets().stream()).toList(), state.lanes(), state.now());
    for (Ticket ticket : state.waiting()) {
      int ahead = strategy.ahead(state, ticket);
      if (ahead != ranked.indexOf(ticket)) {
        mismatches.add(
            ticket.number() + ": " + ahead + " ahead, ranked at " + ranked.indexOf(ticket));
      }
      int laneByLane = strategy.ahead(listedLaneByLane, ticket);
      if (laneByLane != ranked.indexOf(ticket)) {
        mismatches.add(
            ticket.number()
                + ": "
                + laneByLane
                + " ahead listed lane by lane, ranked at "
                + ranked.indexOf(ticket));
      }
      int byLane = strategy.ahead(lanes, state.now(), ticket);
      if (byLane != ranked.indexOf(ticket)) {
        mismatches.add(
            ticket.number()
                + ": "
                + byLane
                + " ahead by lane, ranked at "
                + ranked.indexOf(ticket));
      }
    }
    return mismatches;
  }

  /**
   * The queues the {@code ahead} property draws hold what makes it hard: without these case classes
   * it could pass on easy queues alone. Each must come up in at least 16 % of the cases (with the
   * base seed they come up in 23 % to 88 % of them).
   */
  @Test
  void shouldDrawOverdueTicketsAndEveryKindOfTieInAtLeastOneCaseInSix() {
    Map<String, Integer> seen = new LinkedHashMap<>();
    SeededCases.baseSeeds(AHEAD_TRIES)
        .map(seed -> caseClasses(queue(seed)))
        .forEach(
            classes -> classes.forEach((name, in) -> seen.merge(name, in ? 1 : 0, Integer::sum)));

    assertThat(seen).hasSize(7);
    assertThat(seen)
        .allSatisfy(
            (name, cases) ->
                assertThat(cases)
                    .as("%s in %s", name, seen)
                    .isGreaterThanOrEqualTo(AHEAD_TRIES * 16 / 100));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fiveHundredCases")
  void shouldCountAheadByLaneExactlyEvenInALaneOfNegativeWeight(Seed seed) {
    QueueState drawn = queue(seed);
    Map<String, Lane> lanes = new HashMap<>(drawn.lanes());
    lanes.put("women", Fixtures.lane("women", -1.5, Duration.ofMinutes(30)));
    QueueState state = new QueueState(drawn.waiting(), lanes, drawn.now());

    for (CallStrategy strategy : STRATEGIES) {
      assertThat(aheadMismatches(strategy, state)).as(strategy.name()).isEmpty();
    }
  }

  @Test
  void shouldRefuseToCountAheadByLaneOfATicketNoLaneHolds() {
    Ticket held = Fixtures.waiting(1, "standard", "A", OPENING.minusSeconds(60));
    Ticket elsewhere = Fixtures.waiting(2, "standard", "A", OPENING.minusSeconds(30));
    List<LaneQueue> lanes = LaneQueue.of(Fixtures.state(List.of(held), OPENING));

    for (CallStrategy strategy : STRATEGIES) {
      assertThatThrownBy(() -> strategy.ahead(lanes, OPENING, elsewhere))
          .as(strategy.name())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void shouldCatchAnAheadThatReadsTheClockAMillisecondEarly() {
    CallStrategy early =
        withAhead(
            new WeightedAgingStrategy(),
            (state, ticket) ->
                new WeightedAgingStrategy()
                    .ahead(
                        new QueueState(state.waiting(), state.lanes(), state.now().minusMillis(1)),
                        ticket));

    assertThat(seedsCatching(early)).isNotEmpty();
  }

  @Test
  void shouldCatchAnAheadThatForgetsTheFirstComeTieBreak() {
    CallStrategy untied =
        withAhead(
            new WeightedAgingStrategy(),
            (state, ticket) -> CallStrategy.countAhead(state, ticket, withoutTieBreak(state)));

    assertThat(seedsCatching(untied)).isNotEmpty();
  }

  private static List<Seed> seedsCatching(CallStrategy mutant) {
    return SeededCases.baseSeeds(AHEAD_TRIES)
        .filter(seed -> !aheadMismatches(mutant, queue(seed)).isEmpty())
        .toList();
  }

  /** The weighted aging office-wide order as its ranking gives it, but ties left unbroken. */
  private static Comparator<Ticket> withoutTieBreak(QueueState state) {
    Map<Long, RankedTicket> ranked = new HashMap<>();
    new WeightedAgingStrategy().rank(state, null).forEach(r -> ranked.put(r.ticket().id(), r));
    Comparator<Ticket> overdueFirst =
        Comparator.comparing((Ticket t) -> !isOverdue(ranked.get(t.id())));
    return overdueFirst.thenComparing(
        (a, b) ->
            isOverdue(ranked.get(a.id()))
                ? deadline(a, state).compareTo(deadline(b, state))
                : Double.compare(
                    ranked.get(b.id()).reason().urgency(), ranked.get(a.id()).reason().urgency()));
  }

  private static boolean isOverdue(RankedTicket ranked) {
    return ranked.reason().rule().equals("CAP_EXCEEDED");
  }

  private static Instant deadline(Ticket ticket, QueueState state) {
    return ticket.queuedAt().plus(state.laneOf(ticket).maxWait());
  }

  /** What the queue holds, by case class, so that the property cannot pass on easy queues alone. */
  private static Map<String, Boolean> caseClasses(QueueState state) {
    List<RankedTicket> ranked = new WeightedAgingStrategy().rank(state, null);
    List<Ticket> overdue = new ArrayList<>();
    List<RankedTicket> onTime = new ArrayList<>();
    for (RankedTicket r : ranked) {
      if (isOverdue(r)) {
        overdue.add(r.ticket());
      } else {
        onTime.add(r);
      }
    }
    Map<String, Boolean> labels = new LinkedHashMap<>();
    labels.put("overdue and on-time tickets", !overdue.isEmpty() && !onTime.isEmpty());
    labels.put("a ticket waited exactly its cap", ranked.stream().anyMatch(r -> atCap(r, state)));
    labels.put(
        "overdue tickets with equal deadlines",
        hasDuplicates(overdue.stream().map(t -> deadline(t, state))));
    labels.put(
        "on-time tickets with equal urgency",
        hasDuplicates(onTime.stream().map(r -> r.reason().urgency())));
    labels.put(
        "equal urgency from different lanes",
        onTime.stream()
            .anyMatch(
                a ->
                    onTime.stream()
                        .anyMatch(
                            b ->
                                a.reason().urgency() == b.reason().urgency()
                                    && a.reason().weight() != b.reason().weight())));
    labels.put(
        "tickets issued at the same instant",
        hasDuplicates(state.waiting().stream().map(Ticket::queuedAt)));
    labels.put(
        "a lane that is not configured",
        state.waiting().stream().anyMatch(t -> !state.lanes().containsKey(t.lane())));
    return labels;
  }

  private static boolean atCap(RankedTicket r, QueueState state) {
    return r.ticket().waitedAt(state.now()).equals(state.laneOf(r.ticket()).maxWait());
  }

  private static boolean hasDuplicates(Stream<?> values) {
    Set<Object> seen = new HashSet<>();
    return !values.allMatch(seen::add);
  }

  @Test
  void shouldRefuseToCountAheadOfATicketThatDoesNotWaitInTheState() {
    Ticket waiting = Fixtures.waiting(1, "standard", "A", OPENING);
    Ticket other = Fixtures.waiting(2, "standard", "A", OPENING);
    for (CallStrategy strategy : STRATEGIES) {
      assertThatThrownBy(() -> strategy.ahead(Fixtures.state(List.of(waiting), OPENING), other))
          .as(strategy.toString())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** The strategy's order with the interface's default {@code ahead}, which ranks the state. */
  private static CallStrategy byRankingOnly(CallStrategy strategy) {
    return withAhead(strategy, null);
  }

  /**
   * The strategy's order with another {@code ahead}, or the interface's default when {@code ahead}
   * is null.
   */
  private static CallStrategy withAhead(
      CallStrategy strategy, ToIntBiFunction<QueueState, Ticket> ahead) {
    return new CallStrategy() {
      @Override
      public String name() {
        return strategy.name();
      }

      @Override
      public List<RankedTicket> rank(QueueState state, Counter counter) {
        return strategy.rank(state, counter);
      }

      @Override
      public int ahead(QueueState state, Ticket ticket) {
        return ahead == null
            ? CallStrategy.super.ahead(state, ticket)
            : ahead.applyAsInt(state, ticket);
      }

      @Override
      public String toString() {
        return strategy.name()
            + (ahead == null ? " (default ahead, by ranking)" : " (other ahead)");
      }
    };
  }

  private static List<String> starvationBoundViolations(Outcome outcome, int intervalSeconds) {
    List<String> violations = new ArrayList<>();
    for (Ticket t : outcome.tickets().values()) {
      Instant deadline = t.queuedAt().plus(Fixtures.LANES.get(t.lane()).maxWait());
      long waitingAtDeadline =
          outcome.tickets().values().stream()
              .filter(u -> u.id() != t.id())
              .filter(u -> !u.queuedAt().isAfter(deadline))
              .filter(u -> outcome.calledAt().get(u.id()).isAfter(deadline))
              .count();
      Instant bound = deadline.plusSeconds(intervalSeconds * (waitingAtDeadline + 1));
      Instant called = outcome.calledAt().get(t.id());
      if (called.isAfter(bound)) {
        violations.add(t.number() + " called " + called + " after bound " + bound);
      }
    }
    return violations;
  }

  /** Counters call once each per interval until every arrival has been called. */
  private static Outcome simulate(
      CallStrategy strategy, List<Arrival> arrivals, List<String> affinities, int interval) {
    List<Arrival> sorted = new ArrayList<>(arrivals);
    sorted.sort((x, y) -> Integer.compare(x.offsetSeconds(), y.offsetSeconds()));
    Map<Long, Ticket> all = new HashMap<>();
    Map<Long, Instant> calledAt = new HashMap<>();
    List<Ticket> waiting = new ArrayList<>();
    List<Counter> counters = new ArrayList<>();
    for (int i = 0; i < affinities.size(); i++) {
      counters.add(counterWith(affinities.get(i), i));
    }
    Set<Long> called = new HashSet<>();
    int next = 0;
    for (long tick = 0; next < sorted.size() || !waiting.isEmpty(); tick++) {
      Instant now = OPENING.plusSeconds(tick * interval);
      while (next < sorted.size()
          && !OPENING.plusSeconds(sorted.get(next).offsetSeconds()).isAfter(now)) {
        Arrival a = sorted.get(next++);
        Ticket t = Fixtures.waiting(next, a.lane(), "A", OPENING.plusSeconds(a.offsetSeconds()));
        all.put(t.id(), t);
        waiting.add(t);
      }
      for (Counter c : counters) {
        var choice = new CallNext(strategy).choose(Fixtures.state(waiting, now), c);
        if (choice.isPresent()) {
          Ticket t = choice.get().ticket();
          assertThat(called.add(t.id())).as("ticket %s called twice", t.number()).isTrue();
          calledAt.put(t.id(), now);
          waiting.remove(t);
        }
      }
      assertThat(tick).as("simulation runs away").isLessThan(100_000);
    }
    return new Outcome(all, calledAt);
  }

  private static Counter counterWith(String affinity, int index) {
    return Fixtures.counter(
        "counter-" + (index + 1), affinity.equals("none") ? null : affinity, "A");
  }
}
