package org.hallqueue.server.persistence;

import java.nio.file.Path;
import java.util.Optional;

/** The SQLite database file a JDBC URL names; none for an in-memory database or PostgreSQL. */
public final class DatabaseFile {
  private DatabaseFile() {}

  public static Optional<Path> of(String url) {
    if (!url.startsWith("jdbc:sqlite:")) {
      return Optional.empty();
    }
    String file = url.replaceFirst("^jdbc:sqlite:", "").replaceFirst("\\?.*$", "");
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file::memory:")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(file.replaceFirst("^file:", "")).toAbsolutePath().normalize());
  }
}
