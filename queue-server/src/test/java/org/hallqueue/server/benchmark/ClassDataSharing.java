package org.hallqueue.server.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The optional {@code --cds=true} start: the server jar extracted ({@code java -Djarmode=tools -jar
 * queue-server.jar extract}), one training start that writes a class-data-sharing archive of every
 * class loaded up to the end of start-up ({@code -XX:ArchiveClassesAtExit} with {@code
 * -Dspring.context.exit=onRefresh}), and the measured start then maps that archive ({@code
 * -XX:SharedArchiveFile}). The same three commands work for an office PC; see BENCHMARK.md.
 */
final class ClassDataSharing {
  /** The extracted jar to run and the JVM flag that uses the archive. */
  record Prepared(Path jar, String flag) {}

  private ClassDataSharing() {}

  static Prepared prepare(Path jar, Path dir, List<String> jvmArgs)
      throws IOException, InterruptedException {
    Path app = dir.resolve("app");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    run(
        List.of(
            java,
            "-Djarmode=tools",
            "-jar",
            jar.toAbsolutePath().toString(),
            "extract",
            "--destination",
            app.toString()),
        dir.resolve("cds-extract.log"));
    Path extracted;
    try (var files = Files.list(app)) {
      extracted =
          files
              .filter(p -> p.getFileName().toString().endsWith(".jar"))
              .findFirst()
              .orElseThrow(() -> new IOException("nothing extracted into " + app));
    }
    Path archive = app.resolve("queue-server.jsa");
    List<String> training = new ArrayList<>();
    training.add(java);
    training.addAll(jvmArgs);
    training.add("-XX:ArchiveClassesAtExit=" + archive);
    training.add("-Dspring.context.exit=onRefresh");
    training.add("-jar");
    training.add(extracted.toString());
    training.add("--server.port=0");
    training.add("--server.address=127.0.0.1");
    training.add("--queue.demo=true");
    training.add("--queue.admin-password=" + ServerProcess.ADMIN_PASSWORD);
    training.add(
        "--spring.datasource.url=jdbc:sqlite:"
            + dir.resolve("cds-training.db").toAbsolutePath()
            + ServerProcess.DB_OPTIONS);
    run(training, dir.resolve("cds-training.log"));
    if (!Files.isRegularFile(archive)) {
      throw new IOException("no archive was written; see " + dir.resolve("cds-training.log"));
    }
    return new Prepared(extracted, "-XX:SharedArchiveFile=" + archive);
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command + "; see " + log);
    }
  }
}
