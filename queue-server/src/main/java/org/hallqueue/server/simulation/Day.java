package org.hallqueue.server.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.QueueState;
import org.hallqueue.server.queue.RankedTicket;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;

/**
 * One simulated office day, event by event. Calls are decided by the office's {@code CallStrategy}
 * on a {@link QueueState} of real {@link Ticket}s, exactly as a counter's call-next does live, and
 * every ticket moves by its own transitions (call, recall, start, complete, transferTo).
 */
final class Day {
  /** 09:00 in Asia/Shanghai on a Monday: only the ticket records' times depend on it. */
  static final Instant OPENING = Instant.parse("2026-01-05T01:00:00Z");

  final DayPlan plan;
  final List<Visitor> visitors = new ArrayList<>();
  final HourlyLoad load;
  final double[] busySeconds;
  final double[] openSeconds;
  final IssueEstimates estimates;

  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private final SplittableRandom[] arrivalRandom;
  private final SplittableRandom[] serviceRandom;
  private final SplittableRandom[] conductRandom;
  private final SplittableRandom[] transferRandom;
  private final SplittableRandom[] precheckRandom;
  private final List<List<Ticket>> waiting = new ArrayList<>();
  private final Map<String, Integer> waitingCounts = new HashMap<>();
  private final long[] sequences;
  private final List<Counter> counters;
  private final Visitor[] current;
  private final boolean[] open;
  private final boolean[] closing;
  private final boolean[] lastShift;
  private final double[] since;
  private final double[] idleSince;
  private long scheduled;
  private int waitingNow;
  private final int[] waitingByZone;
  private int busyNow;
  private double clock;

  Day(DayPlan plan, int replication) {
    this.plan = plan;
    RandomStreams streams = new RandomStreams(plan.scenario.seed());
    int n = plan.streamService.length;
    arrivalRandom = new SplittableRandom[n];
    serviceRandom = new SplittableRandom[n];
    conductRandom = new SplittableRandom[n];
    transferRandom = new SplittableRandom[n];
    precheckRandom = new SplittableRandom[n];
    for (int s = 0; s < n; s++) {
      String service = plan.services[plan.streamService[s]];
      String lane = plan.laneCodes[plan.streamLane[s]];
      arrivalRandom[s] = streams.stream(replication, "arrivals", service, lane);
      serviceRandom[s] = streams.stream(replication, "service-times", service, lane);
      conductRandom[s] = streams.stream(replication, "conduct", service, lane);
      transferRandom[s] = streams.stream(replication, "transfers", service, lane);
      precheckRandom[s] = streams.stream(replication, "precheck", service, lane);
    }
    for (int i = 0; i < plan.services.length; i++) {
      waiting.add(new ArrayList<>());
    }
    sequences = new long[plan.services.length];
    int c = plan.counters.length;
    counters = new ArrayList<>(Arrays.asList(plan.counters));
    current = new Visitor[c];
    open = new boolean[c];
    closing = new boolean[c];
    lastShift = new boolean[c];
    since = new double[c];
    idleSince = new double[c];
    busySeconds = new double[c];
    openSeconds = new double[c];
    load = new HourlyLoad(plan.hours, plan.zoneCodes.length);
    waitingByZone = new int[plan.zoneCodes.length];
    estimates = new IssueEstimates(plan);
  }

  Day run() {
    for (int s = 0; s < plan.streamService.length; s++) {
      scheduleArrival(s, 0.0);
    }
    for (int c = 0; c < counters.size(); c++) {
      double[] intervals = plan.openIntervals[c];
      for (int k = 0; k < intervals.length; k += 2) {
        schedule(intervals[k], Event.OPEN, c);
        schedule(intervals[k + 1], Event.CLOSE, c * 2 + (k + 2 >= intervals.length ? 1 : 0));
      }
    }
    Event e;
    while ((e = events.poll()) != null) {
      load.advance(clock, e.time, waitingNow, busyNow, waitingByZone);
      clock = e.time;
      switch (e.kind) {
        case Event.ARRIVAL -> arrive(e.ref);
        case Event.OPEN -> openCounter(e.ref);
        case Event.CLOSE -> closeCounterAtShiftEnd(e.ref / 2, e.ref % 2 == 1);
        case Event.END -> finish(e.ref);
        case Event.RECALL -> recall(e.ref);
        default -> throw new IllegalStateException("unknown event " + e.kind);
      }
    }
    return this;
  }

