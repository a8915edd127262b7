package org.hallqueue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.kiosk.FailoverKiosk.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.server.HttpQueueApi;
import org.hallqueue.kiosk.server.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A kiosk given two server addresses ({@code server.url=A,B}) follows the one that answers: two
 * relays in front of the real queue server are the two addresses, and the first is cut. No screen:
 * the kiosk's view-model, its HTTP client and its event stream, on real sockets.
 */
class ServerFailoverTest {

  private TestServer server;
  private Proxy first;
  private Proxy second;
  private FailoverKiosk kiosk;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.get();
    first = new Proxy(server.url());
    second = new Proxy(server.url());
    kiosk =
        new FailoverKiosk(
            List.of(first.url(), second.url()),
            server.kioskToken("Failover kiosk " + UUID.randomUUID()));
  }

  @AfterEach
  void stop() throws Exception {
    kiosk.close();
    first.close();
    second.close();
  }

  @Test
  void shouldIssueTheNextTicketThroughTheSecondAddressAndMissNoEvent() throws Exception {
    Ticket before = kiosk.takeTicket("B");
    await(() -> kiosk.issued(before.number()) == 1, "the first ticket's event");

    first.down();
    first.cut();
    // while the kiosk's stream is away, the hall goes on: tickets from another kiosk
    HttpQueueApi elsewhere =
        new HttpQueueApi(server.url(), server.kioskToken("Other kiosk"), Duration.ofSeconds(5));
    Ticket other1 = elsewhere.issue("A", "standard", Lang.EN, UUID.randomUUID().toString());
    Ticket other2 = elsewhere.issue("B", "standard", Lang.ZH_CN, UUID.randomUUID().toString());
    Ticket after = kiosk.takeTicket("B");

    assertThat(kiosk.servers.current()).isEqualTo(second.url());
    assertThat(after.id()).isGreaterThan(other2.id());
    await(
        () ->
            kiosk.issued(other1.number()) == 1
                && kiosk.issued(other2.number()) == 1
                && kiosk.issued(after.number()) == 1,
        "every ticket's event through the second address");
    assertThat(kiosk.stream.isOpen()).isTrue();
    assertNoGap();
  }

  @Test
  void shouldIssueALostTicketExactlyOnceWhenTheFirstAddressGoesAway() throws Exception {
    long issuedBefore = server.ticketsIssued();
    first.swallowNextTicketAnswer();
    kiosk.askForTicket("A");
    // the server issued it (the event came), but its answer to the kiosk was lost: then A goes
    await(
        () -> kiosk.events.stream().anyMatch(e -> e.type().equals("TICKET_ISSUED")),
        "the ticket issued on the server");
    first.down();
    first.cut();

    await(() -> kiosk.vm.screenProperty().get() == Screen.TICKET, "the ticket via the second");
    String number = kiosk.vm.ticket().ticketProperty().get().number();
    assertThat(server.ticketsIssued()).isEqualTo(issuedBefore + 1);
    assertThat(kiosk.servers.current()).isEqualTo(second.url());
    await(() -> kiosk.stream.isOpen(), "the stream on the second address");
    assertThat(kiosk.issued(number)).isEqualTo(1);
    assertNoGap();
  }

  /** Every seq from the first event seen to the last, once each. */
  private void assertNoGap() {
    List<Long> seqs = kiosk.seqs();
    long from = seqs.get(0);
    long to = seqs.get(seqs.size() - 1);
    assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(from, to).boxed().toList());
  }
}
