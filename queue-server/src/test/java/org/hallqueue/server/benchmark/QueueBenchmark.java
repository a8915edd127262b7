package org.hallqueue.server.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * End-to-end benchmark of the real queue server over loopback. Not a test: run it with {@code
 * queue-server/benchmark.sh} (see {@code queue-server/BENCHMARK.md}).
 *
 * <p>It starts {@code java -jar queue-server/target/queue-server.jar} as a child JVM on a fresh
 * temporary data directory and a free loopback port, then measures, in this order: start-up; a
 * warm-up (issue + cancel, not reported); the saturated issue rate at several queue depths;
 * call-to-event latency to 500 WebSocket clients; ticket issue latency at a fixed open-loop rate;
 * the raw durable SQLite commit rate of the same disk (with the server idle); ticket issue
 * throughput at saturation; and the server's memory. Every loop is bounded in count and in time;
 * all traffic goes to 127.0.0.1; the child is stopped at the end.
 *
 * <p>Options are {@code --name=value}; see {@link Options}.
 */
public final class QueueBenchmark {
  private static final String ISSUE_BODY = "{\"service\":\"A\",\"lane\":\"standard\"}";
  private static final String XSRF = "bench-xsrf-token";

  private final Options options;
  private final Map<String, String[]> rows = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private ServerProcess server;
  private int port;
  private String kioskToken;
  private String displayToken;
  private List<String> staffSession;
  private byte[] issueRequest;
  private final AtomicLong waiting = new AtomicLong();

  /** Knobs, each settable as {@code --name=value}; the defaults are the documented run. */
  static final class Options {
    String jar = "queue-server/target/queue-server.jar";

    /** None of one's own: the README's command, {@code run.sh}, sizes the JVM. */
    String serverJvmArgs = "";

    /** The README's launcher {@code run.sh}; false: {@code java [flags] -jar queue-server.jar}. */
    boolean launcher = true;

    double rate = 200;
    int rateSeconds = 20;
    int rateConnections = 32;
    int saturationClients = 8;
    int saturationSeconds = 15;
    int warmupSeconds = 12;
    int wsClients = 500;
    String wsClient = "raw";
    int calls = 200;
    int rawCommits = 5_000;
    boolean keep = false;
    boolean startupOnly = false;
    String depthSweep = "";
    String rateDepths = "10,1000,10000";
    int rateDepthTickets = 2_000;

