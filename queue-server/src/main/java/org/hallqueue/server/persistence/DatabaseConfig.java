package org.hallqueue.server.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

/** The embedded SQLite database: its file, its connection pool and its dialect. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

  @Bean
  JdbcDialect jdbcDialect() {
    return SqliteDialect.INSTANCE;
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
  DataSource dataSource(@Value("${spring.datasource.url}") String url, DatabaseLock databaseLock) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("sqlite");
    config.setMaximumPoolSize(6);
    config.setMinimumIdle(2);
    config.setConnectionTimeout(10_000);
    return new TransactionBeginGuard(new HikariDataSource(config));
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
