package org.hallqueue.kiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.hallqueue.kiosk.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --register} against the real server: a newcomer's kiosk is registered on the first try,
 * registered again it keeps its device, and a failure says why and writes nothing.
 */
class RegistrationTest {
  private final Registration registration = new Registration(HttpClient.newHttpClient());

  @TempDir Path dir;

  @Test
  void shouldRegisterTheKioskAndWriteAWorkingSettingsFile() throws Exception {
    Path config = dir.resolve("kiosk.properties");

    Registration.Outcome outcome = registration.register(config, request("manager:manager-demo"));

    assertThat(outcome.ok()).as(outcome.message()).isTrue();
    Properties written = read(config);
    assertThat(written.getProperty("server.url"))
        .isEqualTo(TestServers.url().toString().replaceAll("/+$", ""));
    assertThat(written.getProperty("device.token")).matches("[A-Za-z0-9_\\-.~]{16,}");
    assertThat(written.getProperty("printer.uri")).isEqualTo("file:/tmp/kiosk-tickets.bin");
    assertThat(KioskSettings.from(config).ok()).isTrue();
  }

  @Test
  void shouldKeepAWorkingRegistrationInsteadOfMakingASecondDevice() throws Exception {
    Path config = dir.resolve("kiosk.properties");
    registration.register(config, request("manager:manager-demo"));
    String token = read(config).getProperty("device.token");
    int devices = deviceCount();

    Registration.Outcome again = registration.register(config, request("manager:manager-demo"));

    assertThat(again.ok()).isTrue();
    assertThat(again.message()).contains("kept");
    assertThat(read(config).getProperty("device.token")).isEqualTo(token);
    assertThat(deviceCount()).isEqualTo(devices);
  }

  @Test
  void shouldSayWhyAndWriteNothingWhenThePasswordIsWrongOrTheServerIsAway() throws Exception {
    Path config = dir.resolve("kiosk.properties");

    Registration.Outcome wrong = registration.register(config, request("manager:not-the-password"));
    Registration.Outcome away =
        registration.register(
            config,
            new Registration.Request(URI.create("http://127.0.0.1:1"), "manager:x", "Kiosk", null));

    assertThat(wrong.ok()).isFalse();
    assertThat(wrong.message()).contains("password is wrong").contains("not changed");
    assertThat(away.ok()).isFalse();
    assertThat(away.message()).contains("cannot reach");
    assertThat(config).doesNotExist();
  }

  @Test
  void shouldRegisterAtTheAddressThatAnswersAndWriteBothServers() throws Exception {
    Path config = dir.resolve("kiosk.properties");
    URI away = URI.create("http://127.0.0.1:1");
    URI active = URI.create(TestServers.url().toString().replaceAll("/+$", ""));

    Registration.Outcome outcome =
        registration.register(
            config,
            new Registration.Request(
                java.util.List.of(away, active), "manager:manager-demo", "Two servers", null));

    assertThat(outcome.ok()).as(outcome.message()).isTrue();
    assertThat(outcome.message()).contains("at " + active);
    assertThat(read(config).getProperty("server.url")).isEqualTo(away + "," + active);
    assertThat(KioskSettings.from(config).settings().servers()).containsExactly(away, active);
  }

  private static Registration.Request request(String manager) throws Exception {
    return new Registration.Request(
        TestServers.url(), manager, "Registration test", "file:/tmp/kiosk-tickets.bin");
  }

  private static int deviceCount() throws Exception {
    return TestServers.asManager("GET", "/api/v1/devices", null, 200).split("\"kind\"").length - 1;
  }

  private static Properties read(Path config) throws Exception {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
