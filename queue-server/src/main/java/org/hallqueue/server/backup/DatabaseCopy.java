package org.hallqueue.server.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A database file on its own: its integrity and its event log's identity. Plain JDBC. */
final class DatabaseCopy {
  private DatabaseCopy() {}

  /** SQLite's integrity check of the file: "ok", or the problems it found. */
  static String integrity(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      List<String> lines = new ArrayList<>();
      while (rs.next() && lines.size() < 20) {
        lines.add(rs.getString(1));
      }
      return String.join("; ", lines);
    }
  }

  /**
   * Gives the copy's event log a new identity. A copy from before identities existed gets one when
   * the server migrates it.
   */
  static void newLogIdentity(Path file) throws SQLException {
    String id = UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      try (ResultSet table =
          s.executeQuery(
              "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_log_identity'")) {
        if (!table.next()) {
          return;
        }
      }
      s.executeUpdate("DELETE FROM event_log_identity");
      s.executeUpdate("INSERT INTO event_log_identity (id) VALUES ('" + id + "')");
    }
  }
}
