package org.hallqueue.kiosk.settings;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hallqueue.printer.PrinterUri;

/**
 * What a kiosk needs to know to work: the server (or an active server and its standby, {@code
 * server.url=http://a:8080,http://b:8080}), its device token, its printer and its place on the
 * floorplan, and the staff PIN (setup screen, a fault's technical reason). Read from a properties
 * file; every missing or malformed entry is reported at once so the setup screen can list them.
 */
public record KioskSettings(
    List<URI> servers, String deviceToken, String printerUri, String floorId, String setupPin) {

  /** The first server address (the only one without a standby). */
  public URI serverUrl() {
    return servers.get(0);
  }

  /** The staff PIN of the setup screen when {@code setup.pin} is not set: change it. */
  public static final String DEFAULT_PIN = "2580";

  /** Reads a properties file; a missing or unreadable file is one problem. */
  public static Reading from(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      return new Reading(
          null,
          List.of("cannot read the settings file " + file.toAbsolutePath() + ": " + e),
          DEFAULT_PIN);
    }
    return from(p);
  }

  /** The outcome of reading settings: either settings or the list of problems. */
  public record Reading(KioskSettings settings, List<String> problems, String setupPin) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Reading from(Properties properties) {
    List<String> problems = new ArrayList<>();
    List<URI> servers = new ArrayList<>();
    String url = properties.getProperty("server.url", "").trim();
    if (url.isEmpty()) {
      problems.add("server.url is missing (for example http://192.168.1.10:8080)");
    }
    for (String one : url.isEmpty() ? new String[0] : url.split(",")) {
      try {
        URI server = URI.create(one.trim());
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
          problems.add("server.url must start with http:// or https://, got: " + one.trim());
        } else {
          servers.add(server);
        }
      } catch (IllegalArgumentException e) {
        problems.add("server.url is not a valid address: " + one.trim());
      }
    }
    String token = properties.getProperty("device.token", "").trim();
    if (token.isEmpty()) {
      problems.add("device.token is missing (create a KIOSK device in the manager console)");
    }
    String printer = properties.getProperty("printer.uri", "").trim();
    if (!printer.isEmpty()) {
      try {
        PrinterUri.parse(printer);
      } catch (IllegalArgumentException e) {
        problems.add("printer.uri is not a printer address: " + e.getMessage());
      }
    }
    String asked = properties.getProperty("setup.pin", DEFAULT_PIN).trim();
    String pin = asked.isEmpty() ? DEFAULT_PIN : asked;
    String place = properties.getProperty("floorplan.kiosk-id", "kiosk-1").trim();
    return new Reading(
        problems.isEmpty()
            ? new KioskSettings(List.copyOf(servers), token, printer, place, pin)
            : null,
        problems,
        pin);
  }
}
