package org.hallqueue.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.settings.KioskSettings;

/** The JavaFX application: the kiosk window (kiosk or setup screen), or the screenshot renderer. */
public final class KioskApp extends Application {

  private KioskWindow window;
  private Timeline ticker;

  @Override
  public void start(Stage stage) {
    List<String> args = getParameters().getRaw();
    Path config = Path.of(option(args, "--config", "kiosk.properties"));
    String screenshots = option(args, "--screenshots", null);
    if (screenshots != null) {
      Thread t =
          new Thread(
              () -> {
                try {
                  List<Path> files =
                      Screenshots.render(Path.of(screenshots), KioskSettings.from(config));
                  System.err.println(
                      "kiosk: wrote " + files.size() + " screenshots to " + screenshots);
                  Platform.exit();
                } catch (Exception e) {
                  e.printStackTrace();
                  System.exit(1);
                }
              },
              "screenshots");
      t.start();
      return;
    }
    Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
    Scene scene =
        new Scene(
            new javafx.scene.layout.Pane(),
            Math.min(1080, bounds.getWidth()),
            Math.min(1920, bounds.getHeight()));
    stage.setTitle("HallQueue kiosk");
    stage.setScene(scene);
    stage.setFullScreen(args.contains("--fullscreen"));
    stage.setFullScreenExitHint("");
    window =
        new KioskWindow(
            scene,
            () -> KioskSettings.from(config),
            settings ->
                new Kiosk(
                    settings,
                    KioskViewModel.Options.defaults(settings.floorId()),
                    Clock.systemUTC(),
                    Speech.espeak()),
            this::started);
    window.open();
    stage.show();
  }

  /** Logs the first screen's and each ticket's timing, and ticks the kiosk's idle clock. */
  private void started(Kiosk kiosk) {
    KioskViewModel vm = kiosk.viewModel();
    boolean[] first = {true};
    vm.screenProperty()
        .addListener(
            (o, a, b) -> {
              if (b == org.hallqueue.kiosk.flow.Screen.START && first[0]) {
                first[0] = false;
                System.err.printf(
                    "kiosk: first screen after %d ms%n",
                    (System.nanoTime() - Main.STARTED) / 1_000_000);
              }
            });
    vm.ticket()
        .lastIssueTimeProperty()
        .addListener(
            (o, a, b) ->
                System.err.printf("kiosk: number shown %d ms after the touch%n", b.toMillis()));
    if (ticker != null) {
      ticker.stop();
    }
    ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.welcome().tick()));
    ticker.setCycleCount(Timeline.INDEFINITE);
    ticker.play();
  }

  @Override
  public void stop() {
    if (ticker != null) {
      ticker.stop();
    }
    if (window != null) {
      window.close();
    }
  }

  static String option(List<String> args, String name, String otherwise) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
  }
}