  private void arrive(int stream) {
    int service = plan.streamService[stream];
    String code = plan.services[service];
    Instant now = at(clock);
    Ticket ticket =
        Ticket.issued(
            visitors.size() + 1L,
            plan.number(service, ++sequences[service]),
            code,
            plan.laneCodes[plan.streamLane[stream]],
            "zh-CN",
            now,
            null);
    int hour = (int) (clock / 3600);
    double serviceSeconds = plan.samplers[service].draw(serviceRandom[stream], hour);
    Precheck precheck = plan.scenario.precheck();
    if (precheckRandom[stream].nextDouble() < precheck.share()) {
      serviceSeconds *= precheck.serviceTimeFactor();
    }
    double conduct = conductRandom[stream].nextDouble();
    double noShows = plan.scenario.noShowShare();
    SplittableRandom transfers = transferRandom[stream];
    int target = plan.transferTarget(service, transfers.nextDouble());
    double secondSeconds = target < 0 ? 0 : plan.samplers[target].draw(transfers, hour);
    Visitor v =
        new Visitor(
            ticket,
            clock,
            plan.streamLane[stream],
            service,
            serviceSeconds,
            conduct < noShows,
            conduct >= noShows && conduct < noShows + plan.scenario.recallShare(),
            target,
            secondSeconds);
    visitors.add(v);
    enqueue(v, service);
    estimates.atIssue(v, now, waiting, counters, current, since, waitingCounts, anyIdle(service));
    offer(service);
    scheduleArrival(stream, clock);
  }

  private void scheduleArrival(int stream, double from) {
    double[] rates = plan.ratePerSecond[stream];
    double t = from;
    while (t < plan.closeSeconds) {
      int hour = (int) (t / 3600);
      double rate = rates[hour];
      double segmentEnd = plan.rateChangesAt[stream][hour];
      if (rate > 0) {
        double next = t - Math.log(1.0 - arrivalRandom[stream].nextDouble()) / rate;
        if (next < segmentEnd) {
          schedule(next, Event.ARRIVAL, stream);
          return;
        }
      }
      t = segmentEnd;
    }
  }

  private void enqueue(Visitor v, int service) {
    v.queue = service;
    waiting.get(service).add(v.ticket);
    waitingCounts.merge(plan.services[service], 1, Integer::sum);
    waitingNow++;
    int zone = plan.serviceZone[service];
    if (zone >= 0) {
      waitingByZone[zone]++;
    }
    load.waiting(clock, waitingNow, zone, zone >= 0 ? waitingByZone[zone] : 0);
  }

  /** A new ticket of the service: the counter idle longest among those that serve it calls. */
  private void offer(int service) {
    int best = -1;
    for (int c = 0; c < counters.size(); c++) {
      if (open[c] && current[c] == null && serves(c, service)) {
        if (best < 0 || idleSince[c] < idleSince[best]) {
          best = c;
        }
      }
    }
    if (best >= 0) {
      callNext(best);
    }
  }

  private boolean anyIdle(int service) {
    for (int c = 0; c < counters.size(); c++) {
      if (open[c] && current[c] == null && serves(c, service)) {
        return true;
      }
    }
    return false;
  }

  private boolean serves(int counter, int service) {
    for (int s : plan.counterServices[counter]) {
      if (s == service) {
        return true;
      }
    }
    return false;
  }

  /** As the live call-next: the tickets of the counter's services, and the strategy's choice. */
  private void callNext(int c) {
    List<Ticket> servable = servable(c);
    if (servable.isEmpty()) {
      idleSince[c] = clock;
      if (lastShift[c] && clock >= plan.closeSeconds) {
        shut(c);
      }
      return;
    }
    Instant now = at(clock);
    RankedTicket choice =
        plan.callNext
            .choose(new QueueState(servable, plan.lanes, now), counters.get(c))
            .orElseThrow(() -> new IllegalStateException("no choice among servable tickets"));
    Visitor v = visitors.get((int) choice.ticket().id() - 1);
    dequeue(v);
    v.ticket = v.ticket.call(counters.get(c).id(), now).next();
    current[c] = v;
    busyNow++;
    since[c] = clock;
    if (!v.called()) {
      v.calledAt = clock;
      estimates.entered(v);
    }
    if (!v.transferred && (v.noShow || v.needsRecall)) {
      schedule(clock + plan.scenario.recallSeconds(), Event.RECALL, c);
    } else {
      begin(c, v, now);
    }
  }

