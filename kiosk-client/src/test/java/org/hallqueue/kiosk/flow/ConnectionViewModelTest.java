package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.floorplans.model.Lang;
import org.junit.jupiter.api.Test;

/** Loading the catalog, the server away and back, a refused token; against an in-memory server. */
class ConnectionViewModelTest {

  private final TestKiosk kiosk = TestKiosk.of(Catalogs.office());
  private final ConnectionViewModel connection = kiosk.vm.connection();

  @Test
  void shouldShowTheStartScreenOnceTheCatalogIsLoaded() {
    assertThat(kiosk.screen()).isEqualTo(Screen.LOADING);

    kiosk.vm.start();

    assertThat(kiosk.screen()).isEqualTo(Screen.START);
    assertThat(connection.catalogProperty().get()).isEqualTo(Catalogs.office());
    assertThat(connection.serverProblemProperty().get()).isEmpty();
  }

  @Test
  void shouldShowTheServerIsAwayAndComeBackByItself() {
    kiosk.server.down();

    kiosk.vm.start();
    assertThat(kiosk.screen()).isEqualTo(Screen.UNREACHABLE);
    assertThat(connection.serverProblemProperty().get()).contains("connection refused");
    kiosk.background.runDelayed();
    assertThat(kiosk.screen()).as("still away").isEqualTo(Screen.UNREACHABLE);

    kiosk.server.up();
    kiosk.background.runDelayed();
    assertThat(kiosk.screen()).isEqualTo(Screen.START);
    assertThat(connection.serverProblemProperty().get()).isEmpty();
  }

  @Test
  void shouldWaitTwiceAsLongBeforeEachRetryUpToTheLongestWait() {
    kiosk.server.down();
    kiosk.vm.start();
    for (int i = 0; i < 5; i++) {
      kiosk.background.runDelayed();
    }

    assertThat(kiosk.background.delays())
        .extracting(Duration::toMillis)
        .containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
  }

  @Test
  void shouldSayTheTokenIsRefusedRatherThanTheServerIsAway() {
    kiosk.server.refuseToken();

    kiosk.vm.start();

    assertThat(connection.tokenRefusedProperty().get()).contains("401");
    assertThat(kiosk.screen()).isNotEqualTo(Screen.UNREACHABLE);
    assertThat(kiosk.background.delays()).as("no retry").isEmpty();
  }

  @Test
  void shouldKeepTheVisitorsScreenWhenAReloadFails() {
    kiosk.vm.start();
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    kiosk.server.down();

    connection.reloadCatalog();

    assertThat(kiosk.screen()).isEqualTo(Screen.QUESTION);
    assertThat(connection.catalogProperty().get()).isEqualTo(Catalogs.office());
  }

  @Test
  void shouldReloadAnOldCatalogWhenAVisitEnds() {
    kiosk.vm.start();
    long loads = connection.catalogLoads();
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    kiosk.vm.startOver();
    assertThat(connection.catalogLoads()).as("a fresh catalog is kept").isEqualTo(loads);

    kiosk.clock.advance(Duration.ofMinutes(6));
    kiosk.vm.welcome().chooseLanguage(Lang.EN);
    kiosk.vm.startOver();
    assertThat(connection.catalogLoads()).isEqualTo(loads + 1);
  }

  @Test
  void shouldIgnoreAnswersOnceStopped() {
    kiosk.background.hold();
    kiosk.vm.start();

    kiosk.vm.stop();
    kiosk.background.release();

    assertThat(kiosk.screen()).isEqualTo(Screen.LOADING);
    assertThat(connection.catalogProperty().get()).isNull();
  }
}
