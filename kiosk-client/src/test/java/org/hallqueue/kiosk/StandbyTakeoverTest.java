package org.hallqueue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.kiosk.FailoverKiosk.await;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.server.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two real queue servers on one real PostgreSQL database, active and standby, and a kiosk given
 * both addresses: the active server is killed (SIGKILL) while the kiosk is issuing a ticket, after
 * it issued it and before its answer reached the kiosk; the standby takes over, the kiosk gets that
 * same ticket through it (one ticket, not two), and the kiosk's event stream resumes there with
 * every event of the log.
 */
class StandbyTakeoverTest {

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    java.util.Collections.reverse(toClose);
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  @Test
  void shouldIssueTheTicketOnceThroughTheStandbyWhenTheActiveDiesUnderIssuing() throws Exception {
    TestPostgres postgres = TestPostgres.start();
    toClose.add(postgres);
    String database = postgres.newDatabase("kiosk_takeover");
    TestServer active = TestServer.activeOn(database);
    toClose.add(() -> active.kill());
    TestServer standby = TestServer.standbyOn(database);
    toClose.add(() -> standby.kill());

    // what a standby answers to an API call: 503, naming its role
    HttpResponse<String> refusal = standby.get("/api/v1/services", null);
    assertThat(refusal.statusCode()).isEqualTo(503);
    assertThat(refusal.body()).contains("\"role\":\"STANDBY\"");

    // the kiosk reaches the active server through a relay, to lose the answer to its ticket
    Proxy toActive = new Proxy(active.url());
    toClose.add(toActive);
    FailoverKiosk kiosk =
        new FailoverKiosk(
            List.of(toActive.url(), standby.url()), active.kioskToken("Kiosk of two servers"));
    toClose.add(kiosk);
    Ticket before = kiosk.takeTicket("B");
    await(() -> kiosk.issued(before.number()) == 1, "the first ticket's event");
    long seenBefore = kiosk.seqs().get(kiosk.seqs().size() - 1);

    toActive.swallowNextTicketAnswer();
    kiosk.askForTicket("A");
    // the active server issued the ticket (its event came) but its answer is lost: it dies now
    await(
        () -> kiosk.events.stream().filter(e -> e.type().equals("TICKET_ISSUED")).count() == 2,
        "the ticket issued on the active server");
    active.kill();
    toActive.down();
    long killed = System.nanoTime();
    // the visitor touches "get a ticket" again while the kiosk says it did not get one
    await(
        () -> {
          if (kiosk.vm.screenProperty().get() == Screen.LANE) {
            kiosk.vm.lane().chooseLane("standard");
          }
          return kiosk.vm.screenProperty().get() == Screen.TICKET;
        },
        "the ticket through the standby");
    System.out.printf(
        "kiosk: ticket through the standby %d ms after the active was killed%n",
        (System.nanoTime() - killed) / 1_000_000);
    Ticket after = kiosk.vm.ticket().ticketProperty().get();

    assertThat(kiosk.servers.current()).isEqualTo(standby.url());
    List<JsonNode> log = eventsAfter(standby, seenBefore);
    assertThat(log.stream().filter(e -> e.path("type").asString().equals("TICKET_ISSUED")))
        .singleElement()
        .satisfies(
            e -> assertThat(e.path("ticket").path("number").asString()).isEqualTo(after.number()));
    await(() -> kiosk.issued(after.number()) == 1, "the ticket's event on the kiosk's stream");
    List<Long> logSeqs =
        eventsAfter(standby, seenBefore).stream().map(e -> e.path("seq").asLong()).toList();
    assertThat(kiosk.seqs().stream().filter(s -> s > seenBefore).toList())
        .as("every event of the log since the last one seen, once each")
        .containsExactlyElementsOf(logSeqs.stream().filter(s -> s <= lastSeq(kiosk)).toList());
  }

  private static long lastSeq(FailoverKiosk kiosk) {
    List<Long> seqs = kiosk.seqs();
    return seqs.get(seqs.size() - 1);
  }

  private static List<JsonNode> eventsAfter(TestServer server, long seq) throws Exception {
    HttpResponse<String> r =
        server.get("/api/v1/events?since=" + seq + "&limit=1000", "staff1:staff-demo");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = JsonMapper.builder().build().readTree(r.body());
    JsonNode list = body.isArray() ? body : body.path("events");
    List<JsonNode> events = new ArrayList<>();
    list.forEach(events::add);
    return events;
  }
}
