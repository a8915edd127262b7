package org.hallqueue.server.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak: the server started exactly as the README's command starts it (no JVM flags), a steady
 * day's traffic for {@code --minutes} (kiosks issue {@code --per-second} tickets, four counters
 * call, start and complete, {@code --clients} boards follow the event stream), then: errors (any
 * 5xx or failed request), the memory every 30 s, and whether every board saw every event once, in
 * order, without a gap. Run with {@code BENCH_MAIN=Soak bash queue-server/benchmark.sh
 * --minutes=10}.
 */
public final class Soak {
  private static final Pattern SEQ = Pattern.compile("\"seq\"\\s*:\\s*(\\d+)");
  private static final String[] COUNTERS = {"counter-1", "counter-2", "counter-3", "counter-4"};
  private static final String[] SERVICES = {"A", "B", "C", "D", "E", "F"};
  private static final String[] LANES = {"standard", "standard", "standard", "elderly"};

  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    int minutes = 10;
    int perSecond = 20;
    int clients = 20;
    String jar = "queue-server/target/queue-server.jar";
    for (String a : args) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      switch (kv[0]) {
        case "minutes" -> minutes = Integer.parseInt(kv[1]);
        case "per-second" -> perSecond = Integer.parseInt(kv[1]);
        case "clients" -> clients = Integer.parseInt(kv[1]);
        case "jar" -> jar = kv[1];
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    new Soak().run(Path.of(jar), minutes, perSecond, clients);
  }

