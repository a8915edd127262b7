package org.hallqueue.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.dialect.LimitClause;
import org.springframework.data.relational.core.dialect.RenderContextFactory;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.core.sql.SQL;
import org.springframework.data.relational.core.sql.Select;
import org.springframework.data.relational.core.sql.Table;
import org.springframework.data.relational.core.sql.render.SqlRenderer;

class SqliteDialectTest {
  private final SqliteDialect dialect = SqliteDialect.INSTANCE;

  @Test
  void shouldWriteLimitAndOffsetAfterOrderBy() {
    assertThat(dialect.limit().getLimit(10)).isEqualTo("LIMIT 10");
    assertThat(dialect.limit().getLimitOffset(10, 20)).isEqualTo("LIMIT 10 OFFSET 20");
    assertThat(dialect.limit().getOffset(5)).isEqualTo("LIMIT -1 OFFSET 5");
    assertThat(dialect.limit().getClausePosition()).isEqualTo(LimitClause.Position.AFTER_ORDER_BY);
  }

  @Test
  void shouldRenderAPagedLockedSelectThatSqliteAccepts() {
    Table device = SQL.table("device");
    Select select =
        Select.builder()
            .select(device.column("id"))
            .from(device)
            .orderBy(device.column("name"))
            .limitOffset(10, 20)
            .lock(LockMode.PESSIMISTIC_WRITE)
            .build();

    String sql =
        SqlRenderer.create(new RenderContextFactory(dialect).createRenderContext()).render(select);

    assertThat(sql)
        .isEqualTo("SELECT device.id FROM device ORDER BY device.name LIMIT 10 OFFSET 20");
  }

  @Test
  void shouldConvertInstantsAndBooleansTheWaySqliteStoresThem() {
    assertThat(dialect.getConverters()).hasSize(5);
    assertThat(SqliteDialect.IntegerToBoolean.INSTANCE.convert(0)).isFalse();
    assertThat(SqliteDialect.IntegerToBoolean.INSTANCE.convert(1)).isTrue();
    assertThat(SqliteDialect.BooleanToInteger.INSTANCE.convert(true)).isEqualTo(1);
    java.time.Instant at = java.time.Instant.parse("2026-11-23T08:00:00.123Z");
    assertThat(
            SqliteDialect.EpochMillisToInstant.INSTANCE.convert(
                SqliteDialect.InstantToEpochMillis.INSTANCE.convert(at)))
        .isEqualTo(at);
  }
}
