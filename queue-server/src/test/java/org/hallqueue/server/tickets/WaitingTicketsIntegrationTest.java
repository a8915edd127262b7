package org.hallqueue.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.CallStrategy;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The in-memory waiting tickets agree with the ticket table: after every kind of change, and when a
 * change is refused inside a group-commit batch that commits.
 */
class WaitingTicketsIntegrationTest extends ServerTest {
  @Autowired TicketStore tickets;
  @Autowired TicketIssuing issuing;
  @Autowired TicketActions actions;
  @Autowired Writes writes;
  @Autowired JdbcClient db;
  @Autowired Clock clock;

  @Test
  void shouldAgreeWithTheDatabaseAfterIssueCallRecallNoShowTransferStartCompleteAndCancel() {
    List<Long> mine = new ArrayList<>();
    for (String lane : List.of("standard", "elderly", "women", "standard", "migrant")) {
      mine.add(issue("C", lane));
    }
    assertIndexMatchesDatabase();

    api.post("/api/v1/counters/counter-2/open", null, STAFF);
    long first = callNext("counter-2");
    assertIndexMatchesDatabase();
    assertThat(api.post("/api/v1/tickets/" + first + "/recall", null, STAFF).status())
        .isEqualTo(200);
    assertThat(api.post("/api/v1/tickets/" + first + "/no-show", null, STAFF).status())
        .isEqualTo(200);
    assertIndexMatchesDatabase();

    long second = callNext("counter-2");
    api.post("/api/v1/tickets/" + second + "/start", null, STAFF);
    Response moved =
        api.post("/api/v1/tickets/" + second + "/transfer", "{\"service\":\"E\"}", STAFF);
    assertThat(moved.json().path("status").asString()).isEqualTo("WAITING");
    assertThat(ids(tickets.waiting("E"))).contains(second);
    assertIndexMatchesDatabase();

    long third = callNext("counter-2");
    api.post("/api/v1/tickets/" + third + "/start", null, STAFF);
    api.post("/api/v1/tickets/" + third + "/complete", null, STAFF);
    assertIndexMatchesDatabase();

    List<Long> stillWaiting = new ArrayList<>(mine);
    stillWaiting.removeAll(List.of(first, third));
    stillWaiting.remove(second);
    long waitingOne = stillWaiting.get(0);
    assertThat(
            api.post("/api/v1/tickets/" + waitingOne + "/transfer", "{\"service\":\"A\"}", STAFF)
                .status())
        .isEqualTo(200);
    assertIndexMatchesDatabase();

    stillWaiting.add(second);
    for (long id : stillWaiting) {
      if (tickets.byId(id).orElseThrow().status().name().equals("WAITING")) {
        assertThat(api.post("/api/v1/tickets/" + id + "/cancel", null, STAFF).status())
            .isEqualTo(200);
      }
    }
    api.post("/api/v1/counters/counter-2/close", null, STAFF);
    assertIndexMatchesDatabase();
    assertThat(ids(tickets.waiting())).doesNotContainAnyElementsOf(mine);
  }

