package org.hallqueue.kiosk;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (the Debian {@code postgresql} package's programs) in a temporary
 * directory on a free loopback port, for an active queue server and its standby; stopped when the
 * test is done. As root it runs as the {@code postgres} user, as PostgreSQL requires.
 */
final class TestPostgres implements AutoCloseable {
  private static final String USER = "hallqueue";

  private final Path bin;
  private final Path dir;
  private final int port;

  private TestPostgres(Path bin, Path dir, int port) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
  }

  static TestPostgres start() throws IOException {
    Path bin;
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      bin =
          versions
              .map(v -> v.resolve("bin"))
              .filter(b -> Files.isExecutable(b.resolve("initdb")))
              .max(Comparator.comparing(b -> b.getParent().getFileName().toString()))
              .orElseThrow(() -> new AssertionError("PostgreSQL is not installed"));
    }
    Path dir = Files.createTempDirectory("kiosk-pg-");
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
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(
        asServerUser(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-o",
            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
            "-l",
            dir.resolve("server.log").toString(),
            "-w",
            "-t",
            "60",
            "start"));
    return new TestPostgres(bin, dir, port);
  }

  /** A new empty database; its JDBC URL (the user is in it, no password). */
  String newDatabase(String name) throws IOException {
    run(
        asServerUser(
            bin.resolve("createdb").toString(),
            "-h",
            "127.0.0.1",
            "-p",
            String.valueOf(port),
            "-U",
            USER,
            name));
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + USER;
  }

  @Override
  public void close() throws IOException {
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
        throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + command, e);
    }
  }
}
