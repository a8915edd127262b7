package org.hallqueue.server.queue;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hallqueue.server.queue.Fixtures.OPENING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** Rules of the default call strategy that must hold for every queue. */
class CallStrategyPropertiesTest {
  private static final List<String> LANE_CODES = List.of("standard", "elderly", "women", "migrant");

  record Arrival(int offsetSeconds, String lane) {}

  record Outcome(Map<Long, Ticket> tickets, Map<Long, Instant> calledAt) {}

  @Provide
  Arbitrary<List<Arrival>> arrivals() {
    Arbitrary<Arrival> arrival =
        Combinators.combine(Arbitraries.integers().between(0, 4 * 3600), Arbitraries.of(LANE_CODES))
            .as(Arrival::new);
    return arrival.list().ofMinSize(1).ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<String>> affinities() {
    return Arbitraries.of("none", "elderly", "women", "migrant").list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 300)
  void aTicketIsNeverCalledTwiceAndEveryTicketIsCalled(
      @ForAll("arrivals") List<Arrival> arrivals,
      @ForAll("affinities") List<String> counters,
      @ForAll @IntRange(min = 30, max = 300) int intervalSeconds) {
    Outcome outcome = simulate(new WeightedAgingStrategy(), arrivals, counters, intervalSeconds);

    assertThat(outcome.calledAt().keySet()).isEqualTo(outcome.tickets().keySet());
  }

  /**
   * No starvation: with counters calling every interval, a ticket is called at the latest one
   * interval per ticket still waiting at its deadline (issued before it) after its lane's cap has
   * run out, plus one.
   */
  @Property(tries = 300)
  void everyTicketIsCalledWithinItsCapPlusOneIntervalPerTicketWaitingAtItsDeadline(
      @ForAll("arrivals") List<Arrival> arrivals,
      @ForAll("affinities") List<String> counters,
      @ForAll @IntRange(min = 30, max = 300) int intervalSeconds) {
    Outcome outcome = simulate(new WeightedAgingStrategy(), arrivals, counters, intervalSeconds);

    assertThat(starvationBoundViolations(outcome, intervalSeconds)).isEmpty();
  }

  @Example
  void strictPriorityBreaksTheBoundThatWeightedAgingKeeps() {
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

  @Property(tries = 500)
  void aHeavierLaneIsCalledSoonerForAnEqualWait(
      @ForAll @IntRange(min = 0, max = 3 * 3600) int waitedSeconds,
      @ForAll("laneCodes") String a,
      @ForAll("laneCodes") String b) {
    Lane heavy = Fixtures.LANES.get(a);
    Lane light = Fixtures.LANES.get(b);
    if (heavy.weight() <= light.weight()) {
      return;
    }
    Instant issued = OPENING.minusSeconds(waitedSeconds);
    Ticket lightTicket = Fixtures.waiting(1, light.code(), "A", issued);
    Ticket heavyTicket = Fixtures.waiting(2, heavy.code(), "A", issued);

    List<RankedTicket> order =
        new WeightedAgingStrategy()
            .rank(Fixtures.state(List.of(lightTicket, heavyTicket), OPENING), null);

    assertThat(order.get(0).ticket()).isEqualTo(heavyTicket);
  }

  @Provide
  Arbitrary<String> laneCodes() {
    return Arbitraries.of(LANE_CODES);
  }

  @Property(tries = 300)
  void theChoiceIsDeterministicForAGivenStateAndTime(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 7200) Integer> waits,
      @ForAll("affinities") List<String> affinity,
      @ForAll long shuffleSeed) {
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < waits.size(); i++) {
      tickets.add(
          Fixtures.waiting(
              i + 1,
              LANE_CODES.get(i % LANE_CODES.size()),
              "A",
              OPENING.minusSeconds(waits.get(i))));
    }
    List<Ticket> shuffled = new ArrayList<>(tickets);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    Counter counter = counterWith(affinity.get(0), 0);
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
   * Random queues at {@code OPENING}: lanes with weights and caps from small sets (or not
   * configured, so the fallback lane applies), tickets that waited round times (often exactly a
   * cap) give or take a millisecond or a second, or any time up to two hours, or are queued up to
   * two minutes in the future; ids in random order against issue times. So tickets are overdue or
   * not, and tie on deadline, urgency and issue time.
   */
  @Provide
  Arbitrary<QueueState> queues() {
    Arbitrary<Lane> lane =
        Combinators.combine(
                Arbitraries.of(LANE_CODES),
                Arbitraries.of(0.5, 1.0, 1.5, 2.0),
                Arbitraries.of(0, 5, 10, 30, 60))
            .as((code, weight, cap) -> Fixtures.lane(code, weight, Duration.ofMinutes(cap)));
    Arbitrary<Map<String, Lane>> lanes =
        lane.list()
            .ofMaxSize(LANE_CODES.size())
            .uniqueElements(Lane::code)
            .map(list -> list.stream().collect(toMap(Lane::code, l -> l)));
    Arbitrary<Long> roundSeconds =
        Combinators.combine(
                Arbitraries.of(0L, 30L, 60L, 120L, 300L, 600L, 1800L, 1860L, 3600L, 5400L),
                Arbitraries.of(0L, 0L, 0L, -1L, 1L, -1000L, 999L))
            .as((seconds, jitter) -> seconds * 1000 + jitter);
    Arbitrary<Long> waited =
        Arbitraries.frequencyOf(
            Tuple.of(4, roundSeconds),
            Tuple.of(1, Arbitraries.longs().between(0, 2 * 3_600_000)),
            Tuple.of(1, Arbitraries.longs().between(-120_000, 0)));
    Arbitrary<List<Ticket>> tickets =
        Combinators.combine(Arbitraries.of(LANE_CODES), waited)
            .as(Queued::new)
            .list()
            .ofMinSize(1)
            .ofMaxSize(40)
            .map(
                queued -> {
                  List<Ticket> list = new ArrayList<>();
                  for (int i = 0; i < queued.size(); i++) {
                    Queued q = queued.get(i);
                    list.add(
                        Fixtures.waiting(
                            i + 1, q.lane(), "A", OPENING.minusMillis(q.waitedMillis())));
                  }
                  return list;
                })
            .flatMap(Arbitraries::shuffle);
    return Combinators.combine(tickets, lanes)
        .as((waiting, configured) -> new QueueState(waiting, configured, OPENING));
  }

  /**
   * {@code ahead} is exact: for every strategy and every waiting ticket, the number of tickets
   * before it in the office-wide ranking, whether overridden or by the default.
   */
  @Property(tries = 1000)
  void aheadIsTheTicketsIndexInTheOfficeWideRanking(@ForAll("queues") QueueState state) {
    for (CallStrategy strategy : STRATEGIES) {
      List<Ticket> ranked = strategy.rank(state, null).stream().map(RankedTicket::ticket).toList();
      List<String> numbers = ranked.stream().map(Ticket::number).toList();
      for (Ticket ticket : state.waiting()) {
        assertThat(strategy.ahead(state, ticket))
            .as("%s: tickets ahead of %s in %s", strategy.name(), ticket.number(), numbers)
            .isEqualTo(ranked.indexOf(ticket));
      }
    }
    collectTies(state);
  }

  /** Labels what the queue holds, so that the property cannot pass on easy queues alone. */
  private static void collectTies(QueueState state) {
    List<RankedTicket> ranked = new WeightedAgingStrategy().rank(state, null);
    List<Ticket> overdue = new ArrayList<>();
    List<RankedTicket> onTime = new ArrayList<>();
    for (RankedTicket r : ranked) {
      if (r.reason().rule().equals("CAP_EXCEEDED")) {
        overdue.add(r.ticket());
      } else {
        onTime.add(r);
      }
    }
    Map<String, Boolean> labels = new java.util.LinkedHashMap<>();
    labels.put("overdue and on-time tickets", !overdue.isEmpty() && !onTime.isEmpty());
    labels.put("a ticket waited exactly its cap", ranked.stream().anyMatch(r -> atCap(r, state)));
    labels.put(
        "overdue tickets with equal deadlines",
        hasDuplicates(overdue.stream().map(t -> t.queuedAt().plus(state.laneOf(t).maxWait()))));
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
    labels.forEach((label, seen) -> Statistics.label(label).collect(seen));
    labels
        .keySet()
        .forEach(
            label ->
                Statistics.label(label)
                    .coverage(coverage -> coverage.check(true).percentage(p -> p >= 5)));
  }

  private static boolean atCap(RankedTicket r, QueueState state) {
    return r.ticket().waitedAt(state.now()).equals(state.laneOf(r.ticket()).maxWait());
  }

  private static boolean hasDuplicates(java.util.stream.Stream<?> values) {
    Set<Object> seen = new HashSet<>();
    return !values.allMatch(seen::add);
  }

  @Example
  void aheadRefusesATicketThatDoesNotWaitInTheState() {
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
      public String toString() {
        return strategy.name() + " (default ahead, by ranking)";
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
