package org.hallqueue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.settings.KioskSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The "server unreachable" fault screen on the real kiosk (TestFX, Monocle) behind a cut link to
 * the real queue server: plain words in both languages for visitors, the technical reason only
 * after the staff PIN, and locked again for the next person.
 */
class FaultScreenTest extends KioskRobot {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private Kiosk kiosk;
  private Proxy proxy;

  @AfterEach
  void closeEverything() throws Exception {
    if (kiosk != null) {
      Screenshots.fx(kiosk::close);
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void shouldTellVisitorsWhatHappenedAndWhatToDoAndShowTheTechnicalLineOnlyToStaff()
      throws Exception {
    KioskViewModel vm = kioskBehindACutLink();
    await(() -> vm.screenProperty().get() == Screen.UNREACHABLE, "the unreachable screen");
    String technical = Screenshots.fx(() -> vm.connection().serverProblemProperty().get());
    assertThat(technical).as("what went wrong, for a technician").isNotBlank();
    java.nio.file.Files.createDirectories(SHOTS);
    Screenshots.shot(stage.getScene(), SHOTS, "kiosk-unreachable");

    assertThat(text("#title")).contains("暂时连不上排队系统").contains("not answering");
    assertThat(visibleTexts()).contains("现在不能在本机取号").contains("help desk for a ticket");
    assertThat(visibleTexts())
        .as("visitors see no technical text")
        .doesNotContain(technical)
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("http");

    tap("#staff-details");
    for (char digit : "1111".toCharArray()) {
      tap("#staff-pin-" + digit);
    }
    assertThat(visibleTexts()).as("a wrong PIN shows nothing more").doesNotContain(technical);
    for (char digit : KioskSettings.DEFAULT_PIN.toCharArray()) {
      tap("#staff-pin-" + digit);
    }
    await(() -> lookup("#fault-detail").query().isVisible(), "the technical line");
    assertThat(text("#fault-detail")).contains("技术信息").contains("Technical detail");
    assertThat(visibleTexts()).contains(technical);
    Screenshots.shot(stage.getScene(), SHOTS, "kiosk-unreachable-staff");

    proxy.up();
    await(() -> vm.screenProperty().get() == Screen.START, "recovery");
    assertThat(Screenshots.fx(() -> kiosk.staffPin().unlockedProperty().get()))
        .as("locked again for the next person")
        .isFalse();
  }

  private KioskViewModel kioskBehindACutLink() throws Exception {
    proxy = new Proxy(server.url());
    proxy.down();
    Properties p = new Properties();
    p.setProperty("server.url", proxy.url().toString());
    p.setProperty("device.token", server.kioskToken("Kiosk with a fault"));
    KioskSettings settings = KioskSettings.from(p).settings();
    KioskViewModel.Options options = quickRetries();
    kiosk =
        Screenshots.fx(() -> new Kiosk(settings, options, new AdjustableClock(), Speech.none()));
    Screenshots.fx(
        () -> {
          stage.setScene(new Scene(kiosk.root(), 1080, 1920));
          stage.show();
        });
    KioskViewModel vm = kiosk.viewModel();
    Screenshots.fx(vm::start);
    return vm;
  }

  /** Every text a person can see on the screen now, one per line. */
  private String visibleTexts() throws Exception {
    return Screenshots.fx(
        () -> {
          StringBuilder all = new StringBuilder();
          collect(stage.getScene().getRoot(), all);
          return all.toString();
        });
  }

  private static void collect(Node node, StringBuilder all) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof javafx.scene.control.Labeled l && l.getText() != null) {
      all.append(l.getText()).append('\n');
    }
    if (node instanceof javafx.scene.Parent parent) {
      parent.getChildrenUnmodifiable().forEach(c -> collect(c, all));
    }
  }
}
