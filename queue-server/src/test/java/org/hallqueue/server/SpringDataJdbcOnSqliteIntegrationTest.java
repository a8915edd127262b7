package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hallqueue.server.devices.Device;
import org.hallqueue.server.devices.DeviceRepository;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;

/** Our dialect under Spring Data JDBC, on the real SQLite file. */
class SpringDataJdbcOnSqliteIntegrationTest extends ServerTest {
  @Autowired DeviceRepository devices;
  @Autowired JdbcAggregateTemplate aggregates;
  @Autowired Writes writes;

  @Test
  void shouldRoundTripInstantsBooleansAndEnumsThroughAnAggregate() {
    Instant at = Instant.parse("2026-11-23T08:15:30.250Z");
    Device saved =
        new Device(
            "dialect-1", "Dialect kiosk", Device.Kind.KIOSK, "hash-1", at, true, "OK", "fine", at);
    writes.inTransaction(() -> aggregates.insert(saved));

    Device read = devices.findById("dialect-1").orElseThrow();

    assertThat(read).isEqualTo(saved);
    assertThat(devices.findByTokenHash("hash-1")).contains(saved);
  }

  @Test
  void shouldPageWithLimitAndOffset() {
    for (int i = 0; i < 5; i++) {
      Device d =
          new Device(
              "page-" + i,
              "Page " + i,
              Device.Kind.DISPLAY,
              "page-hash-" + i,
              Instant.EPOCH,
              false,
              null,
              null,
              null);
      writes.inTransaction(() -> aggregates.insert(d));
    }

    List<Device> page =
        aggregates.findAll(
            Query.query(Criteria.where("name").like("Page %"))
                .sort(Sort.by("name"))
                .limit(2)
                .offset(2),
            Device.class);

    assertThat(page).extracting(Device::id).containsExactly("page-2", "page-3");
  }
}
