package org.hallqueue.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every SQLite migration (db/migration) has its PostgreSQL twin (db/postgresql) with the same
 * version and description, so a server on either engine reaches the same schema.
 */
class MigrationTwinsTest {

  @Test
  void shouldHaveAPostgresqlTwinForEverySqliteMigration() throws IOException {
    Set<String> sqlite = names(DatabaseConfig.SQLITE_MIGRATIONS);
    Set<String> postgresql = names(DatabaseConfig.POSTGRESQL_MIGRATIONS);

    assertThat(sqlite).isNotEmpty();
    assertThat(postgresql).isEqualTo(sqlite);
  }

  private static Set<String> names(String location) throws IOException {
    Resource[] found =
        new PathMatchingResourcePatternResolver().getResources(location + "/V*__*.sql");
    return new TreeSet<>(Arrays.stream(found).map(Resource::getFilename).toList());
  }
}
