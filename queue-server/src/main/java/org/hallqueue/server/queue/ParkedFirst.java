package org.hallqueue.server.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Puts the tickets back from a park at the front of their service, before whatever the office's
 * strategy would call, in the order they came back; the rest in the strategy's own order. The
 * visitor already waited their turn once and was sent away only to fetch a paper.
 */
public final class ParkedFirst implements CallStrategy {
  static final String RULE = "BACK_FROM_PARK";

  private static final Comparator<Ticket> BY_RETURN =
      Comparator.comparing((Ticket t) -> t.park().until()).thenComparing(FIRST_COME);

  private final CallStrategy strategy;
  private final BooleanSupplier anyBack;

  public ParkedFirst(CallStrategy strategy) {
    this(strategy, () -> true);
  }

  /**
   * @param anyBack false only when no ticket anywhere in the office is back from a park (the store
   *     counts them), so the queue held per lane need not be searched for one
   */
  public ParkedFirst(CallStrategy strategy, BooleanSupplier anyBack) {
    this.strategy = strategy;
    this.anyBack = anyBack;
  }

  /** Whether a ticket of the lanes is back from a park. */
  private boolean anyBack(List<LaneQueue> lanes) {
    if (!anyBack.getAsBoolean()) {
      return false;
    }
    for (LaneQueue q : lanes) {
      for (Ticket t : q.tickets()) {
        if (t.isBackFromPark()) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String name() {
    return strategy.name();
  }

  @Override
  public List<RankedTicket> rank(QueueState state, Counter counter) {
    List<Ticket> back = back(state);
    if (back.isEmpty()) {
      return strategy.rank(state, counter);
    }
    List<RankedTicket> ranked = new ArrayList<>();
    for (Ticket ticket : back) {
      ranked.add(new RankedTicket(ticket, CallStrategy.reason(state, ticket, name(), RULE, 0)));
    }
    ranked.addAll(strategy.rank(others(state), counter));
    return ranked;
  }

  /** The tickets back from a park first, in the order they came back; then the strategy's. */
  @Override
  public Comparator<Ticket> withinLane() {
    Comparator<Ticket> inner = strategy.withinLane();
    return (a, b) -> {
      boolean backA = a.isBackFromPark();
      if (backA != b.isBackFromPark()) {
        return backA ? -1 : 1;
      }
      return backA ? BY_RETURN.compare(a, b) : inner.compare(a, b);
    };
  }

  /**
   * First come within a lane as the strategy's, while no ticket of the lanes is back from a park.
   */
  @Override
  public boolean firstComeWithin(List<LaneQueue> lanes) {
    return !anyBack(lanes) && strategy.firstComeWithin(lanes);
  }

  /** With no ticket back from a park, the strategy's own order. */
  @Override
  public CallStrategy firstComeOrder() {
    return strategy.firstComeOrder();
  }

  /** The strategy's count by lane when no ticket is back from a park, else the one above. */
  @Override
  public int ahead(List<LaneQueue> lanes, Instant now, Ticket ticket) {
    return anyBack(lanes)
        ? CallStrategy.super.ahead(lanes, now, ticket)
        : strategy.ahead(lanes, now, ticket);
  }

  @Override
  public int ahead(QueueState state, Ticket ticket) {
    List<Ticket> back = back(state);
    if (back.isEmpty()) {
      return strategy.ahead(state, ticket);
    }
    if (ticket.isBackFromPark()) {
      return CallStrategy.countAhead(
          new QueueState(back, state.lanes(), state.now()), ticket, BY_RETURN);
    }
    return back.size() + strategy.ahead(others(state), ticket);
  }

  private static List<Ticket> back(QueueState state) {
    List<Ticket> back = new ArrayList<>();
    for (Ticket t : state.waiting()) {
      if (t.isBackFromPark()) {
        back.add(t);
      }
    }
    back.sort(BY_RETURN);
    return back;
  }

  private static QueueState others(QueueState state) {
    return new QueueState(
        state.waiting().stream().filter(t -> !t.isBackFromPark()).toList(),
        state.lanes(),
        state.now());
  }
}
