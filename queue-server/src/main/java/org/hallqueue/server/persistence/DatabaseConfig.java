package org.hallqueue.server.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

/**
 * The database: the embedded SQLite file of one office (its lock, its connection pool and its
 * dialect), or a PostgreSQL server for a city, chosen by {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {
  /** The SQLite migrations; PostgreSQL's twins of them are in {@link #POSTGRESQL_MIGRATIONS}. */
  static final String SQLITE_MIGRATIONS = "classpath:db/migration";

  static final String POSTGRESQL_MIGRATIONS = "classpath:db/postgresql";

  @Bean
  JdbcDialect jdbcDialect(Database database) {
    return database.isPostgres() ? PostgresDialect.INSTANCE : SqliteDialect.INSTANCE;
  }

  /**
   * On PostgreSQL the instants-as-milliseconds and flags-as-integers converters must also decide
   * the JDBC type sent (BIGINT, not TIMESTAMP): as user conversions they do. SQLite takes any type.
   */
  @Bean
  @ConditionalOnExpression("'${spring.datasource.url}'.startsWith('jdbc:postgresql:')")
  JdbcCustomConversions jdbcCustomConversions() {
    return new JdbcCustomConversions(List.copyOf(PostgresDialect.INSTANCE.getConverters()));
  }

  /**
   * Each engine has its own migrations (same versions, same tables) and its own schema history; a
   * location set by hand is kept.
   */
  @Bean
  FlywayConfigurationCustomizer migrationsOfTheEngine(Database database) {
    return configuration -> {
      Location[] locations = configuration.getLocations();
      boolean standard =
          locations.length == 1 && locations[0].equals(new Location(SQLITE_MIGRATIONS));
      if (database.isPostgres() && standard) {
        configuration.locations(POSTGRESQL_MIGRATIONS);
      }
    };
  }

  /** Taken before the database is opened, released after it is closed. */
  @Bean(destroyMethod = "close")
  DatabaseLock databaseLock(@Value("${spring.datasource.url}") String url) {
    createParentDirectory(url);
    return DatabaseFile.of(url).map(DatabaseLock::take).orElseGet(DatabaseLock::none);
  }

  /**
   * Reads run on autocommit connections outside transactions (WAL readers never block); writes go
   * one batch at a time through {@link Writes}, so the pool needs few connections.
   */
  @Bean(destroyMethod = "close")
  DataSource dataSource(
      @Value("${spring.datasource.url}") String url,
      @Value("${spring.datasource.username:}") String username,
      @Value("${spring.datasource.password:}") String password,
      DatabaseLock databaseLock) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (DatabaseVendor.of(url) == DatabaseVendor.POSTGRESQL) {
      return postgres(config, username, password);
    }
    config.setPoolName("sqlite");
    config.setMaximumPoolSize(6);
    config.setMinimumIdle(2);
    config.setConnectionTimeout(10_000);
    return new TransactionBeginGuard(new HikariDataSource(config));
  }

  /**
   * PostgreSQL: reads and the one writer share a small pool; every transaction is READ COMMITTED
   * and commits durably (the server's synchronous_commit, on by default).
   */
  private static DataSource postgres(HikariConfig config, String username, String password) {
    config.setPoolName("postgresql");
    if (!username.isBlank()) {
      config.setUsername(username);
      config.setPassword(password);
    }
    config.setMaximumPoolSize(8);
    config.setMinimumIdle(2);
    config.setConnectionTimeout(10_000);
    return new HikariDataSource(config);
  }

  static void createParentDirectory(String url) {
    DatabaseFile.of(url)
        .ifPresent(
            file -> {
              Path parent = file.getParent();
              try {
                Files.createDirectories(parent);
              } catch (IOException e) {
                throw new DatabaseRefusedException(
                    "The server cannot create the database directory " + parent + ".");
              }
            });
  }
}