  @Test
  void shouldUndoAChangeRefusedInsideABatchAndShowEarlierChangesOfTheBatchToLaterOnes()
      throws Exception {
    CountDownLatch writerBusy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Object> blocker =
        inThread(
            () ->
                writes.inTransaction(
                    () -> {
                      writerBusy.countDown();
                      awaitQuietly(release);
                      return null;
                    }));
    assertThat(writerBusy.await(30, TimeUnit.SECONDS)).isTrue();

    // Three changes queue up behind the busy writer, so they are committed as one batch.
    Map<String, Object> seen = new HashMap<>();
    Queued issued =
        queue(
            () ->
                writes.inTransaction(
                    () -> {
                      seen.put("batch of issue", writes.batchNumber());
                      return issuing
                          .issue(new IssueRequest("F", "standard", "zh-CN"), null, "test")
                          .ticket();
                    }));
    Queued refused =
        queue(
            () ->
                writes.inTransaction(
                    () -> {
                      seen.put("batch of refused", writes.batchNumber());
                      List<Ticket> waiting = tickets.waiting("F");
                      Ticket newest =
                          waiting.stream().max(Comparator.comparingLong(Ticket::id)).orElseThrow();
                      seen.put("newest before", newest.id());
                      tickets.update(newest.cancel(clock.instant()).next());
                      seen.put("waiting after cancel", ids(tickets.waiting("F")));
                      throw new IllegalStateException("refused on purpose");
                    }));
    Queued later =
        queue(
            () ->
                writes.inTransaction(
                    () -> {
                      seen.put("batch of later", writes.batchNumber());
                      return ids(tickets.waiting("F"));
                    }));
    release.countDown();
    blocker.get(30, TimeUnit.SECONDS);

    TicketView ticket = (TicketView) issued.result().get(30, TimeUnit.SECONDS);
    assertThat(refused.result())
        .failsWithin(30, TimeUnit.SECONDS)
        .withThrowableThat()
        .withMessageContaining("refused on purpose");
    Object laterSaw = later.result().get(30, TimeUnit.SECONDS);

    assertThat(seen.get("batch of refused"))
        .as("the three changes ran in one batch")
        .isEqualTo(seen.get("batch of issue"))
        .isEqualTo(seen.get("batch of later"));
    assertThat(seen.get("newest before"))
        .as("a change sees the ticket issued earlier in its batch")
        .isEqualTo(ticket.id());
    assertThat(longs(seen.get("waiting after cancel"))).doesNotContain(ticket.id());
    assertThat(longs(laterSaw))
        .as("the refused cancel is undone for the rest of the batch")
        .contains(ticket.id());
    assertThat(ids(tickets.waiting("F"))).contains(ticket.id());
    assertThat(tickets.byId(ticket.id()).orElseThrow().status().name()).isEqualTo("WAITING");
    assertIndexMatchesDatabase();

    actions.cancel(ticket.id(), "test");
    assertIndexMatchesDatabase();
  }

  private void assertIndexMatchesDatabase() {
    List<Ticket> stored =
        db.sql("SELECT * FROM ticket WHERE status = 'WAITING'").query(TicketStore::ticket).list();
    assertThat(byId(tickets.waiting())).isEqualTo(byId(stored));
    Map<String, Integer> counts = new HashMap<>();
    stored.forEach(t -> counts.merge(t.service(), 1, Integer::sum));
    assertThat(tickets.waitingCounts()).isEqualTo(counts);
    for (String service : List.of("A", "B", "C", "D", "E", "F")) {
      List<Ticket> ofService =
          stored.stream()
              .filter(t -> t.service().equals(service))
              .sorted(CallStrategy.FIRST_COME)
              .toList();
      assertThat(tickets.waiting(service)).isEqualTo(ofService);
    }
  }

  private long issue(String service, String lane) {
    Response r =
        api.post(
            "/api/v1/tickets",
            "{\"service\":\"" + service + "\",\"lane\":\"" + lane + "\"}",
            STAFF);
    assertThat(r.status()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  private long callNext(String counter) {
    Response r = api.post("/api/v1/counters/" + counter + "/call-next", null, STAFF);
    assertThat(r.status()).isEqualTo(200);
    return r.json().path("id").asLong();
  }

  private static List<Ticket> byId(List<Ticket> list) {
    return list.stream().sorted(Comparator.comparingLong(Ticket::id)).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Long> longs(Object list) {
    return (List<Long>) list;
  }

  private static List<Long> ids(List<Ticket> list) {
    return list.stream().map(Ticket::id).toList();
  }

  /** A change submitted from its own thread, which is waiting for the writer to answer. */
  private record Queued(Thread thread, CompletableFuture<Object> result) {}

  private static Queued queue(Supplier<Object> change) throws InterruptedException {
    CompletableFuture<Object> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(change.get());
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            });
    thread.start();
    // Writes.inTransaction offers the change, then waits for its result with a time limit.
    while (thread.getState() != Thread.State.TIMED_WAITING && !result.isDone()) {
      Thread.sleep(5);
    }
    return new Queued(thread, result);
  }

  private static CompletableFuture<Object> inThread(Supplier<Object> work) {
    return CompletableFuture.supplyAsync(work, r -> new Thread(r).start());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
