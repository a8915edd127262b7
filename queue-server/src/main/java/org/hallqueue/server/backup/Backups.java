package org.hallqueue.server.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hallqueue.server.office.Routines;
import org.hallqueue.server.persistence.DatabaseFile;
import org.hallqueue.server.persistence.DatabaseVendor;
import org.hallqueue.server.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Online backups of the running database: {@code VACUUM INTO} writes a consistent copy while
 * changes go on, SQLite's integrity check reads the copy back, and only the newest {@code
 * queue.backup.keep} copies stay. One every {@code queue.backup.every} (6 hours; PT0S for none),
 * and one whenever an administrator asks.
 */
@Component
public class Backups {
  private static final Logger log = LoggerFactory.getLogger(Backups.class);
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("'queue-'yyyyMMdd'-'HHmmss'-'SSS'.db'").withZone(ZoneOffset.UTC);
  private static final String PATTERN = "queue-*.db";

  private final JdbcClient db;
  private final Clock clock;
  private final Path directory;
  private final int keep;
  private final Duration every;
  private final Routines routines;
  private final boolean postgres;

  Backups(
      JdbcClient db,
      Clock clock,
      Routines routines,
      @Value("${spring.datasource.url}") String url,
      @Value("${queue.backup.dir:}") String directory,
      @Value("${queue.backup.keep:7}") int keep,
      @Value("${queue.backup.every:PT6H}") Duration every) {
    this.db = db;
    this.clock = clock;
    this.routines = routines;
    this.postgres = DatabaseVendor.of(url) == DatabaseVendor.POSTGRESQL;
    this.directory =
        directory.isBlank()
            ? DatabaseFile.of(url)
                .map(f -> f.resolveSibling("backups"))
                .orElse(Path.of("data", "backups"))
                .toAbsolutePath()
            : Path.of(directory).toAbsolutePath();
    this.keep = Math.max(1, keep);
    this.every = every;
  }

  @EventListener(ApplicationReadyEvent.class)
  void schedule() {
    if (postgres) {
      log.info("on PostgreSQL the server takes no backups: the database's own backups do");
      return;
    }
    if (!every.isZero() && !every.isNegative()) {
      routines.every(
          every,
          "backups",
          () -> {
            BackupFile made = make();
            log.info(
                "backup {} written ({} bytes, integrity {})",
                made.file(),
                made.bytes(),
                made.integrity());
          });
    }
  }

  /** Takes a backup now, checks it and drops the oldest beyond {@code keep}. */
  public synchronized BackupFile make() {
    if (postgres) {
      throw new ConflictException(
          null,
          "take a backup",
          "This server runs on PostgreSQL: back up that database with its own tools (pg_dump,"
              + " base backups, the managed service's snapshots). 本服务器使用 PostgreSQL："
              + "请用该数据库自身的工具备份（pg_dump、基础备份或托管服务的快照）。");
    }
    Instant at = clock.instant();
    Path file = directory.resolve(NAME.format(at));
    try {
      Files.createDirectories(directory);
      Files.deleteIfExists(file);
      db.sql("VACUUM INTO ?").param(file.toString()).update();
      String integrity = DatabaseCopy.integrity(file);
      if (!"ok".equals(integrity)) {
        log.error("backup {} failed its integrity check: {}", file, integrity);
      }
      prune();
      return new BackupFile(file.getFileName().toString(), Files.size(file), at, integrity);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup " + file, e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check the backup " + file + ": " + e.getMessage(), e);
    }
  }

  /** The backups kept, newest first. */
  public List<BackupFile> list() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileSystem().getPathMatcher("glob:" + PATTERN).matches(f.getFileName()))
          .sorted(Comparator.comparing(Path::getFileName).reversed())
          .map(Backups::describe)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the backups in " + directory, e);
    }
  }

  public Path directory() {
    return directory;
  }

  private void prune() throws IOException {
    List<BackupFile> kept = list();
    for (BackupFile old : kept.subList(Math.min(keep, kept.size()), kept.size())) {
      Files.deleteIfExists(directory.resolve(old.file()));
    }
  }

  private static BackupFile describe(Path file) {
    try {
      return new BackupFile(
          file.getFileName().toString(),
          Files.size(file),
          Files.getLastModifiedTime(file).toInstant(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