  private void run(Path jar, int minutes, int perSecond, int clients) throws Exception {
    Path dir = Files.createTempDirectory("hallqueue-soak");
    try (ServerProcess server = ServerProcess.start(jar, dir, List.of(), Duration.ofSeconds(120));
        Http http = new Http(server.port)) {
      String manager = basic("manager", "manager-demo");
      String staff = basic("staff1", "staff-demo");
      String kiosk = token(http, manager, "KIOSK");
      String display = token(http, manager, "DISPLAY");
      for (String c : COUNTERS) {
        send(http, "POST", "/api/v1/counters/" + c + "/open", staff, null);
      }
      List<Board> boards = new ArrayList<>();
      HttpClient ws = HttpClient.newHttpClient();
      for (int i = 0; i < clients; i++) {
        Board b = new Board();
        ws.newWebSocketBuilder()
            .buildAsync(
                URI.create(
                    "ws://127.0.0.1:" + server.port + "/ws/events?since=0&access_token=" + display),
                b)
            .join();
        boards.add(b);
      }
      List<String> rows = new ArrayList<>();
      long[] called = new long[COUNTERS.length];
      long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
      long nextSample = System.nanoTime();
      long issued = 0;
      int tick = 0;
      String kioskAuth = "Authorization: Bearer " + kiosk;
      while (System.nanoTime() < end) {
        long tickStart = System.nanoTime();
        if (tickStart >= nextSample) {
          rows.add(sample(server, tickStart, end, minutes, issued, boards));
          nextSample = tickStart + Duration.ofSeconds(30).toNanos();
        }
        for (int i = 0; i < perSecond / 10; i++) {
          String body =
              String.format(
                  "{\"service\":\"%s\",\"lane\":\"%s\",\"language\":\"zh-CN\"}",
                  SERVICES[(int) (issued % SERVICES.length)], LANES[(int) (issued % LANES.length)]);
          send(http, "POST", "/api/v1/tickets", kioskAuth, body);
          issued++;
        }
        if (tick % 10 == 0) {
          for (int c = 0; c < COUNTERS.length; c++) {
            if (called[c] != 0) {
              send(http, "POST", "/api/v1/tickets/" + called[c] + "/start", staff, null);
              called[c] = 0;
            } else {
              Http.Response r =
                  send(http, "POST", "/api/v1/counters/" + COUNTERS[c] + "/call-next", staff, null);
              called[c] = r.status() == 200 ? r.firstId() : 0;
            }
          }
        }
        tick++;
        long sleep = Duration.ofMillis(100).toNanos() - (System.nanoTime() - tickStart);
        if (sleep > 0) {
          Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
      }
      Thread.sleep(3_000); // the last events reach every board
      long latest = latestSeq(http, staff);
      rows.add(sample(server, System.nanoTime(), end, minutes, issued, boards));
      System.out.println(
          "HallQueue soak: "
              + minutes
              + " min, "
              + perSecond
              + " tickets/s, "
              + clients
              + " boards; the server started with no JVM flags (the README's command)");
      System.out.println(
          "| minute | tickets issued | resident memory (all server JVMs) | boards' lowest seq |");
      System.out.println("| --- | --- | --- | --- |");
      rows.forEach(System.out::println);
      int gaps = boards.stream().mapToInt(b -> b.gaps.get()).sum();
      int resyncs = boards.stream().mapToInt(b -> b.resyncs.get()).sum();
      long behind = boards.stream().filter(b -> b.last.get() != latest).count();
      System.out.printf(
          Locale.ROOT,
          "requests %d, errors (5xx or failed) %d; events in the log %d; boards with a gap %d,"
              + " RESYNCs %d, boards not at the last event %d%n",
          requests.get(),
          errors.get(),
          latest,
          gaps,
          resyncs,
          behind);
    }
  }

  private String sample(
      ServerProcess server, long now, long end, int minutes, long issued, List<Board> boards) {
    double minute = minutes - Math.max(0, end - now) / 60e9;
    long low = boards.stream().mapToLong(b -> b.last.get()).min().orElse(0);
    return String.format(
        Locale.ROOT,
        "| %.1f | %d | %d MB | %d |",
        minute,
        issued,
        server.procStatusKb("VmRSS") / 1024,
        low);
  }

  private Http.Response send(Http http, String method, String path, String auth, String body) {
    requests.incrementAndGet();
    List<String> headers = new ArrayList<>(List.of(auth));
    if (body != null) {
      headers.add("Content-Type: application/json");
    }
    try {
      Http.Response r = http.send(method, path, headers, body);
      if (r.status() >= 500) {
        errors.incrementAndGet();
      }
      return r;
    } catch (IOException e) {
      errors.incrementAndGet();
      return new Http.Response(599, "", List.of());
    }
  }

  private String token(Http http, String manager, String kind) throws IOException {
    return http.send(
            "POST",
            "/api/v1/devices",
            List.of(manager, "Content-Type: application/json"),
            "{\"name\":\"soak-" + kind.toLowerCase(Locale.ROOT) + "\",\"kind\":\"" + kind + "\"}")
        .field("token");
  }

  private static long latestSeq(Http http, String staff) throws IOException {
    long latest = 0; // the log's latest seq: page to the end
    while (true) {
      Http.Response page =
          http.send("GET", "/api/v1/events?since=" + latest + "&limit=1000", List.of(staff), null);
      Matcher m = SEQ.matcher(page.body());
      long last = latest;
      while (m.find()) {
        last = Long.parseLong(m.group(1));
      }
      if (last == latest) {
        return latest;
      }
      latest = last;
    }
  }

  private static String basic(String user, String password) {
    return "Authorization: Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A board: the seq of each event it receives must follow the last by one. */
  private static final class Board implements WebSocket.Listener {
    final AtomicLong last = new AtomicLong();
    final AtomicInteger gaps = new AtomicInteger();
    final AtomicInteger resyncs = new AtomicInteger();
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean lastPart) {
      text.append(data);
      if (lastPart) {
        String message = text.toString();
        text.setLength(0);
        Matcher m = SEQ.matcher(message);
        if (message.contains("\"type\":\"RESYNC\"")) {
          resyncs.incrementAndGet();
        } else if (m.find()) {
          long seq = Long.parseLong(m.group(1));
          if (seq != last.get() + 1) {
            gaps.incrementAndGet();
          }
          last.set(seq);
        }
      }
      ws.request(1);
      return null;
    }
  }
}
