package org.hallqueue.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (the Debian {@code postgresql} package's binaries) in a temporary
 * directory on a free loopback port, started once per JVM and stopped when the JVM ends. As root,
 * it runs as the {@code postgres} user (PostgreSQL refuses to run as root). Each test class takes a
 * database of its own with {@link #newDatabase}.
 */
public final class Postgres {
  private static final String USER = "hallqueue";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static Postgres shared;

  private final Path bin;
  private final Path dir;
  private final int port;

  private Postgres(Path bin, Path dir, int port) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
  }

  /** The JVM's PostgreSQL server, started on first use. */
  public static synchronized Postgres shared() {
    if (shared == null) {
      shared = start(false);
      Postgres server = shared;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    awaitSpringShutdown();
                    server.stop();
                  }));
    }
    return shared;
  }

  /**
   * Starts a server of one's own. {@code durable}: every commit is flushed to disk (fsync on), as
   * in production, for measurements; the tests kill the queue server, never the database, and run
   * without.
   */
  public static Postgres start(boolean durable) {
    Path bin = binaries();
    try {
      Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "hq-pg-");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      if (asRoot()) {
        run(List.of("chown", "postgres:", dir.toString()));
      }
      Path data = dir.resolve("data");
      run(
          asServerUser(
              bin.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              USER,
              "--auth=trust",
              "-E",
              "UTF8",
              "--locale=C",
              "--no-sync"));
      int port = freePort();
      String options =
          "-p "
              + port
              + " -k "
              + dir
              + " -c listen_addresses=127.0.0.1 -c max_connections=200"
              + (durable ? "" : " -c fsync=off -c full_page_writes=off");
      run(
          asServerUser(
              bin.resolve("pg_ctl").toString(),
              "-D",
              data.toString(),
              "-o",
              options,
              "-l",
              dir.resolve("server.log").toString(),
              "-w",
              "-t",
              "60",
              "start"));
      return new Postgres(bin, dir, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new empty database; returns its JDBC URL (the user is in it, no password). */
  public String newDatabase(String prefix) {
    String name =
        prefix.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet();
    try (Connection admin = DriverManager.getConnection(url("postgres"))) {
      admin.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the database " + name, e);
    }
    return url(name);
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
  }

  public int port() {
    return port;
  }

  /**
   * Waits (at most 20 s) for the JVM's Spring contexts to close, which happens in a shutdown hook
   * of their own that runs beside this one: stopped first, the database would leave their
   * connection pools retrying it, and the JVM's end waiting 30 s for them (surefire then killed the
   * fork).
   */
  private static void awaitSpringShutdown() {
    try {
      // The JVM starts every shutdown hook at once: give Spring's a moment to appear.
      long until = System.nanoTime() + 500_000_000L;
      Thread spring = springShutdownHook();
      while (spring == null && System.nanoTime() < until) {
        Thread.sleep(20);
        spring = springShutdownHook();
      }
      if (spring != null) {
        spring.join(20_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread springShutdownHook() {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t != Thread.currentThread() && t.getName().equals("SpringApplicationShutdownHook")) {
        return t;
      }
    }
    return null;
  }

  /** Stops the server at once and deletes its directory. */
  public void stop() {
    try {
      run(
          asServerUser(
              bin.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-m",
              "immediate",
              "stop"));
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("stopping the test PostgreSQL: " + e.getMessage());
    }
  }

  /** The newest installed PostgreSQL's programs (Debian: /usr/lib/postgresql/N/bin). */
  private static Path binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
          .orElseThrow();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "PostgreSQL is not installed (no /usr/lib/postgresql/N/bin/initdb); run ./test.sh, which"
              + " installs it, or: apt-get install postgresql",
          e);
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static List<String> asServerUser(String... command) {
    List<String> full = new ArrayList<>();
    if (asRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    return full;
  }

  private static void run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + command, e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
