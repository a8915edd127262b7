package org.hallqueue.server.support.fakes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hallqueue.server.catalog.OfficeCatalog;
import org.hallqueue.server.events.Event;
import org.hallqueue.server.events.EventJournal;
import org.hallqueue.server.events.QueueEvent;
import org.hallqueue.server.persistence.Transactions;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.hallqueue.server.tickets.TicketLedger;

/**
 * An office kept in memory for the application services' tests without Spring or a database: its
 * catalog, its tickets, the events they record, and transactions that simply run.
 */
public final class InMemoryOffice
    implements OfficeCatalog, TicketLedger, EventJournal, Transactions {
  private final Map<String, Counter> counters = new LinkedHashMap<>();
  private final Map<String, Lane> lanes = new LinkedHashMap<>();
  private final Map<String, OfficeService> services = new LinkedHashMap<>();
  private final Map<Long, Ticket> tickets = new LinkedHashMap<>();
  private final List<QueueEvent> events = new ArrayList<>();

  public InMemoryOffice withLane(String code, double weight, Duration cap) {
    lanes.put(
        code,
        new Lane(code, Map.of("zh-CN", code, "en", code), Map.of(), weight, cap, true, true, 0));
    return this;
  }

  public InMemoryOffice withService(String code, Duration expected) {
    services.put(
        code,
        new OfficeService(
            code, Map.of("zh-CN", code, "en", code), Map.of(), expected, List.of(), null, null, 0));
    return this;
  }

  public InMemoryOffice withCounter(
      String id, int number, CounterStatus status, String affinity, String... services) {
    counters.put(
        id,
        new Counter(
            id, number, Map.of("zh-CN", id, "en", id), List.of(services), affinity, status, null));
    return this;
  }

  public InMemoryOffice withTicket(Ticket ticket) {
    tickets.put(ticket.id(), ticket);
    return this;
  }

  /** The events recorded so far, oldest first. */
  public List<QueueEvent> events() {
    return List.copyOf(events);
  }

  public Ticket ticket(long id) {
    return tickets.get(id);
  }

  @Override
  public Optional<Counter> counter(String id) {
    return Optional.ofNullable(counters.get(id));
  }

  @Override
  public Optional<OfficeService> service(String code) {
    return Optional.ofNullable(services.get(code));
  }

  @Override
  public Map<String, Lane> lanesByCode() {
    return Map.copyOf(lanes);
  }

  @Override
  public void updateCounterStatus(String id, CounterStatus status) {
    counters.computeIfPresent(id, (k, c) -> c.withStatus(status));
  }

  @Override
  public Optional<Ticket> byId(long id) {
    return Optional.ofNullable(tickets.get(id));
  }

  @Override
  public List<Ticket> waiting(String service) {
    return waiting().stream().filter(t -> t.service().equals(service)).toList();
  }

  @Override
  public List<Ticket> waiting() {
    return tickets.values().stream().filter(t -> t.status() == TicketStatus.WAITING).toList();
  }

  @Override
  public Optional<Ticket> currentAt(String counterId) {
    return tickets.values().stream()
        .filter(t -> counterId.equals(t.counterId()))
        .filter(t -> t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING)
        .findFirst();
  }

  @Override
  public List<Ticket> parked() {
    return tickets.values().stream()
        .filter(t -> t.status() == TicketStatus.PARKED)
        .sorted(java.util.Comparator.comparing((Ticket t) -> t.park().until()))
        .toList();
  }

  @Override
  public void update(Ticket ticket) {
    tickets.put(ticket.id(), ticket);
  }

  @Override
  public Event append(QueueEvent event) {
    events.add(event);
    return new Event(events.size(), event.type().name(), "{}");
  }

  @Override
  public <T> T inTransaction(Supplier<T> change) {
    return change.get();
  }
}
