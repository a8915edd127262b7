package org.hallqueue.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Scene;
import org.hallqueue.kiosk.flow.SetupViewModel;
import org.hallqueue.kiosk.settings.KioskSettings;
import org.hallqueue.kiosk.text.Texts;
import org.hallqueue.kiosk.view.SetupView;

/**
 * What the kiosk's window shows: the kiosk, or the setup screen (out of service; a PIN for staff)
 * when the settings are wrong or when the server refuses the device token. Staff fix the settings
 * file and touch "reload settings" to start the kiosk again. Use on the JavaFX thread.
 */
public final class KioskWindow implements AutoCloseable {

  private final Scene scene;
  private final Supplier<KioskSettings.Reading> settings;
  private final Function<KioskSettings, Kiosk> kiosks;
  private final Consumer<Kiosk> started;
  private Kiosk kiosk;
  private SetupViewModel setup;

  /**
   * @param settings reads the settings (again, when staff touch "reload settings")
   * @param kiosks builds a kiosk from good settings
   * @param started told about each kiosk started, before its catalog is loaded
   */
  public KioskWindow(
      Scene scene,
      Supplier<KioskSettings.Reading> settings,
      Function<KioskSettings, Kiosk> kiosks,
      Consumer<Kiosk> started) {
    this.scene = scene;
    this.settings = settings;
    this.kiosks = kiosks;
    this.started = started;
  }

  /** Reads the settings and shows the kiosk, or the setup screen when they are wrong. */
  public void open() {
    KioskSettings.Reading reading = settings.get();
    if (reading.ok()) {
      startKiosk(reading.settings());
    } else {
      showSetup(reading, "");
    }
  }

  /** The running kiosk, if the window shows one. */
  public Optional<Kiosk> kiosk() {
    return Optional.ofNullable(kiosk);
  }

  /** The setup screen's state, if the window shows it. */
  public Optional<SetupViewModel> setup() {
    return Optional.ofNullable(setup);
  }

  private void startKiosk(KioskSettings good) {
    closeKiosk();
    setup = null;
    Kiosk k = kiosks.apply(good);
    kiosk = k;
    scene.setRoot(k.root());
    k.viewModel()
        .connection()
        .tokenRefusedProperty()
        .addListener(
            (o, before, why) -> {
              if (!why.isEmpty() && kiosk == k) {
                refused(why);
              }
            });
    started.accept(k);
    k.viewModel().start();
  }

  private void refused(String why) {
    KioskSettings.Reading current = settings.get();
    List<String> problems = new ArrayList<>();
    problems.add("the server refused device.token: " + why);
    problems.add(
        "create a new KIOSK device in the manager console (Devices), put its token in"
            + " device.token, then touch \"reload settings\"");
    problems.addAll(current.problems());
    System.err.println("kiosk: " + problems.get(0));
    showSetup(new KioskSettings.Reading(null, problems, current.setupPin()), "setup.tokenRefused");
  }

  private void showSetup(KioskSettings.Reading reading, String reason) {
    closeKiosk();
    setup = new SetupViewModel(reading, settings, this::startKiosk, reason);
    scene.setRoot(new SetupView(setup, Texts.bundled()).root());
  }

  private void closeKiosk() {
    if (kiosk != null) {
      kiosk.close();
      kiosk = null;
    }
  }

  @Override
  public void close() {
    closeKiosk();
  }
}
