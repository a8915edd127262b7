package org.hallqueue.kiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class KioskSettingsTest {

  @Test
  void shouldReportEveryMissingSettingAtOnce() {
    KioskSettings.Reading reading = KioskSettings.from(new Properties());

    assertThat(reading.ok()).isFalse();
    assertThat(reading.problems())
        .anyMatch(p -> p.startsWith("server.url"))
        .anyMatch(p -> p.startsWith("device.token"));
  }

  @Test
  void shouldRejectAServerUrlThatIsNotHttp() {
    Properties p = new Properties();
    p.setProperty("server.url", "ftp://queue.local");
    p.setProperty("device.token", "abc");

    assertThat(KioskSettings.from(p).problems()).singleElement().asString().contains("http://");
  }

  @Test
  void shouldReadCompleteSettings() {
    Properties p = new Properties();
    p.setProperty("server.url", "http://127.0.0.1:8080");
    p.setProperty("device.token", "abc");
    p.setProperty("printer.uri", "file:/tmp/ticket.bin");

    KioskSettings.Reading reading = KioskSettings.from(p);

    assertThat(reading.ok()).isTrue();
    assertThat(reading.settings().floorId()).isEqualTo("kiosk-1");
  }

  @Test
  void shouldReadAnActiveServerAndItsStandbyInOrder() {
    Properties p = new Properties();
    p.setProperty("server.url", "http://10.0.0.1:8080, http://10.0.0.2:8080/");
    p.setProperty("device.token", "abc");

    KioskSettings settings = KioskSettings.from(p).settings();

    assertThat(settings.servers())
        .extracting(java.net.URI::toString)
        .containsExactly("http://10.0.0.1:8080", "http://10.0.0.2:8080/");
    assertThat(settings.serverUrl()).hasToString("http://10.0.0.1:8080");
    p.setProperty("server.url", "http://10.0.0.1:8080,ftp://10.0.0.2");
    assertThat(KioskSettings.from(p).problems())
        .singleElement()
        .asString()
        .contains("ftp://10.0.0.2");
  }

  @Test
  void shouldRejectAPrinterUriTheDriverCannotUse() {
    Properties p = new Properties();
    p.setProperty("server.url", "http://127.0.0.1:8080");
    p.setProperty("device.token", "abc");
    p.setProperty("printer.uri", "lpt:1");

    assertThat(KioskSettings.from(p).problems())
        .singleElement()
        .asString()
        .startsWith("printer.uri");
  }

  @Test
  void shouldReportAMissingFileAndKeepTheDefaultPin() {
    KioskSettings.Reading reading =
        KioskSettings.from(java.nio.file.Path.of("/nonexistent/kiosk.properties"));

    assertThat(reading.problems()).singleElement().asString().contains("cannot read");
    assertThat(reading.setupPin()).isEqualTo(KioskSettings.DEFAULT_PIN);
  }
}
