package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hallqueue.kiosk.settings.KioskSettings;
import org.junit.jupiter.api.Test;

class SetupViewModelTest {

  private static KioskSettings.Reading reading(String url) {
    Properties p = new Properties();
    p.setProperty("server.url", url);
    p.setProperty("device.token", "abc");
    p.setProperty("setup.pin", "1357");
    return KioskSettings.from(p);
  }

  @Test
  void shouldShowProblemsAndReloadOnlyAfterTheStaffPin() {
    List<KioskSettings> started = new ArrayList<>();
    KioskSettings.Reading[] onDisk = {reading("ftp://x")};
    SetupViewModel vm = new SetupViewModel(onDisk[0], () -> onDisk[0], started::add);

    onDisk[0] = reading("http://127.0.0.1:8080");
    vm.reload();
    assertThat(started).as("locked: nothing happens").isEmpty();

    for (int d : new int[] {1, 2, 3, 4}) {
      vm.digit(d);
    }
    assertThat(vm.wrongPinProperty().get()).isTrue();
    assertThat(vm.unlockedProperty().get()).isFalse();

    for (int d : new int[] {1, 3, 5, 7}) {
      vm.digit(d);
    }
    assertThat(vm.unlockedProperty().get()).isTrue();
    assertThat(vm.problemsProperty().get()).singleElement().asString().contains("http://");

    vm.reload();
    assertThat(started).singleElement().extracting(KioskSettings::deviceToken).isEqualTo("abc");
  }
}
