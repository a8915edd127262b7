package org.hallqueue.kiosk;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a kiosk needs to know to work: the server, its device token, its printer and its place on
 * the floorplan. Read from a properties file; every missing or malformed entry is reported at
 * once so the setup screen can list them.
 */
public record KioskSettings(URI serverUrl, String deviceToken, String printerUri, String floorId) {

  /** The outcome of reading settings: either settings or the list of problems. */
  public record Reading(KioskSettings settings, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Reading from(Properties properties) {
    List<String> problems = new ArrayList<>();
    URI server = null;
    String url = properties.getProperty("server.url", "").trim();
    if (url.isEmpty()) {
      problems.add("server.url is missing (for example http://192.168.1.10:8080)");
    } else {
      try {
        server = URI.create(url);
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
          problems.add("server.url must start with http:// or https://, got: " + url);
        }
      } catch (IllegalArgumentException e) {
        problems.add("server.url is not a valid address: " + url);
      }
    }
    String token = properties.getProperty("device.token", "").trim();
    if (token.isEmpty()) {
      problems.add("device.token is missing (create a KIOSK device in the manager console)");
    }
    String printer = properties.getProperty("printer.uri", "").trim();
    String place = properties.getProperty("floorplan.kiosk-id", "kiosk-1").trim();
    return new Reading(
        problems.isEmpty() ? new KioskSettings(server, token, printer, place) : null, problems);
  }
}
