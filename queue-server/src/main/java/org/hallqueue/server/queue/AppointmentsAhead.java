package org.hallqueue.server.queue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The office's rule for visitors who booked and checked in: wraps the office's strategy. With the
 * rule on ({@code ahead}), a checked-in ticket is called before the walk-ins of its own service;
 * among themselves checked-in tickets keep the strategy's order, and the places of other services'
 * tickets do not change. A walk-in that has waited past its lane's cap ({@code CAP_EXCEEDED}) keeps
 * its place, so appointments cannot starve anyone. Every checked-in ticket's reason says {@value
 * #RULE}, so the call event and the queue show why (and screens can mark it).
 */
public final class AppointmentsAhead implements CallStrategy {
  public static final String RULE = "APPOINTMENT";

  private final CallStrategy inner;
  private final Predicate<Ticket> booked;
  private final BooleanSupplier ahead;
  private final BooleanSupplier anyBooked;

  /**
   * @param booked whether a ticket was given at an appointment's check-in
   * @param ahead whether the office calls such tickets ahead of walk-ins now
   */
  public AppointmentsAhead(CallStrategy inner, Predicate<Ticket> booked, BooleanSupplier ahead) {
    this(inner, booked, ahead, () -> true);
  }

  /**
   * @param anyBooked false only when no ticket at all was given at a check-in, so the queue held
   *     per lane need not be searched for one
   */
  public AppointmentsAhead(
      CallStrategy inner,
      Predicate<Ticket> booked,
      BooleanSupplier ahead,
      BooleanSupplier anyBooked) {
    this.inner = inner;
    this.booked = booked;
    this.ahead = ahead;
    this.anyBooked = anyBooked;
  }

  /** Whether a ticket of the lanes was given at a check-in. */
  private boolean anyBooked(List<LaneQueue> lanes) {
    if (!anyBooked.getAsBoolean()) {
      return false;
    }
    for (LaneQueue q : lanes) {
      for (Ticket t : q.tickets()) {
        if (booked.test(t)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public List<RankedTicket> rank(QueueState state, Counter counter) {
    List<RankedTicket> ranked = inner.rank(state, counter);
    if (ranked.stream().noneMatch(r -> booked.test(r.ticket()))) {
      return ranked;
    }
    if (!ahead.getAsBoolean()) {
      return ranked.stream().map(this::marked).toList();
    }
    Map<String, Deque<RankedTicket>> appointments = new HashMap<>();
    Map<String, Deque<RankedTicket>> walkIns = new HashMap<>();
    for (RankedTicket r : ranked) {
      if (booked.test(r.ticket())) {
        appointments.computeIfAbsent(r.ticket().service(), s -> new ArrayDeque<>()).add(marked(r));
      } else if (!overdue(r)) {
        walkIns.computeIfAbsent(r.ticket().service(), s -> new ArrayDeque<>()).add(r);
      }
    }
    List<RankedTicket> order = new ArrayList<>(ranked.size());
    for (RankedTicket r : ranked) {
      if (!booked.test(r.ticket()) && overdue(r)) {
        order.add(r);
        continue;
      }
      Deque<RankedTicket> first = appointments.get(r.ticket().service());
      order.add(
          first != null && !first.isEmpty()
              ? first.poll()
              : walkIns.get(r.ticket().service()).poll());
    }
    return order;
  }

  /**
   * Checked-in tickets before the walk-ins of their lane, when the rule is on. A walk-in past its
   * cap keeps its place ahead of them, which this order leaves out: the {@link WaitForecast}'s
   * replay may call such a walk-in a little late.
   */
  @Override
  public Comparator<Ticket> withinLane() {
    Comparator<Ticket> order = inner.withinLane();
    if (!ahead.getAsBoolean()) {
      return order;
    }
    return (a, b) -> {
      boolean bookedA = booked.test(a);
      if (bookedA != booked.test(b)) {
        return bookedA ? -1 : 1;
      }
      return order.compare(a, b);
    };
  }

  /** First come within a lane as the strategy's, unless checked-in tickets go first and wait. */
  @Override
  public boolean firstComeWithin(List<LaneQueue> lanes) {
    return !(ahead.getAsBoolean() && anyBooked(lanes)) && inner.firstComeWithin(lanes);
  }

  /** With no checked-in ticket waiting (or the rule off), the strategy's own order. */
  @Override
  public CallStrategy firstComeOrder() {
    return inner.firstComeOrder();
  }

  /** The strategy's count by lane while no checked-in ticket waits, else the full order's. */
  @Override
  public int ahead(List<LaneQueue> lanes, Instant now, Ticket ticket) {
    return anyBooked(lanes)
        ? CallStrategy.super.ahead(lanes, now, ticket)
        : inner.ahead(lanes, now, ticket);
  }

  /** With checked-in tickets waiting, the place comes from the full order; else as the strategy. */
  @Override
  public int ahead(QueueState state, Ticket ticket) {
    if (state.waiting().stream().noneMatch(booked)) {
      return inner.ahead(state, ticket);
    }
    return CallStrategy.super.ahead(state, ticket);
  }

  private static boolean overdue(RankedTicket r) {
    return "CAP_EXCEEDED".equals(r.reason().rule());
  }

  private RankedTicket marked(RankedTicket r) {
    CallReason why = r.reason();
    return new RankedTicket(
        r.ticket(),
        new CallReason(
            why.strategy(),
            RULE,
            why.lane(),
            why.waitedSeconds(),
            why.weight(),
            why.urgency(),
            why.capSeconds(),
            why.aheadOfEarlier()));
  }
}
