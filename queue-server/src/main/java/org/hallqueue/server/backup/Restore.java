package org.hallqueue.server.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.hallqueue.server.persistence.DatabaseFile;
import org.hallqueue.server.persistence.DatabaseLock;
import org.hallqueue.server.persistence.DatabaseRefusedException;

/**
 * {@code java -jar queue-server.jar --restore=BACKUP [--spring.datasource.url=…]}: puts a backup in
 * place of the database while no server runs. Refuses while a server holds the database, and
 * refuses a backup that fails SQLite's integrity check. The database it replaces is kept beside it
 * ({@code queue.db.before-restore-…}); the restored event log gets a new identity, so screens that
 * saw later events resync.
 */
public final class Restore {
  static final String OPTION = "--restore=";
  private static final String DEFAULT_URL = "jdbc:sqlite:./data/queue.db";
  private static final DateTimeFormatter SUFFIX =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private Restore() {}

  /** The backup file a command line asks to restore, if it does. */
  public static Optional<Path> requested(String[] args) {
    for (String arg : args) {
      if (arg.startsWith(OPTION)) {
        return Optional.of(Path.of(arg.substring(OPTION.length())).toAbsolutePath());
      }
    }
    return Optional.empty();
  }

  /** Restores and returns the process's exit code: 0 when restored. */
  public static int run(Path backup, String[] args, PrintStream out) {
    String url = databaseUrl(args);
    if (url.startsWith("jdbc:postgresql:")) {
      out.println(
          "The server runs on PostgreSQL: restore that database with its own tools (pg_restore,"
              + " point-in-time recovery), then start the servers.");
      return 2;
    }
    Optional<Path> target = DatabaseFile.of(url);
    if (target.isEmpty()) {
      out.println("Nothing to restore into: the database is not a file.");
      return 2;
    }
    Path database = target.get();
    try {
      if (!Files.isRegularFile(backup)) {
        out.println("The backup " + backup + " does not exist.");
        return 2;
      }
      String integrity = DatabaseCopy.integrity(backup);
      if (!"ok".equals(integrity)) {
        out.println("The backup " + backup + " is damaged (" + integrity + "); choose another.");
        return 2;
      }
      Files.createDirectories(database.getParent());
      try (DatabaseLock lock = DatabaseLock.take(database)) {
        Path kept = replace(database, backup);
        out.println(
            "Restored "
                + backup
                + " into "
                + database
                + (kept == null ? "" : "; the database it replaced is kept as " + kept)
                + ". Start the server as usual.");
        return 0;
      }
    } catch (DatabaseRefusedException e) {
      out.println(e.getMessage() + " Nothing was restored.");
      return 3;
    } catch (IOException | SQLException e) {
      out.println("Restoring " + backup + " failed: " + e.getMessage() + ". Nothing was restored.");
      return 1;
    }
  }

  /** Copies the backup beside the database, then swaps it in; returns where the old one went. */
  private static Path replace(Path database, Path backup) throws IOException, SQLException {
    Path incoming = database.resolveSibling(database.getFileName() + ".restoring");
    Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
    DatabaseCopy.newLogIdentity(incoming);
    Path kept = null;
    if (Files.exists(database)) {
      String suffix = ".before-restore-" + SUFFIX.format(Instant.now());
      kept = database.resolveSibling(database.getFileName() + suffix);
      Files.move(database, kept);
      Path wal = database.resolveSibling(database.getFileName() + "-wal");
      if (Files.exists(wal)) {
        Files.move(wal, database.resolveSibling(database.getFileName() + "-wal" + suffix));
      }
      Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-shm"));
    }
    Files.move(incoming, database, StandardCopyOption.ATOMIC_MOVE);
    return kept;
  }

  private static String databaseUrl(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("--spring.datasource.url=")) {
        return arg.substring("--spring.datasource.url=".length());
      }
    }
    String fromEnvironment = System.getenv("SPRING_DATASOURCE_URL");
    return fromEnvironment != null ? fromEnvironment : DEFAULT_URL;
  }
}
