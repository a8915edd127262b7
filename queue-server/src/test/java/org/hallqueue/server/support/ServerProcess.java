package org.hallqueue.server.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The queue server as a separate JVM, so a test can kill it for real (SIGKILL) and restart it. */
public final class ServerProcess implements AutoCloseable {
  private final Path dataDir;
  private final Path log;
  private final boolean demo;
  private boolean heapFlag = true;
  private String postgresUrl;
  private Process process;
  private int port;

  /** A server with the demo office, its data in {@code dataDir}. */
  public ServerProcess(Path dataDir) {
    this(dataDir, true);
  }

  private ServerProcess(Path dataDir, boolean demo) {
    this(dataDir, demo, "server.log");
  }

  private ServerProcess(Path dataDir, boolean demo, String logName) {
    this.dataDir = dataDir;
    this.log = dataDir.resolve(logName);
    this.demo = demo;
  }

  /**
   * A server with the demo office on a PostgreSQL database, logging to {@code name}.log in {@code
   * dataDir}; several such servers on one database are an active one and its standbys.
   */
  public static ServerProcess onPostgres(Path dataDir, String url, String name) {
    ServerProcess server = new ServerProcess(dataDir, true, name + ".log");
    server.postgresUrl = url;
    return server;
  }

  /**
   * Starts a server that another holds the leader lock against; returns once it stands by, its
   * context up and ready to take over.
   */
  public Api startStandby() throws IOException, InterruptedException {
    port = freePort();
    process = launch();
    Api api = new Api(port);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the standby exited:\n" + logTail());
      }
      try {
        if (api.get("/actuator/health", Api.Auth.none()).raw().body().contains("\"warm\":true")) {
          return api;
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not stand by within 180 s:\n" + logTail());
  }

  /** Whether the server's process still runs. */
  public boolean alive() {
    return process != null && process.isAlive();
  }

  /** A server with the demo office started like the README does: no JVM flags of its own. */
  public static ServerProcess withoutJvmFlags(Path dataDir) {
    ServerProcess server = new ServerProcess(dataDir, true);
    server.heapFlag = false;
    return server;
  }

  /** Another server with the demo office on the same data directory, logging to its own file. */
  public static ServerProcess another(Path dataDir, String name) {
    return new ServerProcess(dataDir, true, name + ".log");
  }

  /**
   * Starts the server expecting it to stop by itself (a refused start) and returns its exit code;
   * fails if it still runs after {@code limit}.
   */
  public int runToExit(Duration limit, String... arguments)
      throws IOException, InterruptedException {
    port = freePort();
    process = launch(arguments);
    if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      kill();
      throw new IllegalStateException("the server still ran after " + limit + ":\n" + logTail());
    }
    return process.exitValue();
  }

  /**
   * Waits for the running server to stop by itself and returns its exit code; fails after {@code
   * limit}.
   */
  public int exitCode(Duration limit) throws InterruptedException, IOException {
    if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("the server still ran after " + limit + ":\n" + logTail());
    }
    return process.exitValue();
  }

  /** Everything the server wrote to its log. */
  public String logText() throws IOException {
    return java.nio.file.Files.readString(log);
  }

  /** The JVMs running the server: the one started, and any it started itself. */
  public List<ProcessHandle> jvms() {
    List<ProcessHandle> all = new ArrayList<>();
    all.add(process.toHandle());
    process.toHandle().descendants().forEach(all::add);
    return all;
  }

  /** Resident memory of all the server's JVMs together (VmRSS), in kB. */
  public long residentKb() throws IOException {
    long total = 0;
    for (ProcessHandle jvm : jvms()) {
      for (String line :
          java.nio.file.Files.readAllLines(Path.of("/proc", Long.toString(jvm.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          total += Long.parseLong(line.substring(6).replace("kB", "").trim());
        }
      }
    }
    return total;
  }

  /** The operating system's id of the running server. */
  public long pid() {
    return process.pid();
  }

  /**
   * A freshly installed server: no services, lanes, counters, guidance or floor plan, only the
   * administrator {@code admin} with the password {@link #PASSWORD}.
   */
  public static ServerProcess emptyOffice(Path dataDir) {
    return new ServerProcess(dataDir, false);
  }

  public static final String PASSWORD = "crash-test";

  /**
   * Starts the server on a free port and waits until the demo office answers. A start that dies
   * (say, another process took the port between choosing and binding it) is retried on a new port.
   */
  public Api start() throws IOException, InterruptedException {
    IllegalStateException failure = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        return startOnce();
      } catch (IllegalStateException e) {
        failure = e;
        kill();
      }
    }
    throw failure;
  }

  private Api startOnce() throws IOException, InterruptedException {
    port = freePort();
    process = launch();
    Api api = new Api(port);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited:\n" + logTail());
      }
      try {
        Api.Response services = api.get("/api/v1/services", Api.Auth.none());
        if (services.status() == 200 && (!demo || services.json().size() > 0)) {
          return api;
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the server did not start within 180 s:\n" + logTail());
  }

  private Process launch(String... arguments) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (heapFlag) {
      command.add("-Xmx256m");
    }
    command.add("-cp");
    command.add(classpath);
    command.add("org.hallqueue.server.QueueServerApplication");
    command.add("--server.port=" + port);
    command.add("--queue.demo=" + demo);
    command.add("--queue.admin-password=" + PASSWORD);
    command.add("--spring.datasource.url=" + databaseUrl());
    command.add("--logging.level.root=WARN");
    command.add("--logging.level.org.hallqueue.server.failover=INFO"); // takeover steps timed
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private String logTail() throws IOException {
    List<String> lines = java.nio.file.Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** SIGKILL: no shutdown hooks, no flushing, like a power cut for the process. */
  public void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  public String databaseUrl() {
    if (postgresUrl != null) {
      return postgresUrl;
    }
    return "jdbc:sqlite:"
        + dataDir.resolve("queue.db")
        + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&transaction_mode=IMMEDIATE";
  }

  public File logFile() {
    return log.toFile();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
