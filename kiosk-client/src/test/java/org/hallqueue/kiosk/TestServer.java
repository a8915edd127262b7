package org.hallqueue.kiosk;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;

/**
 * The real queue server with the demo office, started once per test JVM as a child process from the
 * queue-server jar on a free port, with its database in a temporary directory.
 */
final class TestServer {

  private static TestServer shared;

  private final Process process;
  private final URI url;
  private final Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestServer() throws Exception {
    this(java.util.List.of(), false);
  }

  /**
   * A server of the test's own: {@code extra} arguments (a PostgreSQL database); {@code standby}:
   * returns once it stands by, warm, behind an active server on the same database.
   */
  private TestServer(java.util.List<String> extra, boolean standby) throws Exception {
    String jar = System.getProperty("queue.server.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new AssertionError("the queue-server jar is needed (build it first): " + jar);
    }
    dir = Files.createTempDirectory("kiosk-test-server");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    url = URI.create("http://127.0.0.1:" + port);
    java.util.List<String> command =
        new java.util.ArrayList<>(
            java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-jar",
                Path.of(jar).toAbsolutePath().toString(),
                "--server.port=" + port,
                "--queue.demo=true",
                "--queue.admin-password=admin-test"));
    command.addAll(extra);
    process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    long deadline = System.nanoTime() + Duration.ofSeconds(standby ? 300 : 120).toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the queue server stopped: " + Files.readString(dir.resolve("server.log")));
      }
      try {
        // the demo office (and its manager) is seeded just after the server starts answering
        if (standby
            ? get("/actuator/health", null).body().contains("\"warm\":true")
            : get("/api/v1/devices", "manager:manager-demo").statusCode() == 200) {
          break;
        }
      } catch (IOException e) {
        // not up yet
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the queue server did not "
                + (standby ? "stand by" : "start")
                + " in time: "
                + Files.readString(dir.resolve("server.log")));
      }
      Thread.sleep(200);
    }
  }

  /** An active server on a PostgreSQL database (the first to take the database's leader lock). */
  static TestServer activeOn(String jdbcUrl) throws Exception {
    return new TestServer(java.util.List.of("--spring.datasource.url=" + jdbcUrl), false);
  }

  /** A standby of the active server on the same database, returned once it stands by, warm. */
  static TestServer standbyOn(String jdbcUrl) throws Exception {
    return new TestServer(java.util.List.of("--spring.datasource.url=" + jdbcUrl), true);
  }

  /** SIGKILL, as a power cut: no shutdown, the database's leader lock freed by its session. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  static synchronized TestServer get() throws Exception {
    if (shared == null) {
      shared = new TestServer();
    }
    return shared;
  }

  URI url() {
    return url;
  }

  HttpResponse<String> get(String path, String basicAuth) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(10));
    if (basicAuth != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A new kiosk device token, as a manager creates one. */
  String kioskToken(String name) throws IOException, InterruptedException {
    return kioskDevice(name).token();
  }

  /** A kiosk device as a manager registers it: its id and its token (shown only this once). */
  record Device(String id, String token) {}

  Device kioskDevice(String name) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(url.resolve("/api/v1/devices"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder().encodeToString("manager:manager-demo".getBytes()))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"kind\":\"KIOSK\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 201 || !m.find() || !id.find()) {
      throw new AssertionError("cannot create a kiosk device: " + r.statusCode() + " " + r.body());
    }
    return new Device(id.group(1), m.group(1));
  }

  /**
   * A request as the demo manager ({@code manager:manager-demo}, HTTP Basic), JSON body or none.
   */
  HttpResponse<String> asManager(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("manager:manager-demo".getBytes()))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The devices list as the manager sees it (JSON). */
  String devices() throws IOException, InterruptedException {
    return get("/api/v1/devices", "manager:manager-demo").body();
  }

  /** How many TICKET_ISSUED events the log has. */
  long ticketsIssued() throws IOException, InterruptedException {
    String body = get("/api/v1/events?since=0&limit=1000", "staff1:staff-demo").body();
    return body.split("\"TICKET_ISSUED\"", -1).length - 1L;
  }

  /**
   * Books, as the demo manager, the first free slot of {@code service} on the second day that has
   * any (so that its check-in is not open yet, whatever the time of the test), and returns the
   * code.
   */
  String bookNextFreeSlot(String service) throws IOException, InterruptedException {
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    var days = json.readTree(get("/api/v1/appointments/days?service=" + service, null).body());
    String date = days.get(1).path("date").asString();
    var slots =
        json.readTree(
            get("/api/v1/appointments/slots?service=" + service + "&date=" + date, null).body());
    for (var slot : slots) {
      if (slot.path("bookable").asBoolean()) {
        HttpResponse<String> r =
            asManager(
                "POST",
                "/api/v1/appointments",
                "{\"service\":\""
                    + service
                    + "\",\"start\":\""
                    + slot.path("start").asString()
                    + "\"}");
        if (r.statusCode() != 201) {
          throw new AssertionError("cannot book: " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body()).path("code").asString();
      }
    }
    throw new AssertionError("no free slot of " + service + " on " + date);
  }
}
