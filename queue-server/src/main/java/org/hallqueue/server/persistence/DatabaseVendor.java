package org.hallqueue.server.persistence;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The database engine a JDBC URL names: the embedded SQLite file of one office, or a PostgreSQL
 * server shared by the halls of a city (README "Scale beyond one office"). The few statements whose
 * spelling differs between the two are written here.
 */
public enum DatabaseVendor {
  SQLITE,
  POSTGRESQL;

  public static DatabaseVendor of(String url) {
    if (url.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new DatabaseRefusedException(
        "The server runs on SQLite (jdbc:sqlite:…) or PostgreSQL (jdbc:postgresql://…), not on "
            + url.replaceFirst("^(jdbc:[^:]+:).*$", "$1…"));
  }

  /**
   * Inserts a row, or replaces the row with the same {@code key}: SQLite's {@code INSERT OR
   * REPLACE}, PostgreSQL's {@code INSERT … ON CONFLICT (key) DO UPDATE}. One {@code ?} per column.
   */
  public String insertOrReplace(String table, String key, String... columns) {
    String names = String.join(", ", columns);
    String values = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
    if (this == SQLITE) {
      return "INSERT OR REPLACE INTO " + table + " (" + names + ") VALUES (" + values + ")";
    }
    String updates =
        Arrays.stream(columns)
            .filter(c -> !c.equals(key))
            .map(c -> c + " = EXCLUDED." + c)
            .collect(Collectors.joining(", "));
    return "INSERT INTO "
        + table
        + " ("
        + names
        + ") VALUES ("
        + values
        + ") ON CONFLICT ("
        + key
        + ") DO UPDATE SET "
        + updates;
  }
}
