package org.hallqueue.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.PrintState;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.flow.SetupViewModel;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.settings.KioskSettings;
import org.hallqueue.kiosk.text.Texts;
import org.hallqueue.kiosk.view.SetupView;

/**
 * Renders every screen to PNG at 1080×1920, in both languages, with normal and large text, by
 * walking a real kiosk through a visit against the configured server. Call off the JavaFX thread.
 */
public final class Screenshots {
  private Screenshots() {}

  public static final int WIDTH = 1080;
  public static final int HEIGHT = 1920;

  /** Renders into {@code dir}; returns the files written. */
  public static List<Path> render(Path dir, KioskSettings.Reading reading) throws Exception {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    if (reading.ok()) {
      AdjustableClock clock = new AdjustableClock();
      KioskViewModel.Options options =
          KioskViewModel.Options.defaults(reading.settings().floorId());
      Kiosk kiosk = fx(() -> new Kiosk(reading.settings(), options, clock, Speech.none()));
      try {
        KioskViewModel vm = kiosk.viewModel();
        Scene scene = fx(() -> new Scene(kiosk.root(), WIDTH, HEIGHT));
        fx(vm::start);
        await(() -> vm.screenProperty().get() == Screen.START, "the start screen");
        for (boolean large : new boolean[] {false, true}) {
          for (Lang lang : Lang.values()) {
            String suffix = lang.tag() + (large ? "-large" : "");
            visit(vm, scene, clock, options, dir, suffix, lang, large, written);
          }
        }
      } finally {
        kiosk.close();
      }
      written.add(unreachable(dir));
    }
    written.addAll(setup(dir));
    return written;
  }

  private static void visit(
      KioskViewModel vm,
      Scene scene,
      AdjustableClock clock,
      KioskViewModel.Options options,
      Path dir,
      String suffix,
      Lang lang,
      boolean large,
      List<Path> written)
      throws Exception {
    fx(vm::startOver);
    if (large) {
      fx(vm.accessibility()::toggleLargeText);
    }
    written.add(shot(scene, dir, "01-start-" + suffix));
    fx(() -> vm.welcome().chooseLanguage(lang));
    written.add(shot(scene, dir, "02-question-" + suffix));
    for (int i = 0; i < 12 && vm.screenProperty().get() == Screen.QUESTION; i++) {
      fx(() -> vm.guidance().answer(0));
    }
    written.add(shot(scene, dir, "03-result-" + suffix));
    String service = vm.guidance().serviceProperty().get().code();
    fx(vm.appointments()::bookReturnVisit);
    await(() -> !vm.appointments().slotsProperty().get().isEmpty(), "the free slots");
    written.add(shot(scene, dir, "08-booking-" + suffix));
    fx(vm::back);
    fx(vm.guidance()::showServices);
    written.add(shot(scene, dir, "04-services-" + suffix));
    fx(() -> vm.guidance().chooseService(service));
    fx(vm.guidance()::takeTicket);
    written.add(shot(scene, dir, "05-lane-" + suffix));
    fx(() -> vm.lane().chooseLane("elderly"));
    await(
        () ->
            vm.screenProperty().get() == Screen.TICKET
                && vm.ticket().printStateProperty().get() != PrintState.PRINTING,
        "the ticket");
    written.add(shot(scene, dir, "06-ticket-" + suffix));
    clock.advance(options.idleAfter().plusSeconds(1));
    fx(vm.welcome()::tick);
    written.add(shot(scene, dir, "07-more-time-" + suffix));
    fx(vm.welcome()::moreTime);
    fx(vm::startOver);
    if (large) {
      fx(vm.accessibility()::toggleLargeText);
    }
    if (lang != Lang.ZH_CN) {
      fx(vm.accessibility()::switchLanguage);
    }
    fx(vm.appointments()::startCheckIn);
    written.add(shot(scene, dir, "09-check-in-" + suffix));
  }

  private static Path unreachable(Path dir) throws Exception {
    Properties p = new Properties();
    p.setProperty("server.url", "http://127.0.0.1:9");
    p.setProperty("device.token", "none");
    KioskSettings settings = KioskSettings.from(p).settings();
    Kiosk kiosk =
        fx(
            () ->
                new Kiosk(
                    settings,
                    KioskViewModel.Options.defaults("kiosk-1"),
                    new AdjustableClock(),
                    Speech.none()));
    try {
      Scene scene = fx(() -> new Scene(kiosk.root(), WIDTH, HEIGHT));
      fx(kiosk.viewModel()::start);
      await(() -> kiosk.viewModel().screenProperty().get() == Screen.UNREACHABLE, "unreachable");
      return shot(scene, dir, "10-unreachable");
    } finally {
      kiosk.close();
    }
  }

  private static List<Path> setup(Path dir) throws Exception {
    KioskSettings.Reading bad = KioskSettings.from(new Properties());
    SetupViewModel vm = new SetupViewModel(bad, () -> bad, s -> {});
    Scene scene = fx(() -> new Scene(new SetupView(vm, Texts.bundled()).root(), WIDTH, HEIGHT));
    Path locked = shot(scene, dir, "11-setup");
    fx(
        () -> {
          for (char c : bad.setupPin().toCharArray()) {
            vm.digit(c - '0');
          }
        });
    Path unlocked = shot(scene, dir, "12-setup-unlocked");
    KioskSettings.Reading refused =
        new KioskSettings.Reading(
            null,
            List.of("the server refused device.token: GET …/services answered 401"),
            KioskSettings.DEFAULT_PIN);
    SetupViewModel token =
        new SetupViewModel(refused, () -> refused, s -> {}, "setup.tokenRefused");
    Scene tokenScene =
        fx(() -> new Scene(new SetupView(token, Texts.bundled()).root(), WIDTH, HEIGHT));
    return List.of(locked, unlocked, shot(tokenScene, dir, "13-setup-token-refused"));
  }

  /** Writes a PNG of the scene as it is now. */
  public static Path shot(Scene scene, Path dir, String name) throws Exception {
    WritableImage image = fx(() -> scene.snapshot(null));
    Path file = dir.resolve(name + ".png");
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    return file;
  }

  /** Runs on the JavaFX thread and waits for the result. */
  public static <T> T fx(Callable<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.call());
          } catch (Throwable e) {
            result.completeExceptionally(e);
          }
        });
    return result.get();
  }

  public static void fx(Runnable work) throws Exception {
    fx(
        () -> {
          work.run();
          return null;
        });
  }

  static void await(BooleanSupplier condition, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!fx(condition::getAsBoolean)) {
      if (System.nanoTime() > deadline) {
        throw new IOException("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