  private List<Ticket> servable(int c) {
    int[] services = plan.counterServices[c];
    if (services.length == 1) {
      return waiting.get(services[0]);
    }
    List<Ticket> all = new ArrayList<>();
    for (int s : services) {
      all.addAll(waiting.get(s));
    }
    return all;
  }

  private void dequeue(Visitor v) {
    List<Ticket> queue = waiting.get(v.queue);
    for (int i = 0; i < queue.size(); i++) {
      if (queue.get(i) == v.ticket) {
        queue.remove(i);
        waitingCounts.merge(plan.services[v.queue], -1, Integer::sum);
        waitingNow--;
        int zone = plan.serviceZone[v.queue];
        if (zone >= 0) {
          waitingByZone[zone]--;
        }
        return;
      }
    }
    throw new IllegalStateException("ticket " + v.ticket.number() + " is not waiting");
  }

  private void begin(int c, Visitor v, Instant now) {
    v.ticket = v.ticket.start(now).next();
    double seconds = v.transferred ? v.transferSeconds : v.serviceSeconds;
    schedule(clock + seconds, Event.END, c);
  }

  private void recall(int c) {
    Visitor v = current[c];
    Instant now = at(clock);
    v.ticket = v.ticket.recall(plan.scenario.recallLimit(), now).next();
    if (v.ticket.status() == TicketStatus.NO_SHOW) {
      free(c);
    } else if (v.noShow) {
      schedule(clock + plan.scenario.recallSeconds(), Event.RECALL, c);
    } else {
      begin(c, v, now);
    }
  }

  private void finish(int c) {
    Visitor v = current[c];
    if (v.transferTarget >= 0 && !v.transferred) {
      v.ticket = v.ticket.transferTo(plan.services[v.transferTarget]).next();
      v.transferred = true;
      enqueue(v, v.transferTarget);
      free(c);
      offer(v.transferTarget);
      return;
    }
    Ticket done = v.ticket.complete(at(clock)).next();
    v.ticket = done;
    v.served = true;
    estimates.completed(v.queue, Duration.between(done.startedAt(), done.finishedAt()));
    free(c);
  }

  private void free(int c) {
    busySeconds[c] += counted(since[c], clock);
    current[c] = null;
    busyNow--;
    if (closing[c]) {
      shut(c);
    } else {
      callNext(c);
    }
  }

  private void openCounter(int c) {
    if (open[c]) {
      // Still finishing the last shift's visit: it simply stays open.
      closing[c] = false;
      lastShift[c] = false;
      return;
    }
    open[c] = true;
    closing[c] = false;
    lastShift[c] = false;
    openSeconds[c] -= counted(0, clock);
    counters.set(c, counters.get(c).withStatus(CounterStatus.OPEN));
    callNext(c);
  }

  /**
   * A shift ends: the visit in progress is finished first. A counter whose last shift reaches
   * closing time keeps calling until nobody it serves is waiting.
   */
  private void closeCounterAtShiftEnd(int c, boolean last) {
    boolean overtime = last && clock >= plan.closeSeconds;
    lastShift[c] = last;
    if (overtime) {
      if (current[c] == null) {
        callNext(c);
      }
    } else if (current[c] == null) {
      shut(c);
    } else {
      closing[c] = true;
    }
  }

  private void shut(int c) {
    open[c] = false;
    closing[c] = false;
    openSeconds[c] += counted(0, clock);
    CounterStatus off = lastShift[c] ? CounterStatus.CLOSED : CounterStatus.PAUSED;
    counters.set(c, counters.get(c).withStatus(off));
  }

  /** Seconds of [from, to] after the warm-up. */
  private double counted(double from, double to) {
    return Math.max(0.0, to - Math.max(from, plan.warmupSeconds));
  }

  private void schedule(double time, int kind, int ref) {
    events.add(new Event(time, scheduled++, kind, ref));
  }

  static Instant at(double seconds) {
    return OPENING.plusNanos(Math.round(seconds * 1e9));
  }
}
