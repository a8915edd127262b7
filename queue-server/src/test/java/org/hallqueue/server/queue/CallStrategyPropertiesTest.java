package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;

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
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

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
    assertThat(strategy.choose(Fixtures.state(shuffled, OPENING), counter))
        .isEqualTo(strategy.choose(Fixtures.state(tickets, OPENING), counter));
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
        var choice = strategy.choose(Fixtures.state(waiting, now), c);
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
