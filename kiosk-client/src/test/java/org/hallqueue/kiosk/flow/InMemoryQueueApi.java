package org.hallqueue.kiosk.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.server.AppointmentApi;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.QueueApi;
import org.hallqueue.kiosk.server.ServerException;
import org.hallqueue.kiosk.server.Ticket;

/**
 * The queue server in memory: one catalog, tickets numbered per service, the same ticket for the
 * same idempotency key, and every status report kept. It can be taken down, made to refuse the
 * device token, or made to refuse tickets.
 */
final class InMemoryQueueApi implements QueueApi {

  /** One issued ticket and what was asked for it. */
  record Issue(String service, String lane, Lang language, String key) {}

  private Catalog catalog;
  private boolean down;
  private boolean tokenRefused;
  private boolean refusingTickets;
  private boolean withoutWaitRanges;
  private final Map<String, Ticket> byKey = new HashMap<>();
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<Issue> issues = new ArrayList<>();
  private final List<String> reports = new ArrayList<>();
  private List<AppointmentApi.Slot> slots = List.of();
  private String bookingCode;
  private int helpCalls;
  private int catalogReads;

  InMemoryQueueApi(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public synchronized Catalog catalog() throws ServerException {
    check();
    catalogReads++;
    return catalog;
  }

  @Override
  public synchronized Ticket issue(String service, String lane, Lang language, String key)
      throws ServerException {
    check();
    issues.add(new Issue(service, lane, language, key));
    if (refusingTickets) {
      throw new ServerException(
          "POST /api/v1/tickets answered 409: no such service", false, 409, null);
    }
    return byKey.computeIfAbsent(
        key,
        k -> {
          int n = numbers.merge(service, 1, Integer::sum);
          int ahead = n - 1;
          return new Ticket(
              n,
              "%s%03d".formatted(service, n),
              service,
              lane,
              Instant.parse("2026-03-02T01:30:00Z"),
              ahead + 1,
              ahead * 150L,
              withoutWaitRanges ? null : rangeAround(ahead * 150L),
              "http://hall.example/t/" + k);
        });
  }

  /** Answers like a server from before wait ranges: the single estimate only. */
  synchronized void givesNoWaitRanges() {
    withoutWaitRanges = true;
  }

  /** The server's range: 0.6 × the estimate rounded down, 1.5 × it + 5 min rounded up. */
  private static Ticket.WaitRange rangeAround(long seconds) {
    return new Ticket.WaitRange(seconds * 6 / 600, (seconds * 15 / 10 + 300 + 59) / 60);
  }

  @Override
  public synchronized void reportStatus(String state, String detail) throws ServerException {
    check();
    reports.add(state);
  }

  @Override
  public synchronized String callHelp() throws ServerException {
    check();
    helpCalls++;
    return "help-" + helpCalls;
  }

  synchronized int helpCalls() {
    return helpCalls;
  }

  private void check() throws ServerException {
    if (tokenRefused) {
      throw new ServerException("answered 401: the device token is not valid", false, 401, null);
    }
    if (down) {
      throw new ServerException("connection refused", true, null);
    }
  }

  /** The office takes appointments: these slots are free, and booking one gives this code. */
  synchronized void offersSlots(List<AppointmentApi.Slot> free, String code) {
    slots = List.copyOf(free);
    bookingCode = code;
  }

  @Override
  public synchronized List<AppointmentApi.Slot> freeSlots(String service, int atMost)
      throws ServerException {
    check();
    return slots.stream().limit(atMost).toList();
  }

  @Override
  public synchronized AppointmentApi.Booking book(
      String service, Instant start, String lane, Lang language, String idempotencyKey)
      throws ServerException {
    check();
    AppointmentApi.Slot slot =
        slots.stream().filter(s -> s.start().equals(start)).findFirst().orElseThrow();
    return new AppointmentApi.Booking(
        bookingCode,
        service,
        slot.date(),
        slot.startTime(),
        slot.endTime(),
        start.minusSeconds(1800),
        start.plusSeconds(900));
  }

  synchronized void down() {
    down = true;
  }

  synchronized void up() {
    down = false;
  }

  synchronized void refuseToken() {
    tokenRefused = true;
  }

  synchronized void refuseTickets() {
    refusingTickets = true;
  }

  /** A manager changed the configuration. */
  synchronized void change(Catalog changed) {
    catalog = changed;
  }

  synchronized List<Issue> issues() {
    return List.copyOf(issues);
  }

  synchronized List<String> reports() {
    return List.copyOf(reports);
  }

  synchronized int catalogReads() {
    return catalogReads;
  }
}
