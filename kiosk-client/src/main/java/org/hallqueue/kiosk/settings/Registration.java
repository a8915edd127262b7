package org.hallqueue.kiosk.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --register}: makes this kiosk a KIOSK device of the server and writes the settings file. A
 * settings file whose token the server still accepts is kept as it is (no second device). On any
 * failure nothing is written and the reason is said in plain words: a wrong manager password, an
 * unreachable server, an answer that is not a token never end up in {@code device.token}.
 */
public final class Registration {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What registering did, in a sentence for the terminal. */
  public record Outcome(boolean ok, String message) {}

  /**
   * @param manager {@code user:password} of a manager
   * @param name the device's name in the manager console
   * @param printerUri written when the file has none yet (null: no printer)
   */
  public record Request(List<URI> servers, String manager, String name, String printerUri) {
    /** One server. */
    public Request(URI server, String manager, String name, String printerUri) {
      this(List.of(server), manager, name, printerUri);
    }
  }

  private final HttpClient http;

  public Registration(HttpClient http) {
    this.http = http;
  }

  public Outcome register(Path config, Request request) {
    Properties settings = new Properties();
    if (Files.exists(config)) {
      try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
        settings.load(in);
      } catch (IOException e) {
        return new Outcome(false, "cannot read " + config.toAbsolutePath() + ": " + e.getMessage());
      }
    }
    List<URI> servers =
        request.servers().stream()
            .map(u -> URI.create(u.toString().replaceAll("/+$", "")))
            .toList();
    String list = String.join(",", servers.stream().map(URI::toString).toList());
    for (URI server : servers) {
      try {
        return registerAt(server, list, config, settings, request);
      } catch (ConnectException | Standby e) {
        // the next address: an active server's standby, or the other way round
      } catch (IOException e) {
        return new Outcome(false, "registering at " + server + " failed: " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Outcome(false, "registering was interrupted");
      } catch (Refused e) {
        return new Outcome(false, e.getMessage() + "; " + config + " was not changed");
      }
    }
    return new Outcome(false, "cannot reach the server at " + list + ": is it running?");
  }

  /** Registers at the one address, writing all of them ({@code list}) as the kiosk's servers. */
  private Outcome registerAt(
      URI server, String list, Path config, Properties settings, Request request)
      throws IOException, InterruptedException, Refused, Standby {
    String token = settings.getProperty("device.token", "").trim();
    boolean sameServer = list.equals(settings.getProperty("server.url", "").trim());
    if (sameServer && !token.isEmpty() && accepted(server, token)) {
      return new Outcome(
          true, config + " already holds a working registration for " + list + "; kept it");
    }
    String fresh = newDevice(server, request);
    settings.setProperty("server.url", list);
    settings.setProperty("device.token", fresh);
    if (!settings.containsKey("printer.uri")) {
      settings.setProperty("printer.uri", request.printerUri() == null ? "" : request.printerUri());
    }
    if (!settings.containsKey("floorplan.kiosk-id")) {
      settings.setProperty("floorplan.kiosk-id", "kiosk-1");
    }
    write(config, settings);
    return new Outcome(
        true, "registered \"" + request.name() + "\" at " + server + " and wrote " + config);
  }

  /** Whether the server still takes this device token (a KIOSK may read the event log). */
  private boolean accepted(URI server, String token) throws IOException, InterruptedException {
    HttpResponse<Void> r =
        http.send(
            HttpRequest.newBuilder(server.resolve("/api/v1/events?since=0&limit=1"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding());
    return r.statusCode() == 200;
  }

  private String newDevice(URI server, Request request)
      throws IOException, InterruptedException, Refused, Standby {
    String body =
        JSON.createObjectNode().put("name", request.name()).put("kind", "KIOSK").toString();
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(server.resolve("/api/v1/devices"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(request.manager().getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    switch (r.statusCode()) {
      case 201 -> {
        String token = token(r.body());
        if (token == null || !token.matches("[A-Za-z0-9_\\-.~]{16,}")) {
          throw new Refused("the server's answer holds no device token");
        }
        return token;
      }
      case 401 -> throw new Refused("the manager user name or password is wrong");
      case 403 -> throw new Refused("that user is not a manager: registering needs a manager");
      case 503 -> throw new Standby();
      default ->
          throw new Refused("the server answered " + r.statusCode() + ": " + first(r.body(), 200));
    }
  }

  private static String token(String body) {
    try {
      return JSON.readTree(body).path("token").asString(null);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Writes the whole file or nothing: a temporary file moved into place. */
  private static void write(Path config, Properties settings) throws IOException {
    Path dir = config.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, ".kiosk", ".properties");
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      settings.store(out, "HallQueue kiosk (written by --register)");
    }
    Files.move(temp, config, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String first(String text, int n) {
    return text == null ? "" : text.length() <= n ? text : text.substring(0, n) + "…";
  }

  /** The address answered as a standby (or not yet active) server. */
  private static final class Standby extends Exception {}

  /** The server refused, or answered without a token. */
  private static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }
}
