package org.hallqueue.server.persistence;

import java.nio.file.Path;
import java.util.Optional;

/** The SQLite database file a JDBC URL names; none for an in-memory database. */
public final class DatabaseFile {
  private DatabaseFile() {}

  public static Optional<Path> of(String url) {
    String file = url.replaceFirst("^jdbc:sqlite:", "").replaceFirst("\\?.*$", "");
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file::memory:")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(file.replaceFirst("^file:", "")).toAbsolutePath().normalize());
  }
}