    static Options parse(String[] args) {
      Options o = new Options();
      for (String arg : args) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
          throw new IllegalArgumentException("options are --name=value, not " + arg);
        }
        String name = arg.substring(2, arg.indexOf('='));
        String value = arg.substring(arg.indexOf('=') + 1);
        switch (name) {
          case "jar" -> o.jar = value;
          case "server-jvm-args" -> o.serverJvmArgs = value;
          case "rate" -> o.rate = Double.parseDouble(value);
          case "rate-seconds" -> o.rateSeconds = Integer.parseInt(value);
          case "rate-connections" -> o.rateConnections = Integer.parseInt(value);
          case "saturation-clients" -> o.saturationClients = Integer.parseInt(value);
          case "saturation-seconds" -> o.saturationSeconds = Integer.parseInt(value);
          case "warmup-seconds" -> o.warmupSeconds = Integer.parseInt(value);
          case "ws-clients" -> o.wsClients = Integer.parseInt(value);
          case "ws-client" -> o.wsClient = value;
          case "calls" -> o.calls = Integer.parseInt(value);
          case "raw-commits" -> o.rawCommits = Integer.parseInt(value);
          case "keep" -> o.keep = Boolean.parseBoolean(value);
          case "startup-only" -> o.startupOnly = Boolean.parseBoolean(value);
          case "launcher" -> o.launcher = Boolean.parseBoolean(value);
          case "depth-sweep" -> o.depthSweep = value;
          case "rate-depths" -> o.rateDepths = value;
          case "rate-depth-tickets" -> o.rateDepthTickets = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option --" + name);
        }
      }
      return o;
    }
  }

  private QueueBenchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    int status = new QueueBenchmark(options).run();
    System.exit(status);
  }

  private int run() throws Exception {
    Path jar = Path.of(options.jar);
    if (!Files.isRegularFile(jar) && Files.isRegularFile(Path.of("target/queue-server.jar"))) {
      jar = Path.of("target/queue-server.jar");
    }
    if (!Files.isRegularFile(jar)) {
      System.err.println(
          "no server jar at "
              + jar.toAbsolutePath()
              + "; build it: ./mvnw -B -q -pl queue-server -am install -DskipTests");
      return 2;
    }
    Path dir = Files.createTempDirectory("hallqueue-bench");
    String loadBefore = loadAverage();
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<String> jvmArgs =
        new ArrayList<>(
            options.serverJvmArgs.isBlank()
                ? List.of()
                : Arrays.asList(options.serverJvmArgs.trim().split("\\s+")));
    Thread stopper = new Thread(this::stopQuietly, "stop-server");
    Runtime.getRuntime().addShutdownHook(stopper);
    String loadMid = "";
    try {
      progress("starting the server in " + dir + " with " + jvmArgs);
      server = ServerProcess.start(jar, dir, jvmArgs, options.launcher, Duration.ofSeconds(120));
      port = server.port;
      double startup = server.startupNanos / 1e9;
      // CPU the start took and the load it had: on a shared machine the wall time says less.
      String startupCpu =
          String.format(
              Locale.ROOT,
              "%.1f CPU-s, load %s",
              server.cpuTicks() / 100.0, // clock ticks of 10 ms, as below
              loadAverage().split(" ")[0]);
      progress(String.format(Locale.ROOT, "ready on port %d after %.2f s", port, startup));
      if (options.startupOnly) {
        System.out.printf(
            Locale.ROOT,
            "start-up %.2f s (%s), idle VmRSS %d MB, load %s, server %s%n",
            startup,
            startupCpu,
            server.procStatusKb("VmRSS") / 1024,
            loadAverage(),
            jvmArgs);
        return 0;
      }
      setUp();
      warmUp();
      if (!options.depthSweep.isBlank()) {
        depthSweep();
        return 0;
      }
      if (!options.rateDepths.isBlank()) {
        rateByDepth();
      }
      callToEvent();
      Probe shallow = probe();
      fixedRate();
      loadMid = loadAverage();
      double raw = rawCommits(dir);
      double saturated = saturation();
      Probe deep = probe();
      rows.put(
          "1c",
          new String[] {
            "  one client, sequential issues: queue depth → issue latency p50 / call-next p50",
            String.format(
                Locale.ROOT,
                "depth %d: %.1f / %.1f ms · depth %d: %.1f / %.1f ms",
                shallow.depth,
                shallow.issueP50,
                shallow.callP50,
                deep.depth,
                deep.issueP50,
                deep.callP50),
            "",
            ""
          });
      double ratio = saturated / raw;
      rows.put(
          "3b",
          new String[] {
            "ratio: saturated issue throughput / raw single-commit rate",
            String.format(Locale.ROOT, "%.2f", ratio),
            "≥ 0.5",
            verdict(ratio >= 0.5)
          });
      long rss = server.procStatusKb("VmRSS");
      long hwm = server.procStatusKb("VmHWM");
      long anon = server.procStatusKb("RssAnon");
      long file = server.procStatusKb("RssFile");
      rows.put(
          "4a",
          new String[] {
            "start-up: process start → /actuator/health UP and demo seeded",
            String.format(Locale.ROOT, "%.2f s (%s)", startup, startupCpu),
            "≤ 6 s",
            verdict(startup <= 6)
          });
      rows.put(
          "4b",
          new String[] {
            "server resident memory after the runs (VmRSS; peak VmHWM)",
            String.format(
                Locale.ROOT,
                "%d MB (peak %d MB; %d MB own, %d MB mapped files)",
                rss / 1024,
                hwm / 1024,
                anon / 1024,
                file / 1024),
            "< 300 MB",
            verdict(rss > 0 && rss / 1024.0 < 300)
          });
      boolean survived = server.process.isAlive();
      if (!survived) {
        notes.add("THE SERVER EXITED DURING THE RUN; see its log (run with --keep=true).");
      }
      server.close();
      print(startedAt, loadBefore, loadMid, loadAverage(), jvmArgs);
      return survived ? 0 : 1;
    } catch (Exception | Error e) {
      System.err.println("benchmark failed: " + e);
      if (server != null) {
        System.err.println("last lines of " + server.log + ":\n" + server.logTail(40));
      }
      if (!rows.isEmpty()) {
        print(startedAt, loadBefore, loadMid, loadAverage(), jvmArgs);
      }
      throw e;
    } finally {
      stopQuietly();
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
      if (!options.keep) {
        deleteTree(dir);
      } else {
        System.out.println("kept " + dir);
      }
    }
  }

  // ---------------------------------------------------------------- set-up

  private void setUp() throws IOException {
    try (Http http = new Http(port)) {
      String manager = basic("manager", "manager-demo");
      kioskToken =
          expect(
                  http.send(
                      "POST",
                      "/api/v1/devices",
                      List.of(manager),
                      "{\"name\":\"bench-kiosk\",\"kind\":\"KIOSK\"}"),
                  201)
              .field("token");
      displayToken =
          expect(
                  http.send(
                      "POST",
                      "/api/v1/devices",
                      List.of(manager),
                      "{\"name\":\"bench-display\",\"kind\":\"DISPLAY\"}"),
                  201)
              .field("token");
      expect(
          http.send(
              "POST",
              "/api/v1/counters/counter-9/open",
              List.of(basic("staff1", "staff-demo")),
              null),
          200);
      // The staff dashboard signs in once and then uses its session (no bcrypt per request).
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
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "form login gave no session: " + login.status() + " " + login.body()));
      staffSession =
          List.of("Cookie: " + session + "; XSRF-TOKEN=" + XSRF, "X-XSRF-TOKEN: " + XSRF);
      issueRequest =
          http.request(
              "POST",
              "/api/v1/tickets",
              List.of("Authorization: Bearer " + kioskToken),
              ISSUE_BODY);
      // How much HTTP Basic costs a staff request (the password hash is checked every time).
      Latencies basicCost = new Latencies(10);
      for (int i = 0; i < 10; i++) {
        long t0 = System.nanoTime();
        expect(
            http.send(
                "GET",
                "/api/v1/queue?counter=counter-9",
                List.of(basic("staff1", "staff-demo")),
                null),
            200);
        basicCost.add(System.nanoTime() - t0);
      }
      Latencies sessionCost = new Latencies(10);
      for (int i = 0; i < 10; i++) {
        long t0 = System.nanoTime();
        expect(http.send("GET", "/api/v1/queue?counter=counter-9", staffSession, null), 200);
        sessionCost.add(System.nanoTime() - t0);
      }
      notes.add(
          String.format(
              Locale.ROOT,
              "A staff request (GET /api/v1/queue, empty queue) takes p50 %.1f ms with HTTP Basic"
                  + " (the password hash is verified on every request) and p50 %.1f ms with the"
                  + " dashboard's session; the call-to-event rounds use the session.",
              basicCost.percentileMillis(50),
              sessionCost.percentileMillis(50)));
    }
  }

  // ---------------------------------------------------------------- warm-up

  /** Issue and cancel in a closed loop, so the JIT has compiled the paths; not reported. */
  private void warmUp() throws InterruptedException {
    progress("warming up for " + options.warmupSeconds + " s (issue + cancel, not reported)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.warmupSeconds);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    runThreads(
        16,
        "warm-up",
        i -> {
          try (Http http = new Http(port)) {
            for (int n = 0; n < 50_000 && System.nanoTime() < deadline; n++) {
              try {
                Http.Response r = http.send(issueRequest);
                if (r.status() != 201) {
                  errors.incrementAndGet();
                  continue;
                }
                Http.Response c =
                    http.send(
                        "POST", "/api/v1/tickets/" + r.firstId() + "/cancel", staffSession, null);
                if (c.status() != 200) {
                  errors.incrementAndGet();
                }
                done.incrementAndGet();
              } catch (IOException e) {
                errors.incrementAndGet();
              }
            }
          }
        });
    progress("warm-up: " + done + " tickets issued and cancelled, " + errors + " errors");
  }

  // ---------------------------------------------------------------- 1d. rate by depth

  /**
   * {@code --rate-depths=10,1000,10000}: for each depth, tops the queue up to it, then the
   * saturation clients issue {@code --rate-depth-tickets} tickets as fast as answered (the queue
   * grows by that many during the step), which are cancelled after. The queue is emptied at the
   * end.
   */
  private void rateByDepth() throws InterruptedException {
    List<Long> fillers = new ArrayList<>();
    double first = 0;
    double last = 0;
    for (String step : options.rateDepths.split(",")) {
      int depth = Integer.parseInt(step.trim());
      fillers.addAll(issue(Math.max(0, depth - (int) waiting.get()), null));
      long before = waiting.get();
      progress("rate at depth " + before + ": " + options.rateDepthTickets + " tickets");
      Latencies latencies = new Latencies(options.rateDepthTickets);
      long cpu0 = server.cpuTicks();
      long start = System.nanoTime();
      List<Long> burst = issue(options.rateDepthTickets, latencies);
      double elapsed = (System.nanoTime() - start) / 1e9;
      double cpu = (server.cpuTicks() - cpu0) / 100.0;
      double rate = burst.size() / elapsed;
      first = first == 0 ? rate : first;
      last = rate;
      rows.put(
          "1d " + depth,
          new String[] {
            String.format(
                Locale.ROOT,
                "  issue rate at depth %,d: %d clients, %,d tickets (queue %,d → %,d)",
                depth,
                options.saturationClients,
                options.rateDepthTickets,
                before,
                waiting.get()),
            String.format(
                Locale.ROOT,
                "%,.0f tickets/s · p99 %.1f ms · %.2f CPU-ms per ticket",
                rate,
                latencies.percentileMillis(99),
                1000 * cpu / Math.max(1, burst.size())),
            "",
            ""
          });
      cancel(burst);
    }
    rows.put(
        "1d flat",
        new String[] {
          "  issue rate flat from the first depth to the last (last / first)",
          String.format(Locale.ROOT, "%.2f", last / first),
          "≥ 0.8",
          verdict(last / first >= 0.8)
        });
    progress("emptying the queue (" + fillers.size() + " tickets)");
    cancel(fillers);
  }

  /**
   * Issues {@code count} tickets from the saturation clients as fast as answered and returns their
   * ids, timing each in {@code latencies} when given.
   */
  private List<Long> issue(int count, Latencies latencies) throws InterruptedException {
    List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger left = new AtomicInteger(count);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    runThreads(
        options.saturationClients,
        "issue",
        w -> {
          try (Http http = new Http(port)) {
            while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
              long t0 = System.nanoTime();
              try {
                Http.Response r = http.send(issueRequest);
                if (r.status() == 201) {
                  if (latencies != null) {
                    latencies.add(System.nanoTime() - t0);
                  }
                  ids.add(r.firstId());
                }
              } catch (IOException e) {
                // not issued
              }
            }
          }
        });
    waiting.addAndGet(ids.size());
    return new ArrayList<>(ids);
  }

  // ---------------------------------------------------------------- 2. call → event

  private void callToEvent() throws Exception {
    int warm = 50; // unreported rounds: the optimising compiler takes the send path meanwhile
    int total = options.calls + warm;
    progress("issuing " + (total + 5) + " tickets for the calls");
    List<Long> issued = Collections.synchronizedList(new ArrayList<>());
    try (Http http = new Http(port)) {
      for (int i = 0; i < total + 5; i++) {
        issued.add(expect(http.send(issueRequest), 201).firstId());
      }
    }
    waiting.addAndGet(issued.size());
    progress("connecting " + options.wsClients + " WebSocket clients");
    long c0 = System.nanoTime();
    Latencies deliveries = new Latencies(options.calls * options.wsClients);
    Latencies responses = new Latencies(options.calls);
    int missing = 0;
    int rounds = 0;
    List<Long> called = new ArrayList<>();
    try (EventClients clients =
            options.wsClient.equals("jdk")
                ? JdkEventClients.connect(port, displayToken, options.wsClients, 4, 50)
                : RawEventClients.connect(port, displayToken, options.wsClients);
        Http http = new Http(port)) {
      double connectSeconds = (System.nanoTime() - c0) / 1e9;
      progress(String.format(Locale.ROOT, "connected in %.1f s; calling", connectSeconds));
      Thread.sleep(500);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      long cpu0 = server.cpuTicks();
      long self0 = selfCpuTicks();
      Map<String, Long> groups0 = server.cpuTicksByThreadGroup();
      long r0 = System.nanoTime();
      for (int round = 0; round < total && System.nanoTime() < deadline; round++) {
        long t0 = System.nanoTime();
        Http.Response r =
            http.send("POST", "/api/v1/counters/counter-9/call-next", staffSession, null);
        long answered = System.nanoTime();
        if (r.status() == 204) {
          break;
        }
        long id = expect(r, 200).firstId();
        called.add(id);
        EventClients.Call call = clients.call(id);
        boolean all = call.all.await(5, TimeUnit.SECONDS);
        if (round >= warm) {
          rounds++;
          responses.add(answered - t0);
          for (long at : call.receivedAt) {
            if (at == 0) {
              missing++;
            } else {
              deliveries.add(at - t0);
            }
          }
        }
        if (!all) {
          progress(
              "call of ticket "
                  + id
                  + ": only "
                  + (clients.size() - call.all.getCount())
                  + " clients got it within 5 s");
        }
        clients.forget(id);
        expect(http.send("POST", "/api/v1/tickets/" + id + "/start", staffSession, null), 200);
        Thread.sleep(20);
      }
      // The last started visit is completed by pausing nothing: complete it explicitly.
      if (!called.isEmpty()) {
        http.send(
            "POST",
            "/api/v1/tickets/" + called.get(called.size() - 1) + "/complete",
            staffSession,
            null);
      }
      double seconds = (System.nanoTime() - r0) / 1e9;
      double serverCpu = (server.cpuTicks() - cpu0) / 100.0;
      double selfCpu = (selfCpuTicks() - self0) / 100.0;
      notes.add(
          String.format(
              Locale.ROOT,
              "Call rounds (call-next, wait for all deliveries, start, 20 ms pause): %.1f s; the"
                  + " server used %.0f%% of one core (%.1f CPU-ms per round of 3 events × %d"
                  + " clients), the benchmark's WebSocket clients %.0f%%. Server CPU by"
                  + " thread: %s.",
              seconds,
              100 * serverCpu / seconds,
              1000 * serverCpu / Math.max(1, called.size()),
              options.wsClients,
              100 * selfCpu / seconds,
              ServerProcess.topGroups(groups0, server.cpuTicksByThreadGroup(), 5)));
      if (clients.closedOrFailed() > 0) {
        notes.add(
            clients.closedOrFailed() + " WebSocket clients were closed or failed during the run.");
      }
      notes.add(
          String.format(
              Locale.ROOT,
              "%d WebSocket handshakes (%s) took %.1f s; %d messages received in all.",
              options.wsClients,
              options.wsClient.equals("jdk")
                  ? "java.net.http clients, 50 at a time"
                  : "one after another; the clients read on one thread of plain sockets,"
                      + " --ws-client=jdk for the JDK's",
              connectSeconds,
              clients.messages()));
    }
    waiting.addAndGet(-called.size());
    List<Long> leftover = new ArrayList<>(issued);
    leftover.removeAll(called);
    cancel(leftover);
    rows.put(
        "2",
        new String[] {
          String.format(
              Locale.ROOT,
              "call-next → TICKET_CALLED at each of %d WebSocket clients (%d calls, %,d deliveries%s)",
              options.wsClients,
              rounds,
              deliveries.count(),
              missing == 0 ? "" : ", " + missing + " MISSING"),
          String.format(
              Locale.ROOT,
              "p50 %.1f ms · p99 %.1f ms · max %.1f ms",
              deliveries.percentileMillis(50),
              deliveries.percentileMillis(99),
              deliveries.maxMillis()),
          "p99 ≤ 20 ms",
          verdict(missing == 0 && deliveries.percentileMillis(99) <= 20)
        });
    rows.put(
        "2b",
        new String[] {
          "  call-next HTTP round trip in the same rounds",
          String.format(
              Locale.ROOT,
              "p50 %.1f ms · p99 %.1f ms",
              responses.percentileMillis(50),
              responses.percentileMillis(99)),
          "",
          ""
        });
  }

  /** Sequential latencies at the current queue depth: how the cost grows with waiting tickets. */
  private record Probe(long depth, double issueP50, double callP50) {}

  private Probe probe() throws IOException {
    long depth = waiting.get();
    Latencies issue = new Latencies(20);
    Latencies call = new Latencies(5);
    List<Long> ids = new ArrayList<>();
    try (Http http = new Http(port)) {
      for (int i = 0; i < 20; i++) {
        long t0 = System.nanoTime();
        ids.add(expect(http.send(issueRequest), 201).firstId());
        issue.add(System.nanoTime() - t0);
      }
      waiting.addAndGet(ids.size());
      for (int i = 0; i < 5; i++) {
        long t0 = System.nanoTime();
        Http.Response r =
            http.send("POST", "/api/v1/counters/counter-9/call-next", staffSession, null);
        call.add(System.nanoTime() - t0);
        long id = expect(r, 200).firstId();
        waiting.decrementAndGet();
        expect(http.send("POST", "/api/v1/tickets/" + id + "/start", staffSession, null), 200);
        if (i == 4) {
          http.send("POST", "/api/v1/tickets/" + id + "/complete", staffSession, null);
        }
      }
    }
    return new Probe(depth, issue.percentileMillis(50), call.percentileMillis(50));
  }

  /**
   * {@code --depth-sweep=0,500,1000,…}: instead of the phases above, how one ticket issue and one
   * call-next cost more as the queue of one service grows (one client, sequential requests).
   */
  private void depthSweep() throws IOException {
    System.out.println();
    System.out.println(
        "| waiting tickets | issue p50 | server CPU per issue | of which HTTP threads |"
            + " call-next p50 | server CPU per call-next + start |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    try (Http http = new Http(port)) {
      for (String step : options.depthSweep.split(",")) {
        int target = Integer.parseInt(step.trim());
        for (int n = 0; waiting.get() < target && n < 100_000; n++) {
          expect(http.send(issueRequest), 201);
          waiting.incrementAndGet();
        }
        long depth = waiting.get();
        Latencies issue = new Latencies(200);
        Map<String, Long> groups0 = server.cpuTicksByThreadGroup();
        long cpu0 = server.cpuTicks();
        for (int i = 0; i < 200; i++) {
          long t0 = System.nanoTime();
          expect(http.send(issueRequest), 201);
          issue.add(System.nanoTime() - t0);
        }
        long cpu1 = server.cpuTicks();
        Map<String, Long> groups1 = server.cpuTicksByThreadGroup();
        long httpTicks = 0;
        for (Map.Entry<String, Long> e : groups1.entrySet()) {
          if (e.getKey().startsWith("http-nio")) {
            httpTicks += e.getValue() - groups0.getOrDefault(e.getKey(), 0L);
          }
        }
        waiting.addAndGet(200);
        Latencies call = new Latencies(20);
        for (int i = 0; i < 20; i++) {
          long t0 = System.nanoTime();
          Http.Response r =
              http.send("POST", "/api/v1/counters/counter-9/call-next", staffSession, null);
          call.add(System.nanoTime() - t0);
          long id = expect(r, 200).firstId();
          waiting.decrementAndGet();
          expect(http.send("POST", "/api/v1/tickets/" + id + "/start", staffSession, null), 200);
        }
        long cpu2 = server.cpuTicks();
        System.out.printf(
            Locale.ROOT,
            "| %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
            depth,
            issue.percentileMillis(50),
            (cpu1 - cpu0) * 10.0 / 200,
            httpTicks * 10.0 / 200,
            call.percentileMillis(50),
            (cpu2 - cpu1) * 10.0 / 20);
      }
    }
    System.out.println(
        "\nload average (1/5/15 min) " + loadAverage() + "; server " + server.jarIdentity);
  }

  // ---------------------------------------------------------------- 1a. fixed rate

  private void fixedRate() throws InterruptedException {
    int n = (int) Math.round(options.rate * options.rateSeconds);
    long interval = Math.round(1e9 / options.rate);
    progress(
        String.format(
            Locale.ROOT,
            "open loop: %d tickets at %.0f/s over %d connections (queue depth %d)",
            n,
            options.rate,
            options.rateConnections,
            waiting.get()));
    Latencies latencies = new Latencies(n);
    List<Long> ids = Collections.synchronizedList(new ArrayList<>(n));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger late = new AtomicInteger();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    long stopSending = start + n * interval + TimeUnit.SECONDS.toNanos(30);
    long cpu0 = server.cpuTicks();
    Map<String, Long> groups0 = server.cpuTicksByThreadGroup();
    runThreads(
        options.rateConnections,
        "open-loop",
        w -> {
          try (Http http = new Http(port)) {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
              long intended = start + i * interval;
              long now;
              while ((now = System.nanoTime()) < intended) {
                LockSupport.parkNanos(intended - now);
              }
              if (now > stopSending) {
                late.incrementAndGet();
                continue;
              }
              try {
                Http.Response r = http.send(issueRequest);
                long end = System.nanoTime();
                if (r.status() == 201) {
                  latencies.add(end - intended);
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
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (server.cpuTicks() - cpu0) / 100.0;
    String groups = ServerProcess.topGroups(groups0, server.cpuTicksByThreadGroup(), 5);
    waiting.addAndGet(ids.size());
    double p99 = latencies.percentileMillis(99);
    rows.put(
        "1a",
        new String[] {
          String.format(
              Locale.ROOT,
              "ticket issue, open loop %.0f/s for %d s (%d requests, %d connections; queue %d → %d)",
              options.rate,
              options.rateSeconds,
              n,
              options.rateConnections,
              waiting.get() - ids.size(),
              waiting.get()),
          String.format(
              Locale.ROOT,
              "p50 %.1f ms · p99 %.1f ms · max %.1f ms · %d errors%s",
              latencies.percentileMillis(50),
              p99,
              latencies.maxMillis(),
              errors.get(),
              late.get() == 0 ? "" : " · " + late + " not sent (too late)"),
          "p99 ≤ 10 ms",
          verdict(errors.get() == 0 && late.get() == 0 && p99 <= 10)
        });
    notes.add(
        String.format(
            Locale.ROOT,
            "Open loop: latency runs from each request's scheduled send time, so queueing in the"
                + " client counts; achieved %.0f tickets/s; the server used %.0f%% of one core,"
                + " %.2f CPU-ms per ticket; by thread: %s.",
            latencies.count() / elapsed,
            100 * cpu / elapsed,
            1000 * cpu / Math.max(1, latencies.count()),
            groups));
    cancel(ids);
  }

  // ---------------------------------------------------------------- 3. raw commits

  /** Single-row INSERT + COMMIT, one at a time, with the server's URL options, in its directory. */
  private double rawCommits(Path dir) throws SQLException {
    progress("raw SQLite: " + options.rawCommits + " single-row durable commits (server idle)");
    String url =
        "jdbc:sqlite:" + dir.resolve("raw-commits.db").toAbsolutePath() + ServerProcess.DB_OPTIONS;
    try (Connection db = DriverManager.getConnection(url)) {
      try (Statement s = db.createStatement()) {
        s.executeUpdate(
            "CREATE TABLE IF NOT EXISTS bench (id INTEGER PRIMARY KEY, at INTEGER, body TEXT)");
      }
      db.setAutoCommit(false);
      try (PreparedStatement insert =
          db.prepareStatement("INSERT INTO bench (at, body) VALUES (?, ?)")) {
        for (int i = 0; i < 200; i++) { // warm-up
          commitOne(db, insert);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        long t0 = System.nanoTime();
        int done = 0;
        while (done < options.rawCommits && System.nanoTime() < deadline) {
          commitOne(db, insert);
          done++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = done / seconds;
        rows.put(
            "3",
            new String[] {
              String.format(
                  Locale.ROOT,
                  "raw SQLite durable commits, one single-row INSERT per commit (%d, WAL + synchronous=FULL)",
                  done),
              String.format(Locale.ROOT, "%,.0f commits/s (%.0f µs each)", rate, 1e6 / rate),
              "",
              ""
            });
        return rate;
      }
    }
  }

  private static void commitOne(Connection db, PreparedStatement insert) throws SQLException {
    insert.setLong(1, System.currentTimeMillis());
    insert.setString(2, "{\"service\":\"A\",\"lane\":\"standard\",\"number\":\"A001\"}");
    insert.executeUpdate();
    db.commit();
  }

  // ---------------------------------------------------------------- 1b. saturation

  private double saturation() throws InterruptedException {
    int clients = options.saturationClients;
    int seconds = options.saturationSeconds;
    long queueBefore = waiting.get();
    progress(
        "saturation: "
            + clients
            + " closed-loop clients for "
            + seconds
            + " s (queue depth "
            + queueBefore
            + ")");
    Latencies latencies = new Latencies(2_000_000);
    AtomicInteger errors = new AtomicInteger();
    AtomicLongArray perSecond = new AtomicLongArray(seconds + 1);
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    long cpu0 = server.cpuTicks();
    long self0 = selfCpuTicks();
    Map<String, Long> groups0 = server.cpuTicksByThreadGroup();
    runThreads(
        clients,
        "closed-loop",
        w -> {
          try (Http http = new Http(port)) {
            for (int n = 0; n < 200_000; n++) {
              long t0 = System.nanoTime();
              if (t0 >= deadline) {
                break;
              }
              try {
                Http.Response r = http.send(issueRequest);
                long end = System.nanoTime();
                if (r.status() == 201) {
                  latencies.add(end - t0);
                  int bucket = (int) ((end - start) / 1_000_000_000L);
                  perSecond.incrementAndGet(Math.min(bucket, seconds));
                } else {
                  errors.incrementAndGet();
                }
              } catch (IOException e) {
                errors.incrementAndGet();
              }
            }
          }
        });
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (server.cpuTicks() - cpu0) / 100.0;
    double selfCpu = (selfCpuTicks() - self0) / 100.0;
    String groups = ServerProcess.topGroups(groups0, server.cpuTicksByThreadGroup(), 5);
    int ok = latencies.count();
    waiting.addAndGet(ok);
    double throughput = ok / elapsed;
    StringBuilder timeline = new StringBuilder();
    for (int s = 0; s < seconds; s++) {
      timeline.append(s == 0 ? "" : " ").append(perSecond.get(s));
    }
    rows.put(
        "1b",
        new String[] {
          String.format(
              Locale.ROOT,
              "ticket issue, saturation: %d closed-loop clients for %d s (queue %d → %d)",
              clients,
              seconds,
              queueBefore,
              waiting.get()),
          String.format(
              Locale.ROOT,
              "%,.0f tickets/s (p50 %.1f ms · p99 %.1f ms · %d errors)",
              throughput,
              latencies.percentileMillis(50),
              latencies.percentileMillis(99),
              errors.get()),
          "≥ 2,000/s, p99 ≤ 10 ms",
          verdict(throughput >= 2000 && latencies.percentileMillis(99) <= 10 && errors.get() == 0)
        });
    double cpuPerTicket = 1000 * cpu / Math.max(1, ok);
    rows.put(
        "1b cpu",
        new String[] {
          "  server CPU per issued ticket in the saturation run (the server JVM, not its launcher)",
          String.format(Locale.ROOT, "%.2f ms", cpuPerTicket),
          "≤ 1 ms",
          verdict(cpuPerTicket <= 1)
        });
    notes.add(
        String.format(
            Locale.ROOT,
            "Saturation, tickets issued in each second: %s. CPU during it: server %.0f%% (%.2f"
                + " CPU-ms per ticket), benchmark client %.0f%% (of one core; 200%% = both cores)."
                + " Server CPU by thread: %s.",
            timeline,
            100 * cpu / elapsed,
            1000 * cpu / Math.max(1, ok),
            100 * selfCpu / elapsed,
            groups));
    return throughput;
  }

  // ---------------------------------------------------------------- helpers

  /** Cancels tickets left waiting by a phase, so the next phase starts from a short queue. */
  private void cancel(List<Long> ids) throws InterruptedException {
    if (ids.isEmpty()) {
      return;
    }
    List<Long> toCancel = new ArrayList<>(ids);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    runThreads(
        8,
        "cancel",
        w -> {
          try (Http http = new Http(port)) {
            for (int i = next.getAndIncrement();
                i < toCancel.size() && System.nanoTime() < deadline;
                i = next.getAndIncrement()) {
              try {
                if (http.send(
                            "POST",
                            "/api/v1/tickets/" + toCancel.get(i) + "/cancel",
                            staffSession,
                            null)
                        .status()
                    == 200) {
                  done.incrementAndGet();
                }
              } catch (IOException e) {
                // counted as not cancelled
              }
            }
          }
        });
    waiting.addAndGet(-done.get());
  }

  private interface Worker {
    void run(int index) throws InterruptedException;
  }

  private static void runThreads(int count, String name, Worker worker)
      throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  worker.run(index);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              name + "-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(TimeUnit.MINUTES.toMillis(5));
    }
  }

  private static Http.Response expect(Http.Response r, int status) {
    if (r.status() != status) {
      throw new IllegalStateException(
          "expected " + status + " but got " + r.status() + ": " + r.body());
    }
    return r;
  }

  private static String basic(String user, String password) {
    return "Authorization: Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String verdict(boolean ok) {
    return ok ? "met" : "MISSED";
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static long selfCpuTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private void stopQuietly() {
    if (server != null) {
      try {
        server.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void progress(String message) {
    System.err.println("[bench] " + message);
  }

  private void print(
      Instant at, String loadBefore, String loadMid, String loadAfter, List<String> jvmArgs) {
    StringBuilder out = new StringBuilder();
    out.append("\nHallQueue queue-server benchmark, ").append(at).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "machine: %d cores, JDK %s; load average (1/5/15 min) before %s, before saturation %s, after %s%n",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            loadBefore,
            loadMid.isEmpty() ? "-" : loadMid,
            loadAfter));
    String flags = String.join(" ", jvmArgs);
    out.append(
            options.launcher
                ? "server: run.sh" + (flags.isEmpty() ? "" : " with JAVA_OPTS=\"" + flags + "\"")
                : "server: java " + flags + (flags.isEmpty() ? "" : " ") + "-jar queue-server.jar")
        .append(" (child process, loopback, fresh database; jar ")
        .append(server == null ? "?" : server.jarIdentity)
        .append(")\n\n");
    int w1 = "measurement".length();
    int w2 = "result".length();
    int w3 = "aim".length();
    Map<String, String[]> ordered = new LinkedHashMap<>();
    rows.keySet().stream()
        .sorted(Comparator.naturalOrder())
        .forEach(k -> ordered.put(k, rows.get(k)));
    for (String[] r : ordered.values()) {
      w1 = Math.max(w1, r[0].length());
      w2 = Math.max(w2, r[1].length());
      w3 = Math.max(w3, r[2].length());
    }
    String format = "| %-3s | %-" + w1 + "s | %-" + w2 + "s | %-" + w3 + "s | %-6s |%n";
    out.append(String.format(format, "#", "measurement", "result", "aim", ""));
    out.append(
        String.format(format, "---", "-".repeat(w1), "-".repeat(w2), "-".repeat(w3), "------"));
    for (Map.Entry<String, String[]> e : ordered.entrySet()) {
      String[] r = e.getValue();
      out.append(String.format(format, e.getKey(), r[0], r[1], r[2], r[3]));
    }
    out.append('\n');
    for (String note : notes) {
      out.append("- ").append(note).append('\n');
    }
    System.out.print(out);
    System.out.flush();
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }
}
