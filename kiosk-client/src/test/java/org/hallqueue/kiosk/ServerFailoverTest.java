package org.hallqueue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.server.EventStream;
import org.hallqueue.kiosk.server.HttpQueueApi;
import org.hallqueue.kiosk.server.Servers;
import org.hallqueue.kiosk.server.Ticket;
import org.hallqueue.kiosk.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A kiosk given two server addresses ({@code server.url=A,B}) follows the one that answers: two
 * relays in front of the real queue server are the two addresses, and the first is cut. No screen:
 * the kiosk's view-model, its HTTP client and its event stream, on real sockets.
 */
class ServerFailoverTest {

  private final ScheduledExecutorService background = Executors.newScheduledThreadPool(3);
  private final List<EventStream.Event> events = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private TestServer server;
  private Proxy first;
  private Proxy second;
  private Servers servers;
  private KioskViewModel vm;
  private EventStream stream;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.get();
    first = new Proxy(server.url());
    second = new Proxy(server.url());
    toClose.add(first);
    toClose.add(second);
    String token = server.kioskToken("Failover kiosk " + UUID.randomUUID());
    servers = new Servers(List.of(first.url(), second.url()));
    vm =
        new KioskViewModel(
            new HttpQueueApi(servers, token, Duration.ofSeconds(2)),
            Optional.empty(),
            Speech.none(),
            Texts.bundled(),
            new AdjustableClock(),
            Runnable::run,
            background,
            KioskViewModel.Options.defaults("kiosk-1"));
    stream =
        new EventStream(
            servers,
            token,
            background,
            Duration.ofMillis(200),
            Duration.ofSeconds(1),
            Duration.ofSeconds(20),
            new Recorder());
    vm.start();
    stream.start();
    await(() -> vm.screenProperty().get() == Screen.START && stream.isOpen(), "kiosk started");
  }

  @AfterEach
  void stop() throws Exception {
    stream.close();
    vm.stop();
    background.shutdownNow();
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  @Test
  void shouldIssueTheNextTicketThroughTheSecondAddressAndMissNoEvent() throws Exception {
    Ticket before = takeTicket("B");
    await(() -> issued(before.number()) == 1, "the first ticket's event");

    first.down();
    first.cut();
    // while the kiosk's stream is away, the hall goes on: tickets from another kiosk
    HttpQueueApi elsewhere =
        new HttpQueueApi(server.url(), server.kioskToken("Other kiosk"), Duration.ofSeconds(5));
    Ticket other1 = elsewhere.issue("A", "standard", Lang.EN, UUID.randomUUID().toString());
    Ticket other2 = elsewhere.issue("B", "standard", Lang.ZH_CN, UUID.randomUUID().toString());
    Ticket after = takeTicket("B");

    assertThat(servers.current()).isEqualTo(second.url());
    assertThat(after.id()).isGreaterThan(other2.id());
    await(
        () ->
            issued(other1.number()) == 1
                && issued(other2.number()) == 1
                && issued(after.number()) == 1,
        "every ticket's event through the second address");
    assertThat(stream.isOpen()).isTrue();
    assertNoGap();
  }

  @Test
  void shouldIssueALostTicketExactlyOnceWhenTheFirstAddressGoesAway() throws Exception {
    long issuedBefore = server.ticketsIssued();
    first.swallowNextTicketAnswer();
    vm.welcome().chooseLanguage(Lang.EN);
    vm.guidance().showServices();
    vm.guidance().chooseService("A");
    vm.guidance().takeTicket();
    vm.lane().chooseLane("standard");
    // the server issued it (the event came), but its answer to the kiosk was lost: then A goes
    await(
        () -> events.stream().anyMatch(e -> e.type().equals("TICKET_ISSUED")),
        "the ticket issued on the server");
    first.down();
    first.cut();

    await(() -> vm.screenProperty().get() == Screen.TICKET, "the ticket through the second");
    String number = vm.ticket().ticketProperty().get().number();
    assertThat(server.ticketsIssued()).isEqualTo(issuedBefore + 1);
    assertThat(servers.current()).isEqualTo(second.url());
    await(() -> stream.isOpen(), "the stream on the second address");
    assertThat(issued(number)).isEqualTo(1);
    assertNoGap();
  }

  private Ticket takeTicket(String service) {
    vm.startOver();
    vm.welcome().chooseLanguage(Lang.EN);
    vm.guidance().showServices();
    vm.guidance().chooseService(service);
    vm.guidance().takeTicket();
    vm.lane().chooseLane("standard");
    await(() -> vm.screenProperty().get() == Screen.TICKET, "the ticket");
    return vm.ticket().ticketProperty().get();
  }

  private long issued(String number) {
    return events.stream()
        .filter(e -> e.type().equals("TICKET_ISSUED"))
        .filter(e -> number.equals(e.body().path("ticket").path("number").asString("")))
        .count();
  }

  /** Every seq from the first event seen to the last, once each. */
  private void assertNoGap() {
    List<Long> seqs = events.stream().map(EventStream.Event::seq).toList();
    long from = seqs.get(0);
    long to = seqs.get(seqs.size() - 1);
    assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(from, to).boxed().toList());
  }

  private static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final class Recorder implements EventStream.Listener {
    @Override
    public void connected(boolean resumed) {}

    @Override
    public void event(EventStream.Event event) {
      events.add(event);
    }

    @Override
    public void refused(String why) {
      throw new AssertionError(why);
    }
  }
}
