package org.hallqueue.server.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  /**
   * Reads run on autocommit connections outside transactions (WAL readers never block); writes go
   * one batch at a time through {@link Writes}, so the pool needs few connections.
   */
  @Bean(destroyMethod = "close")
  DataSource dataSource(@Value("${spring.datasource.url}") String url) {
    createParentDirectory(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("sqlite");
    config.setMaximumPoolSize(6);
    config.setMinimumIdle(2);
    config.setConnectionTimeout(10_000);
    return new HikariDataSource(config);
  }

  static void createParentDirectory(String url) {
    String file = url.replaceFirst("^jdbc:sqlite:", "").replaceFirst("\\?.*$", "");
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file::memory:")) {
      return;
    }
    Path parent = Path.of(file.replaceFirst("^file:", "")).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database directory " + parent, e);
    }
  }
}
