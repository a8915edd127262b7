package org.hallqueue.server.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the waiting tickets for a counter; {@link CallNext} calls the first. Implementations are
 * pure and deterministic: the same state, counter and time always give the same answer (ties fall
 * to the earlier issue time, then the lower id).
 */
public interface CallStrategy {

  /** The name managers select in configuration and see in audit reasons. */
  String name();

  /**
   * The waiting tickets in the order this strategy would call them.
   *
   * @param counter the calling counter, or {@code null} for the office-wide order (no affinity, all
   *     services)
   */
  List<RankedTicket> rank(QueueState state, Counter counter);

  /**
   * How many of the state's waiting tickets this strategy would call before {@code ticket} in the
   * office-wide order: always the ticket's index in {@code rank(state, null)}. The default ranks
   * the whole state; a strategy whose office-wide order compares two tickets on their own overrides
   * it to count, in linear time, the tickets it orders before this one (see {@link #countAhead}).
   *
   * @param ticket one of the state's waiting tickets (tickets are told apart by id)
   * @throws IllegalArgumentException if no waiting ticket of the state has the ticket's id
   */
  default int ahead(QueueState state, Ticket ticket) {
    List<RankedTicket> ranked = rank(state, null);
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i).ticket().id() == ticket.id()) {
        return i;
      }
    }
    throw notWaiting(ticket);
  }

  /**
   * {@link #ahead(QueueState, Ticket)} for a queue held per lane, each lane in first-come order:
   * the same count. The default gathers the lanes into one state; the strategies here override it
   * to count with one binary search per lane, in O(lanes · log n), because their office-wide order
   * keeps each lane's tickets in first-come order and puts those before the ticket first.
   *
   * @param ticket one of the lanes' tickets, as they hold it (same id, lane and issue time)
   * @throws IllegalArgumentException if no lane holds the ticket
   */
  default int ahead(List<LaneQueue> lanes, Instant now, Ticket ticket) {
    own(lanes, ticket);
    List<Ticket> all = new ArrayList<>();
    Map<String, Lane> byCode = new HashMap<>();
    for (LaneQueue q : lanes) {
      all.addAll(q.tickets());
      byCode.put(q.lane().code(), q.lane());
    }
    return ahead(new QueueState(all, byCode, now), ticket);
  }

  /**
   * The lane queue that holds the ticket.
   *
   * @throws IllegalArgumentException if none does
   */
  static LaneQueue own(List<LaneQueue> lanes, Ticket ticket) {
    LaneQueue own = LaneQueue.holding(lanes, ticket);
    if (own == null) {
      throw notWaiting(ticket);
    }
    return own;
  }

  /**
   * The order in which this strategy calls the tickets of one service and lane, whatever the
   * counter, its affinity, the caps and the time: {@link #FIRST_COME} for the strategies here. The
   * {@link WaitForecast} relies on it to replay only the first ticket of each service and lane
   * (checked for every strategy by {@code WithinLaneOrderTest}).
   */
  default Comparator<Ticket> withinLane() {
    return FIRST_COME;
  }

  /**
   * Whether {@link #withinLane} puts these lanes' tickets in first-come order, as they are held:
   * then a {@link WaitForecast} replays the lanes as they are, without sorting or grouping them.
   */
  default boolean firstComeWithin(List<LaneQueue> lanes) {
    return withinLane() == FIRST_COME;
  }

  /**
   * The strategy that puts any of the tickets of lanes for which {@link #firstComeWithin} holds in
   * the same order as this one (the reasons it gives may differ): this one, or for a rule that only
   * reorders tickets it finds there (back from a park, checked in), the strategy it wraps, which
   * need not look for them.
   */
  default CallStrategy firstComeOrder() {
    return this;
  }

  /** First come, first served; ties by id. */
  Comparator<Ticket> FIRST_COME =
      Comparator.comparing(Ticket::queuedAt).thenComparingLong(Ticket::id);

  /** Builds a strategy from its configured name. */
  static CallStrategy named(String name) {
    return switch (name.toUpperCase().replace('-', '_')) {
      case "WEIGHTED_AGING" -> new WeightedAgingStrategy();
      case "FIFO" -> new FifoStrategy();
      case "STRICT_PRIORITY" -> new StrictPriorityStrategy();
      default ->
          throw new IllegalArgumentException(
              "unknown call strategy '"
                  + name
                  + "'; choose WEIGHTED_AGING, FIFO or STRICT_PRIORITY");
    };
  }

  /** Ranks tickets by a comparator, all with the same rule name. */
  static List<RankedTicket> rankBy(
      QueueState state, Comparator<Ticket> order, String strategy, String rule) {
    List<Ticket> sorted = new ArrayList<>(state.waiting());
    sorted.sort(order);
    return sorted.stream()
        .map(t -> new RankedTicket(t, reason(state, t, strategy, rule, 0)))
        .toList();
  }

  /**
   * Counts the state's waiting tickets that {@code order} puts before {@code ticket}: its index in
   * the state sorted by {@code order}, for a comparator that is a strict total order on distinct
   * tickets (ending in {@link #FIRST_COME} makes it one).
   *
   * @throws IllegalArgumentException if no waiting ticket of the state has the ticket's id
   */
  static int countAhead(QueueState state, Ticket ticket, Comparator<Ticket> order) {
    int ahead = 0;
    boolean found = false;
    for (Ticket other : state.waiting()) {
      if (other.id() == ticket.id()) {
        found = true;
      } else if (order.compare(other, ticket) < 0) {
        ahead++;
      }
    }
    if (!found) {
      throw notWaiting(ticket);
    }
    return ahead;
  }

  private static IllegalArgumentException notWaiting(Ticket ticket) {
    return new IllegalArgumentException(
        "ticket " + ticket.id() + " (" + ticket.number() + ") is not waiting in this state");
  }

  static CallReason reason(
      QueueState state, Ticket ticket, String strategy, String rule, double urgency) {
    Lane lane = state.laneOf(ticket);
    return new CallReason(
        strategy,
        rule,
        ticket.lane(),
        ticket.waitedAt(state.now()).toSeconds(),
        lane.weight(),
        urgency,
        lane.maxWait().toSeconds(),
        0);
  }
}
