package org.hallqueue.kiosk;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.server.EventStream;
import org.hallqueue.kiosk.server.HttpQueueApi;
import org.hallqueue.kiosk.server.Servers;
import org.hallqueue.kiosk.server.Ticket;
import org.hallqueue.kiosk.text.Texts;

/**
 * A kiosk without a screen given several server addresses: its view-model, HTTP client and event
 * stream wired as {@link Kiosk} wires them, with every event the stream receives written down.
 */
final class FailoverKiosk implements AutoCloseable {

  final Servers servers;
  final KioskViewModel vm;
  final EventStream stream;
  final List<EventStream.Event> events = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService background = Executors.newScheduledThreadPool(3);

  FailoverKiosk(List<URI> addresses, String token) {
    servers = new Servers(addresses);
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
            new EventStream.Listener() {
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
            });
    vm.start();
    stream.start();
    await(() -> vm.screenProperty().get() == Screen.START && stream.isOpen(), "kiosk started");
  }

  /** From the start screen to the lane screen of a service, then "get a ticket" once. */
  void askForTicket(String service) {
    vm.startOver();
    vm.welcome().chooseLanguage(Lang.EN);
    vm.guidance().showServices();
    vm.guidance().chooseService(service);
    vm.guidance().takeTicket();
    vm.lane().chooseLane("standard");
  }

  Ticket takeTicket(String service) {
    askForTicket(service);
    await(() -> vm.screenProperty().get() == Screen.TICKET, "the ticket");
    return vm.ticket().ticketProperty().get();
  }

  /** How many TICKET_ISSUED events for this number the stream brought. */
  long issued(String number) {
    return events.stream()
        .filter(e -> e.type().equals("TICKET_ISSUED"))
        .filter(e -> number.equals(e.body().path("ticket").path("number").asString("")))
        .count();
  }

  List<Long> seqs() {
    return events.stream().map(EventStream.Event::seq).toList();
  }

  static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
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

  @Override
  public void close() {
    stream.close();
    vm.stop();
    background.shutdownNow();
  }
}
