package org.hallqueue.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.scene.Parent;
import org.hallqueue.kiosk.flow.ConfigUpdates;
import org.hallqueue.kiosk.flow.FloorAssistance;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.LearningViewModel;
import org.hallqueue.kiosk.flow.PensionCalculatorViewModel;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.flow.StaffPin;
import org.hallqueue.kiosk.flow.TicketPrinter;
import org.hallqueue.kiosk.server.EventStream;
import org.hallqueue.kiosk.server.HttpQueueApi;
import org.hallqueue.kiosk.server.LearningClient;
import org.hallqueue.kiosk.server.Servers;
import org.hallqueue.kiosk.settings.KioskSettings;
import org.hallqueue.kiosk.text.Texts;
import org.hallqueue.kiosk.view.KioskView;
import org.hallqueue.kiosk.view.LearningLayer;
import org.hallqueue.printer.Printer;

/**
 * One kiosk wired from its settings: server client, event stream, printer, speech, view-model and
 * view.
 */
public final class Kiosk implements AutoCloseable {

  private final ScheduledExecutorService background =
      Executors.newScheduledThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "kiosk background");
            t.setDaemon(true);
            return t;
          });
  private final Optional<Printer> printer;
  private final KioskViewModel viewModel;
  private final KioskView view;
  private final LearningLayer layer;
  private final StaffPin staffPin;
  private final EventStream events;
  private final FloorAssistance assistance;

  /** Builds the kiosk; call on the JavaFX thread. */
  public Kiosk(KioskSettings settings, KioskViewModel.Options options, Clock clock, Speech speech) {
    printer =
        settings.printerUri().isBlank()
            ? Optional.empty()
            : Optional.of(Printer.open(settings.printerUri()));
    Optional<TicketPrinter> tickets = printer.map(TicketPrinter::of);
    Servers servers = new Servers(settings.servers());
    HttpQueueApi api = new HttpQueueApi(servers, settings.deviceToken(), Duration.ofSeconds(3));
    viewModel =
        new KioskViewModel(
            api, tickets, speech, Texts.bundled(), clock, Platform::runLater, background, options);
    staffPin = new StaffPin(settings.setupPin());
    view = new KioskView(viewModel, staffPin);
    assistance =
        new FloorAssistance(
            api, api, tickets, viewModel, options.zone(), Platform::runLater, background);
    LearningClient learning =
        new LearningClient(servers, settings.deviceToken(), Duration.ofSeconds(5));
    LearningViewModel game =
        new LearningViewModel(
            learning,
            viewModel.accessibility(),
            viewModel.screenProperty(),
            Platform::runLater,
            background,
            Duration.ofSeconds(Long.getLong("hallqueue.learning.quiet-seconds", 45)),
            new Random());
    PensionCalculatorViewModel calculator =
        new PensionCalculatorViewModel(
            learning,
            viewModel.accessibility(),
            viewModel.screenProperty(),
            viewModel.guidance().serviceProperty(),
            Platform::runLater,
            background,
            clock,
            options.zone());
    viewModel.readAlsoOver(game::spoken);
    viewModel.readAlsoOver(calculator::spoken);
    layer =
        new LearningLayer(
            view.root(), game, calculator, viewModel.accessibility(), viewModel::touched);
    events =
        new EventStream(
            servers,
            settings.deviceToken(),
            background,
            options.retryFirst(),
            options.retryMax(),
            Duration.ofSeconds(20),
            EventStream.Listener.both(
                new ConfigUpdates(viewModel.connection(), Platform::runLater), assistance));
    events.start();
  }

  /** The PIN that shows staff a fault's technical reason; locked whenever the screen changes. */
  public StaffPin staffPin() {
    return staffPin;
  }

  public KioskViewModel viewModel() {
    return viewModel;
  }

  /** What the kiosk does for the floor assistant: print their tickets, show help coming. */
  public FloorAssistance assistance() {
    return assistance;
  }

  /** The live event stream from the server. */
  public EventStream events() {
    return events;
  }

  public Parent root() {
    return layer.root();
  }

  @Override
  public void close() {
    viewModel.stop();
    events.close();
    background.shutdownNow();
    printer.ifPresent(Printer::close);
  }
}
