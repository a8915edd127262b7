package org.hallqueue.server.persistence;

import java.sql.JDBCType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.core.mapping.JdbcValue;

/**
 * Spring Data JDBC's PostgreSQL dialect with the SQLite schema's conventions: the PostgreSQL
 * migrations keep instants as epoch milliseconds (BIGINT) and flags as 0 and 1 (INTEGER), so the
 * repositories read and write the same values on both engines. PostgreSQL's driver, unlike
 * SQLite's, heeds the JDBC type sent with a value, so the written values carry theirs.
 */
final class PostgresDialect extends JdbcPostgresDialect {
  static final PostgresDialect INSTANCE = new PostgresDialect();

  private PostgresDialect() {}

  @Override
  public Collection<Object> getConverters() {
    List<Object> converters = new ArrayList<>(SqliteDialect.converters());
    converters.removeIf(c -> c.getClass().isAnnotationPresent(WritingConverter.class));
    converters.add(InstantToBigint.INSTANCE);
    converters.add(BooleanToInteger.INSTANCE);
    return converters;
  }

  @WritingConverter
  enum InstantToBigint implements Converter<Instant, JdbcValue> {
    INSTANCE;

    @Override
    public JdbcValue convert(Instant source) {
      return JdbcValue.of(source.toEpochMilli(), JDBCType.BIGINT);
    }
  }

  @WritingConverter
  enum BooleanToInteger implements Converter<Boolean, JdbcValue> {
    INSTANCE;

    @Override
    public JdbcValue convert(Boolean source) {
      return JdbcValue.of(source ? 1 : 0, JDBCType.INTEGER);
    }
  }
}
