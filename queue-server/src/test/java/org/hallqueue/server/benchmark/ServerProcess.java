package org.hallqueue.server.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real queue server as a child JVM ({@code java -jar queue-server.jar}) on a fresh data
 * directory and a free loopback port. Its output goes to {@code server.log} in that directory.
 */
final class ServerProcess implements AutoCloseable {
  static final String ADMIN_PASSWORD = "bench-admin-password";
  static final String DB_OPTIONS =
      "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&foreign_keys=true"
          + "&transaction_mode=IMMEDIATE";

  final Process process;
  final int port;
  final Path log;
  final List<String> command;

  /** SHA-256 (first 12 hex digits) and size of the jar that ran, to tell builds apart. */
  String jarIdentity = "?";

  /** Nanoseconds from just before the process was started to health UP with the demo seeded. */
  long startupNanos;

  private ServerProcess(Process process, int port, Path log, List<String> command) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.command = command;
  }

  static ServerProcess start(Path jar, Path dataDir, List<String> jvmArgs, Duration timeout)
      throws IOException, InterruptedException {
    return start(jar, dataDir, jvmArgs, true, timeout);
  }

  /**
   * Starts the server as the README does, through {@code queue-server/run.sh} (its JVM flags in
   * {@code JAVA_OPTS}) after the launcher's preparation, which the README's build does and which is
   * not timed; or, with {@code launcher} false, as {@code java [jvmArgs] -jar queue-server.jar}.
   */
  static ServerProcess start(
      Path jar, Path dataDir, List<String> jvmArgs, boolean launcher, Duration timeout)
      throws IOException, InterruptedException {
    int port = freeLoopbackPort();
    Path log = dataDir.resolve("server.log");
    // A private copy: a build running meanwhile in the same tree may rewrite target/*.jar.
    Path copy = dataDir.resolve("queue-server.jar");
    for (int attempt = 1; ; attempt++) {
      Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      try (java.util.zip.ZipFile whole = new java.util.zip.ZipFile(copy.toFile())) {
        break; // a complete jar
      } catch (IOException halfWritten) {
        if (attempt == 5) {
          throw new IOException("the server jar " + jar + " is not a complete jar", halfWritten);
        }
        Thread.sleep(3_000);
      }
    }
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    Map<String, String> environment = new HashMap<>();
    if (launcher) {
      Path script = dataDir.resolve("run.sh");
      Files.copy(launcherScript(), script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      environment.put("QUEUE_SERVER_JAR", copy.toAbsolutePath().toString());
      environment.put("JAVA_HOME", System.getProperty("java.home"));
      environment.put("JAVA_OPTS", String.join(" ", jvmArgs));
      prepare(script, environment, dataDir.resolve("prepare.log"));
      command.add("bash");
      command.add(script.toAbsolutePath().toString());
    } else {
      command.add(javaCommand);
      command.addAll(jvmArgs);
      command.add("-jar");
      command.add(copy.toAbsolutePath().toString());
    }
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.add("--queue.demo=true");
    command.add("--queue.admin-password=" + ADMIN_PASSWORD);
    command.add("--spring.datasource.url=" + databaseUrl(dataDir));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dataDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    String identity = identity(copy);
    long t0 = System.nanoTime();
    Process process = builder.start();
    ServerProcess server = new ServerProcess(process, port, log, command);
    server.jarIdentity = identity;
    try {
      server.awaitReady(t0, timeout);
    } catch (IOException | InterruptedException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** Polls health, then the service catalog, every 20 ms until both answer as a ready server. */
  private void awaitReady(long t0, Duration timeout) throws IOException, InterruptedException {
    long deadline = t0 + timeout.toNanos();
    boolean healthy = false;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "the server exited with " + process.exitValue() + " during start-up; see " + log);
      }
      try (Http http = new Http(port, 2_000)) {
        if (!healthy) {
          Http.Response r = http.send("GET", "/actuator/health", List.of(), null);
          healthy = r.status() == 200 && r.body().contains("\"UP\"");
        }
        if (healthy) {
          Http.Response r = http.send("GET", "/api/v1/services", List.of(), null);
          if (r.status() == 200 && r.body().contains("\"code\"")) {
            startupNanos = System.nanoTime() - t0;
            return;
          }
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(20);
    }
    throw new IOException("the server was not ready within " + timeout + "; see " + log);
  }

  /**
   * The JVM that runs the server: {@code java -jar} without heap flags starts the server in a sized
   * child JVM and waits for it.
   */
  long pid() {
    return process.toHandle().children().findFirst().map(ProcessHandle::pid).orElse(process.pid());
  }

  /**
   * A line of /proc/PID/status, e.g. VmRSS, in kB, summed over the launched JVM and the server's
   * JVM when they are two; -1 where unavailable.
   */
  long procStatusKb(String field) {
    long total = procStatusKb(process.pid(), field);
    return pid() == process.pid() || total < 0 ? total : total + procStatusKb(pid(), field);
  }

  private static long procStatusKb(long pid, String field) {
    try {
      for (String line :
          Files.readAllLines(
              Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** CPU time (user + system) the server has used so far, in clock ticks; -1 where unavailable. */
  long cpuTicks() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * CPU ticks used so far by each group of the server's threads, by thread name with digits folded
   * (e.g. {@code http-nio-N.N.N.N-N-exec-N}); Linux truncates names to 15 characters.
   */
  java.util.Map<String, Long> cpuTicksByThreadGroup() {
    java.util.Map<String, Long> groups = new java.util.TreeMap<>();
    try (java.nio.file.DirectoryStream<Path> tasks =
        Files.newDirectoryStream(Path.of("/proc", Long.toString(pid()), "task"))) {
      for (Path task : tasks) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          groups.merge(
              name.replaceAll("\\d+", "N"),
              Long.parseLong(f[11]) + Long.parseLong(f[12]),
              Long::sum);
        } catch (IOException | RuntimeException gone) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      // no /proc: no breakdown
    }
    return groups;
  }

  /** The groups that used most CPU between two snapshots, as "name N%" of the total. */
  static String topGroups(
      java.util.Map<String, Long> before, java.util.Map<String, Long> after, int limit) {
    java.util.Map<String, Long> used = new java.util.HashMap<>();
    after.forEach((k, v) -> used.put(k, v - before.getOrDefault(k, 0L)));
    long total = used.values().stream().mapToLong(v -> Math.max(0, v)).sum();
    if (total <= 0) {
      return "-";
    }
    return used.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(limit)
        .map(e -> e.getKey().trim() + " " + Math.round(100.0 * e.getValue() / total) + "%")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** SIGTERM, then SIGKILL after 15 s. Only this child process is ever signalled. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  /** The README's launcher, {@code queue-server/run.sh}, found from the repository root. */
  private static Path launcherScript() throws IOException {
    for (Path candidate : List.of(Path.of("queue-server/run.sh"), Path.of("run.sh"))) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IOException("no queue-server/run.sh under " + Path.of("").toAbsolutePath());
  }

  /** {@code run.sh --prepare}: extracts the jar and writes the class-data-sharing archive. */
  private static void prepare(Path script, Map<String, String> environment, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", script.toAbsolutePath().toString(), "--prepare")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process p = builder.start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("run.sh --prepare did not finish in 300 s; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IOException("run.sh --prepare failed; see " + log);
    }
  }

  private static String identity(Path jar) throws IOException {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      try (java.io.InputStream in = Files.newInputStream(jar)) {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          sha.update(buffer, 0, n);
        }
      }
      return String.format(
          java.util.Locale.ROOT,
          "sha-256 %s…, %.1f MB",
          java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12),
          Files.size(jar) / 1e6);
    } catch (java.security.NoSuchAlgorithmException e) {
      return "?";
    }
  }

  /**
   * The server's database: {@code BENCH_DATABASE_URL} when set (benchmark.sh --postgresql sets it
   * to a PostgreSQL database of its own), else a fresh SQLite file in the data directory.
   */
  static String databaseUrl(Path dataDir) {
    String given = System.getenv("BENCH_DATABASE_URL");
    if (given != null && !given.isBlank()) {
      return given;
    }
    return "jdbc:sqlite:" + dataDir.resolve("queue.db").toAbsolutePath() + DB_OPTIONS;
  }

  static int freeLoopbackPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
