package org.hallqueue.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.sqlite.SQLiteDataSource;

/**
 * Finding 11: a change the database refuses at commit is answered in plain words (the 503's
 * detail), never with an internal class name such as TransactionSystemException.
 */
class WritesFailureTest {

  @Test
  void shouldSayInPlainWordsThatACommitFailed() throws Exception {
    Path db = Files.createTempDirectory("writes-failure").resolve("q.db");
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + db);
    ds.setEnforceForeignKeys(true);
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    jdbc.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
    jdbc.execute(
        "CREATE TABLE child (parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)");
    Writes writes =
        new Writes(
            new DataSourceTransactionManager(ds),
            event -> {},
            new DatabaseFileWatch("jdbc:sqlite:" + db),
            ds);
    try {
      // The missing parent is noticed only when the transaction commits.
      assertThatThrownBy(
              () ->
                  writes.inTransaction(() -> jdbc.update("INSERT INTO child (parent) VALUES (42)")))
          .isInstanceOf(StorageUnavailableException.class)
          .satisfies(
              e ->
                  assertThat(e.getMessage())
                      .doesNotContain("Exception")
                      .doesNotContain("org.")
                      .contains("while committing the change"));
    } finally {
      writes.destroy();
    }
  }
}
