package org.hallqueue.server.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Notices when the database file under the running server is replaced (another file now has its
 * name) or its write-ahead log vanishes. Either way the server's open connections would go on
 * writing into files nobody will read again, and acknowledged changes would be lost: the writer
 * stops instead. A check is two file-status calls, cheap enough before every commit.
 */
@Component
public class DatabaseFileWatch {
  private final Path database;
  private final Path wal;
  private Object fileKey;
  private boolean walSeen;

  public DatabaseFileWatch(@Value("${spring.datasource.url}") String url) {
    Optional<Path> file = DatabaseFile.of(url);
    this.database = file.orElse(null);
    this.wal = file.map(f -> f.resolveSibling(f.getFileName() + "-wal")).orElse(null);
  }

  /**
   * Empty while the files are the ones the server opened, else the sentence that says what
   * happened. The first call remembers the files. Called by one thread at a time.
   */
  Optional<String> problem() {
    if (database == null) {
      return Optional.empty();
    }
    Object key = keyOf(database);
    if (key == null) {
      return Optional.of("the database file " + database + " has disappeared");
    }
    boolean walThere = Files.exists(wal);
    if (fileKey == null) {
      fileKey = key;
      walSeen = walThere;
      return Optional.empty();
    }
    if (!Objects.equals(key, fileKey)) {
      return Optional.of("the database file " + database + " was replaced while the server ran");
    }
    if (walSeen && !walThere) {
      return Optional.of("the database's write-ahead log " + wal + " was deleted");
    }
    walSeen |= walThere;
    return Optional.empty();
  }

  private static Object keyOf(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      Object key = attributes.fileKey();
      return key != null ? key : attributes.creationTime();
    } catch (IOException e) {
      return null;
    }
  }
}
