package org.hallqueue.server.office;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hallqueue.server.persistence.CommittedCache;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The office day: it starts at midnight in the office's time zone, the {@code office.timeZone} of
 * its bundle (the {@code queue.time-zone} property only for an office whose bundle names none).
 * Ticket numbers, statistics and the closing of a day all ask here.
 */
@Component
public class OfficeDay {
  private final JdbcClient db;
  private final Json json;
  private final QueueSettings settings;
  private final Clock clock;
  private final CommittedCache<String, ZoneId> zones;

  public OfficeDay(JdbcClient db, Json json, QueueSettings settings, Clock clock, Writes writes) {
    this.db = db;
    this.json = json;
    this.settings = settings;
    this.clock = clock;
    this.zones = new CommittedCache<>(writes);
  }

  public ZoneId zone() {
    return zones.get("office", name -> load());
  }

  /** The office day {@code at} falls on. */
  public LocalDate of(Instant at) {
    return at.atZone(zone()).toLocalDate();
  }

  public LocalDate today() {
    return of(clock.instant());
  }

  /** The instant the office day after {@code day} begins. */
  public Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone()).toInstant();
  }

  /** Call inside the change that writes the office document. */
  public void changing() {
    zones.changing();
  }

  private ZoneId load() {
    String zone =
        db.sql("SELECT content FROM document WHERE name = 'office'")
            .query(String.class)
            .optional()
            .map(content -> json.read(content, JsonNode.class).path("timeZone").asString(null))
            .orElse(null);
    if (zone == null || zone.isBlank()) {
      return settings.timeZone();
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      return settings.timeZone();
    }
  }
}
