package org.hallqueue.server.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * How many halls one server serves at a hall's peak of 3 tickets a second, with p99 ≤ 50 ms: the
 * real server (on the database benchmark.sh gives it, PostgreSQL with {@code --postgresql}) takes
 * tickets at 3 × N a second, open loop, for N halls in growing steps; each step's tickets are
 * cancelled after it, so every step starts from a short queue, as in halls whose counters keep up.
 * Run: {@code BENCH_MAIN=HallsBenchmark queue-server/benchmark.sh --postgresql
 * [--halls=10,20,40,80,120,160] [--seconds=20]}.
 */
public final class HallsBenchmark {
  private static final double PER_HALL = 3.0;
  private static final double P99_LIMIT_MS = 50;

  public static void main(String[] args) throws Exception {
    List<Integer> halls = new ArrayList<>(List.of(10, 20, 40, 80, 120, 160, 200));
    int seconds = 20;
    for (String arg : args) {
      if (arg.startsWith("--halls=")) {
        halls.clear();
        for (String n : arg.substring(8).split(",")) {
          halls.add(Integer.parseInt(n.trim()));
        }
      } else if (arg.startsWith("--seconds=")) {
        seconds = Integer.parseInt(arg.substring(10));
      } else {
        throw new IllegalArgumentException("options: --halls=10,20,… --seconds=20, not " + arg);
      }
    }
    Path jar = Path.of("queue-server/target/queue-server.jar");
    Path dir = Files.createTempDirectory("hallqueue-halls");
    String database = ServerProcess.databaseUrl(dir).replaceFirst("\\?.*$", "");
    try (ServerProcess server = ServerProcess.start(jar, dir, List.of(), Duration.ofSeconds(180))) {
      String kiosk = kioskToken(server.port);
      List<String> staff = staffSession(server.port);
      System.out.printf("server on %s, ready after %.1f s%n", database, server.startupNanos / 1e9);
      run(server.port, kiosk, staff, 60, 10); // warm-up
      System.out.println();
      System.out.println(
          "| halls | tickets/s asked | achieved | p50 ms | p99 ms | errors | ≤ 50 ms |");
      System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | --- |");
      int best = 0;
      for (int n : halls) {
        Result r = run(server.port, kiosk, staff, n * PER_HALL, seconds);
        boolean ok = r.errors == 0 && r.p99 <= P99_LIMIT_MS;
        System.out.printf(
            Locale.ROOT,
            "| %d | %.0f | %.0f | %.1f | %.1f | %d | %s |%n",
            n,
            n * PER_HALL,
            r.achieved,
            r.p50,
            r.p99,
            r.errors,
            ok ? "yes" : "no");
        if (ok) {
          best = n; // the largest step within the limit; every step runs, so the table shows noise
        }
      }
      System.out.printf(
          "%nOne server on this database serves %d halls at %.0f tickets/s each (p99 ≤ %.0f ms).%n",
          best, PER_HALL, P99_LIMIT_MS);
    }
    System.exit(0);
  }

  record Result(double achieved, double p50, double p99, int errors) {}

  private static Result run(int port, String kiosk, List<String> staff, double rate, int seconds)
      throws InterruptedException {
    List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>());
    int n = (int) Math.round(rate * seconds);
    long interval = Math.round(1e9 / rate);
    int connections = Math.max(4, Math.min(64, (int) Math.ceil(rate / 20)));
    Latencies latencies = new Latencies(n);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Thread t =
          new Thread(
              () -> {
                try (Http http = new Http(port)) {
                  var issue =
                      http.request(
                          "POST",
                          "/api/v1/tickets",
                          List.of("Authorization: Bearer " + kiosk),
                          "{\"service\":\"A\"}");
                  for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long intended = start + i * interval;
                    long now;
                    while ((now = System.nanoTime()) < intended) {
                      LockSupport.parkNanos(intended - now);
                    }
                    try {
                      Http.Response r = http.send(issue);
                      if (r.status() == 201) {
                        latencies.add(System.nanoTime() - intended);
                        ids.add(r.firstId());
                      } else {
                        errors.incrementAndGet();
                      }
                    } catch (IOException e) {
                      errors.incrementAndGet();
                    }
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    cancel(port, ids, staff);
    return new Result(
        latencies.count() / elapsed,
        latencies.percentileMillis(50),
        latencies.percentileMillis(99),
        errors.get());
  }

  /**
   * Cancels the step's tickets (as signed-in staff), so each step starts from a short queue as in
   * halls whose counters keep up with their visitors.
   */
  private static void cancel(int port, List<Long> ids, List<String> staff)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      Thread t =
          new Thread(
              () -> {
                try (Http http = new Http(port)) {
                  for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    http.send("POST", "/api/v1/tickets/" + ids.get(i) + "/cancel", staff, null);
                  }
                } catch (IOException ignored) {
                  // the next step then starts with a longer queue
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  private static final String XSRF = "halls-xsrf-token";

  /** The staff dashboard's session: signed in once, no password check per request. */
  private static List<String> staffSession(int port) throws IOException {
    try (Http http = new Http(port)) {
      Http.Response login =
          http.send(
              "POST",
              "/login",
              List.of(
                  "Content-Type: application/x-www-form-urlencoded", "Cookie: XSRF-TOKEN=" + XSRF),
              "username=staff1&password=staff-demo&_csrf=" + XSRF);
      String session =
          login.setCookies().stream()
              .filter(c -> c.startsWith("JSESSIONID="))
              .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no staff session: " + login.body()));
      return List.of("Cookie: " + session + "; XSRF-TOKEN=" + XSRF, "X-XSRF-TOKEN: " + XSRF);
    }
  }

  private static String kioskToken(int port) throws IOException {
    try (Http http = new Http(port)) {
      String manager =
          "Authorization: Basic "
              + java.util.Base64.getEncoder().encodeToString("manager:manager-demo".getBytes());
      Http.Response r =
          http.send(
              "POST",
              "/api/v1/devices",
              List.of(manager),
              "{\"name\":\"halls-kiosk\",\"kind\":\"KIOSK\"}");
      return r.field("token");
    }
  }
}
