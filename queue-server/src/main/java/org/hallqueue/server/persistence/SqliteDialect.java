package org.hallqueue.server.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.dialect.AbstractDialect;
import org.springframework.data.relational.core.dialect.LimitClause;
import org.springframework.data.relational.core.dialect.LockClause;
import org.springframework.data.relational.core.sql.LockOptions;

/**
 * Spring Data JDBC has no SQLite dialect (its maintainers declined one). SQLite wants {@code LIMIT
 * n OFFSET m} after ORDER BY, has no row locks (a write transaction locks the whole database), and
 * its driver reads timestamps back as epoch milliseconds, so instants are stored as such. It has no
 * boolean type: booleans are stored as 0 and 1 and read back as integers.
 */
public final class SqliteDialect extends AbstractDialect implements JdbcDialect {

  public static final SqliteDialect INSTANCE = new SqliteDialect();

  private static final LimitClause LIMIT =
      new LimitClause() {
        @Override
        public String getLimit(long limit) {
          return "LIMIT " + limit;
        }

        @Override
        public String getOffset(long offset) {
          return "LIMIT -1 OFFSET " + offset;
        }

        @Override
        public String getLimitOffset(long limit, long offset) {
          return "LIMIT " + limit + " OFFSET " + offset;
        }

        @Override
        public Position getClausePosition() {
          return Position.AFTER_ORDER_BY;
        }
      };

  private static final LockClause NO_LOCK =
      new LockClause() {
        @Override
        public String getLock(LockOptions lockOptions) {
          return "";
        }

        @Override
        public Position getClausePosition() {
          return Position.AFTER_ORDER_BY;
        }
      };

  private SqliteDialect() {}

  @Override
  public String getName() {
    return "SQLite";
  }

  @Override
  public LimitClause limit() {
    return LIMIT;
  }

  @Override
  public LockClause lock() {
    return NO_LOCK;
  }

  @Override
  public Collection<Object> getConverters() {
    return converters();
  }

  /** Instants as epoch milliseconds, booleans as 0 and 1: the columns' types on both engines. */
  static Collection<Object> converters() {
    return List.of(
        InstantToEpochMillis.INSTANCE,
        EpochMillisToInstant.INSTANCE,
        SmallEpochMillisToInstant.INSTANCE,
        BooleanToInteger.INSTANCE,
        IntegerToBoolean.INSTANCE);
  }

  @WritingConverter
  enum InstantToEpochMillis implements Converter<Instant, Long> {
    INSTANCE;

    @Override
    public Long convert(Instant source) {
      return source.toEpochMilli();
    }
  }

  @ReadingConverter
  enum EpochMillisToInstant implements Converter<Long, Instant> {
    INSTANCE;

    @Override
    public Instant convert(Long source) {
      return Instant.ofEpochMilli(source);
    }
  }

  /** The driver returns an Integer for values that fit one, such as the epoch itself. */
  @ReadingConverter
  enum SmallEpochMillisToInstant implements Converter<Integer, Instant> {
    INSTANCE;

    @Override
    public Instant convert(Integer source) {
      return Instant.ofEpochMilli(source);
    }
  }

  @WritingConverter
  enum BooleanToInteger implements Converter<Boolean, Integer> {
    INSTANCE;

    @Override
    public Integer convert(Boolean source) {
      return source ? 1 : 0;
    }
  }

  @ReadingConverter
  enum IntegerToBoolean implements Converter<Integer, Boolean> {
    INSTANCE;

    @Override
    public Boolean convert(Integer source) {
      return source != 0;
    }
  }
}
