package org.hallqueue.server.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.queue.CallNext;
import org.hallqueue.server.queue.CallStrategy;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.KeptReplay;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.LaneQueue;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.queue.QueueState;
import org.hallqueue.server.queue.RankedTicket;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.hallqueue.server.queue.WaitEstimator;
import org.hallqueue.server.queue.WaitForecast;
import org.springframework.stereotype.Component;

/**
 * Reads the queue: the calling order, each waiting ticket's position within its service and its
 * forecast wait ({@link WaitForecast}, on mean service times from {@link WaitEstimator}).
 */
@Component
public class QueueInsight {
  private static final int RECENT_SAMPLES = 20;

  private final TicketStore tickets;
  private final CatalogStore catalog;
  private final CallStrategy strategy;
  private final WaitEstimator estimator = new WaitEstimator();
  private final Clock clock;

  /** The last replay of the wait forecast, kept for the next tickets (the writer thread's). */
  private final KeptReplay kept = new KeptReplay();

  public QueueInsight(
      TicketStore tickets, CatalogStore catalog, CallStrategy strategy, Clock clock) {
    this.tickets = tickets;
    this.catalog = catalog;
    this.strategy = strategy;
    this.clock = clock;
  }

  public QueueState state() {
    return new QueueState(tickets.waiting(), catalog.lanesByCode(), clock.instant());
  }

  /** Waiting tickets in calling order, for one counter (its services, its affinity) or all. */
  public List<TicketView> queue(Counter counter) {
    QueueState state = state();
    List<RankedTicket> ranked =
        counter == null
            ? strategy.rank(state, null)
            : strategy.rank(CallNext.servable(state, counter), counter);
    Map<Long, Duration> waits = new WaitForecast(strategy).forecastAll(office(state));
    Map<String, Integer> aheadByService = new java.util.HashMap<>();
    List<TicketView> views = new ArrayList<>();
    for (RankedTicket r : ranked) {
      int ahead = aheadByService.merge(r.ticket().service(), 1, Integer::sum) - 1;
      views.add(
          TicketView.of(r.ticket())
              .withPlace(ahead + 1, waits.get(r.ticket().id()).toSeconds())
              .withReason(r.reason()));
    }
    return views;
  }

  /**
   * The ticket's view with its position and estimated wait when it is waiting. The calling order
   * keeps each lane's tickets of the ticket's service in first-come order, so {@link
   * CallStrategy#ahead(List, Instant, Ticket)} counts those before it with a binary search per
   * lane.
   */
  public TicketView place(Ticket ticket) {
    TicketView view = TicketView.of(ticket);
    if (ticket.status() != TicketStatus.WAITING) {
      return view;
    }
    Instant now = clock.instant();
    List<LaneQueue> lanes = tickets.waitingByLane(ticket.service(), catalog.lanesByCode());
    // The queue's own copy of the ticket; if it was called meanwhile, it counts as last, as before.
    Ticket queued = queuedCopy(lanes, ticket);
    int ahead = queued == null ? LaneQueue.size(lanes) : strategy.ahead(lanes, now, queued);
    return view.withPlace(ahead + 1, forecast(ticket, now).toSeconds());
  }

  private static Ticket queuedCopy(List<LaneQueue> lanes, Ticket ticket) {
    if (LaneQueue.holding(lanes, ticket) != null) {
      return ticket;
    }
    for (LaneQueue q : lanes) {
      for (Ticket t : q.tickets()) {
        if (t.id() == ticket.id()) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * The ticket's wait as {@link WaitForecast} sees the whole office now, replaying the queues as
   * the store holds them per service and lane (no sorting or grouping of every waiting ticket). On
   * the writer thread, as a ticket is issued, the last replay is kept for the next tickets ({@link
   * KeptReplay}).
   */
  private Duration forecast(Ticket ticket, Instant now) {
    Map<String, Lane> lanes = catalog.lanesByCode();
    List<LaneQueue> queues = tickets.waitingQueues(lanes);
    long changes = tickets.waitingChanges();
    WaitForecast.Office office = office(new QueueState(List.of(), lanes, now), queues);
    WaitForecast forecast = new WaitForecast(strategy);
    return changes < 0
        ? forecast.forecast(ticket, office)
        : forecast.forecast(ticket, office, kept, changes);
  }

  private WaitForecast.Office office(QueueState state) {
    return office(state, null);
  }

  private WaitForecast.Office office(QueueState state, List<LaneQueue> queues) {
    Map<String, Duration> means = new java.util.HashMap<>();
    return new WaitForecast.Office(
        state,
        catalog.counters(),
        tickets.busyCounters(),
        service -> means.computeIfAbsent(service, this::meanServiceTime),
        queues);
  }

  private Duration meanServiceTime(String service) {
    Duration expected =
        catalog
            .service(service)
            .map(OfficeService::expectedServiceTime)
            .orElse(Duration.ofMinutes(10));
    return estimator.meanServiceTime(expected, tickets.recentServiceTimes(service, RECENT_SAMPLES));
  }

  Map<String, Lane> lanes() {
    return catalog.lanesByCode();
  }
}
