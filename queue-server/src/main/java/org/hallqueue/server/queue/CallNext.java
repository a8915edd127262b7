package org.hallqueue.server.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Call-next, the whole rule in one place. A clerk presses "call next" at a counter:
 *
 * <ol>
 *   <li>A counter that is not open calls no one (it is paused or closed: open it first).
 *   <li>A visitor called but not yet started holds the counter: the clerk starts, recalls, marks
 *       no-show or transfers that ticket first. A visit still being served is completed.
 *   <li>Only the tickets of the services the counter serves are candidates ({@link #servable}, the
 *       one place this filter is written).
 *   <li>The office's {@link CallStrategy} orders the candidates for this counter (its affinity
 *       lane, each lane's weight and cap, aging: see {@link WeightedAgingStrategy}); the first is
 *       called, and the reason records how many earlier-issued tickets it went before.
 * </ol>
 *
 * Pure: the same counter, tickets and time give the same outcome, so the live server and the
 * simulator decide alike.
 */
public final class CallNext {

  /** What pressing "call next" decided. */
  public sealed interface Outcome {}

  /**
   * The counter calls {@code called}; {@code completed} is the visit it finished first, or null.
   */
  public record Called(Ticket called, CallReason reason, Ticket completed) implements Outcome {}

  /** No ticket this counter serves is waiting; {@code completed} as for {@link Called}. */
  public record NothingWaiting(Ticket completed) implements Outcome {}

  /** Nothing changes; {@code reason} is the sentence the clerk reads. */
  public record Refused(String reason) implements Outcome {}

  private final CallStrategy strategy;

  public CallNext(CallStrategy strategy) {
    this.strategy = strategy;
  }

  public CallStrategy strategy() {
    return strategy;
  }

  /**
   * @param counter the counter whose clerk pressed "call next"
   * @param current the ticket that counter has called or is serving, or null
   * @param waiting the waiting tickets (of any service) at the state's time
   */
  public Outcome decide(Counter counter, Ticket current, QueueState waiting) {
    if (counter.status() != CounterStatus.OPEN) {
      return new Refused(
          "counter " + counter.number() + " is " + counter.status() + "; open it first");
    }
    Instant now = waiting.now();
    Ticket completed = null;
    if (current != null) {
      if (current.status() == TicketStatus.CALLED) {
        return new Refused(
            "ticket "
                + current.number()
                + " was called and not started; start it, recall it, mark it no-show"
                + " or transfer it first");
      }
      Transition completion = current.complete(now);
      if (completion instanceof Transition.Refused refused) {
        return new Refused(refused.reason());
      }
      completed = completion.next();
    }
    Optional<RankedTicket> choice = choose(waiting, counter);
    if (choice.isEmpty()) {
      return new NothingWaiting(completed);
    }
    RankedTicket first = choice.get();
    return new Called(first.ticket().call(counter.id(), now).next(), first.reason(), completed);
  }

  /** The waiting tickets of the services this counter serves. */
  public static QueueState servable(QueueState state, Counter counter) {
    List<Ticket> mine = state.waiting().stream().filter(t -> counter.serves(t.service())).toList();
    return mine.size() == state.waiting().size()
        ? state
        : new QueueState(mine, state.lanes(), state.now());
  }

  /**
   * The ticket {@link #choose} would choose, without its reason (the {@link WaitForecast}'s replay
   * asks this hundreds of times for one estimate).
   */
  Optional<Ticket> chooseTicket(QueueState state, Counter counter) {
    List<RankedTicket> ranked = strategy.rank(servable(state, counter), counter);
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).ticket());
  }

  /**
   * The ticket the counter should call now, if any waits for a service it serves: the first in the
   * strategy's order for this counter, its reason counting the earlier-issued tickets it passes.
   */
  public Optional<RankedTicket> choose(QueueState state, Counter counter) {
    QueueState candidates = servable(state, counter);
    List<RankedTicket> ranked = strategy.rank(candidates, counter);
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    RankedTicket first = ranked.get(0);
    long passedOver =
        candidates.waiting().stream()
            .filter(t -> CallStrategy.FIRST_COME.compare(t, first.ticket()) < 0)
            .count();
    return Optional.of(
        new RankedTicket(first.ticket(), first.reason().withAheadOfEarlier((int) passedOver)));
  }
}
