package org.hallqueue.kiosk;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Touches and reads the kiosk's screen as a visitor would, waiting for what is not there yet,
 * against the real queue server.
 */
abstract class KioskRobot extends FxRobot {
  /** The real queue server (a child JVM shared by the kiosk tests) and the window's stage. */
  static TestServer server;

  static Stage stage;

  @BeforeAll
  static void startServerAndToolkit() throws Exception {
    server = TestServer.get();
    stage = FxToolkit.registerPrimaryStage();
  }

  /** Shows the kiosk full screen (1080×1920), starts it and waits for its start screen. */
  protected static void showAtTheStart(Kiosk kiosk) throws Exception {
    Screenshots.fx(
        () -> {
          stage.setScene(new javafx.scene.Scene(kiosk.root(), 1080, 1920));
          stage.show();
        });
    Screenshots.fx(kiosk.viewModel()::start);
    await(
        () -> kiosk.viewModel().screenProperty().get() == org.hallqueue.kiosk.flow.Screen.START,
        "the start screen");
  }

  protected void tap(String query) throws Exception {
    awaitTrue(() -> lookup(query).tryQuery().isPresent(), query);
    Node node = lookup(query).query();
    Screenshots.fx(
        () -> {
          // bring the node into view before touching it, as a visitor would scroll
          Node n = node;
          while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
          }
          if (n instanceof javafx.scene.control.ScrollPane sp) {
            double y = node.localToScene(0, 0).getY();
            double bottom = y + node.getBoundsInLocal().getHeight();
            // not only below the screen: under the "more below" cue at the bottom is out of reach
            if (bottom > 1400 || y < 150) {
              double content = sp.getContent().getBoundsInLocal().getHeight();
              double viewport = sp.getViewportBounds().getHeight();
              double top = sp.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
              sp.setVvalue(Math.min(1, Math.max(0, (top - 200) / (content - viewport))));
              sp.layout();
            }
          }
        });
    // A list rebuilt meanwhile (a configuration event reloads it) holds a new node in the same
    // place: touch the one the screen shows now.
    WaitForAsyncUtils.waitForFxEvents();
    clickOn(lookup(query).tryQuery().orElse(node));
  }

  /**
   * Taps {@code query} until {@code shown} appears, at most three times, as a visitor taps again
   * when a touch did not take (a list rebuilt by a configuration event just as it was touched).
   */
  protected void tapUntilShown(String query, String shown) throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      tap(query);
      long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
      while (System.nanoTime() < deadline) {
        if (lookup(shown).tryQuery().isPresent()) {
          return;
        }
        Thread.sleep(20);
      }
      if (lookup(query).tryQuery().isEmpty()) {
        return; // the screen moved on elsewhere: the caller's check says what is wrong
      }
    }
  }

  protected String text(String query) throws Exception {
    awaitTrue(() -> lookup(query).tryQuery().isPresent(), query);
    return Screenshots.fx(() -> ((Labeled) lookup(query).query()).getText());
  }

  protected static void await(BooleanSupplier condition, String what) throws Exception {
    awaitTrue(
        () -> {
          try {
            return Screenshots.fx(condition::getAsBoolean);
          } catch (Exception e) {
            return false;
          }
        },
        what);
  }

  protected static void awaitTrue(BooleanSupplier condition, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** Kiosk timings for tests: a minute's idle, and retries after 200 ms up to 800 ms. */
  protected static org.hallqueue.kiosk.flow.KioskViewModel.Options quickRetries() {
    return new org.hallqueue.kiosk.flow.KioskViewModel.Options(
        Duration.ofSeconds(60),
        Duration.ofSeconds(20),
        Duration.ofMillis(200),
        Duration.ofMillis(800),
        "kiosk-1",
        java.time.ZoneId.of("Asia/Shanghai"));
  }
}
