package org.hallqueue.server.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.server.persistence.CommittedCache;
import org.hallqueue.server.persistence.Database;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.OfficeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * Reads and writes the office's services, lanes and counters.
 *
 * <p>Reads come from an in-memory copy of the three tables (their JSON columns parsed once), read
 * again after a change to them (see {@link CommittedCache}); every write to these tables goes
 * through this class.
 */
@Component
public class CatalogStore implements OfficeCatalog {
  private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, String>>> TEXTS = new TypeReference<>() {};
  private static final TypeReference<List<String>> CODES = new TypeReference<>() {};

  private final JdbcClient db;
  private final Json json;
  private final CommittedCache<String, Catalog> cache;
  private final String saveLane;
  private final String saveService;
  private final String saveCounter;

  public CatalogStore(JdbcClient db, Json json, Writes writes, Database database) {
    this.db = db;
    this.saveLane =
        database.insertOrReplace(
            "lane",
            "code",
            "code",
            "name",
            "description",
            "weight",
            "max_wait_seconds",
            "show_on_ticket",
            "show_on_board",
            "sort_order");
    this.saveService =
        database.insertOrReplace(
            "service",
            "code",
            "code",
            "name",
            "description",
            "expected_service_seconds",
            "documents",
            "online",
            "zone",
            "sort_order");
    this.saveCounter =
        database.insertOrReplace(
            "counter", "id", "id", "number", "name", "services", "affinity_lane", "status", "zone");
    this.json = json;
    this.cache = new CommittedCache<>(writes);
  }

  /** The three tables as read at one moment; the lists are in the tables' display order. */
  private record Catalog(
      List<Lane> lanes,
      List<OfficeService> services,
      List<Counter> counters,
      Map<String, Lane> lanesByCode,
      Map<String, OfficeService> servicesByCode,
      Map<String, Counter> countersById) {

    static Catalog of(List<Lane> lanes, List<OfficeService> services, List<Counter> counters) {
      Map<String, Lane> lanesByCode = new LinkedHashMap<>();
      lanes.forEach(l -> lanesByCode.put(l.code(), l));
      Map<String, OfficeService> servicesByCode = new HashMap<>();
      services.forEach(s -> servicesByCode.put(s.code(), s));
      Map<String, Counter> countersById = new HashMap<>();
      counters.forEach(c -> countersById.put(c.id(), c));
      return new Catalog(
          List.copyOf(lanes),
          List.copyOf(services),
          List.copyOf(counters),
          Collections.unmodifiableMap(lanesByCode),
          Map.copyOf(servicesByCode),
          Map.copyOf(countersById));
    }
  }

  public List<Lane> lanes() {
    return new ArrayList<>(catalog().lanes());
  }

  public Map<String, Lane> lanesByCode() {
    return new LinkedHashMap<>(catalog().lanesByCode());
  }

  public List<OfficeService> services() {
    return new ArrayList<>(catalog().services());
  }

  public Optional<OfficeService> service(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(catalog().servicesByCode().get(code));
  }

  public List<Counter> counters() {
    return new ArrayList<>(catalog().counters());
  }

  public Optional<Counter> counter(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(catalog().countersById().get(id));
  }

  private Catalog catalog() {
    return cache.get("catalog", key -> load());
  }

  private Catalog load() {
    return Catalog.of(
        db.sql("SELECT * FROM lane ORDER BY sort_order, code").query(this::laneRow).list(),
        db.sql("SELECT * FROM service ORDER BY sort_order, code").query(this::serviceRow).list(),
        db.sql("SELECT * FROM counter ORDER BY number").query(this::counterRow).list());
  }

  /** Called by every write, before it runs. */
  private void changing() {
    cache.changing();
  }

  public void saveLane(Lane l) {
    changing();
    db.sql(saveLane)
        .params(
            l.code(),
            json.write(l.name()),
            json.write(l.description()),
            l.weight(),
            l.maxWait().toSeconds(),
            l.showOnTicket() ? 1 : 0,
            l.showOnBoard() ? 1 : 0,
            l.sortOrder())
        .update();
  }

  public void saveService(OfficeService s) {
    changing();
    db.sql(saveService)
        .params(
            s.code(),
            json.write(s.name()),
            json.write(s.description()),
            s.expectedServiceTime().toSeconds(),
            json.write(s.documents()),
            s.online() == null ? null : json.write(s.online()),
            s.zone(),
            s.sortOrder())
        .update();
  }

  public void saveCounter(Counter c) {
    changing();
    db.sql(saveCounter)
        .params(
            c.id(),
            c.number(),
            json.write(c.name()),
            json.write(c.services()),
            c.affinityLane(),
            c.status().name(),
            c.zone())
        .update();
  }

  public void updateCounterStatus(String id, CounterStatus status) {
    changing();
    db.sql("UPDATE counter SET status = ? WHERE id = ?").params(status.name(), id).update();
  }

  // --- added for the manager console (issue 7): single deletes, run inside a write transaction.
  public void deleteService(String code) {
    changing();
    db.sql("DELETE FROM service WHERE code = ?").param(code).update();
  }

  public void deleteLane(String code) {
    changing();
    db.sql("DELETE FROM lane WHERE code = ?").param(code).update();
  }

  public void deleteCounter(String id) {
    changing();
    db.sql("DELETE FROM counter WHERE id = ?").param(id).update();
  }

  // --- end of the manager console's additions.

  /** Removes the whole catalog, for an all-or-nothing import inside one transaction. */
  public void clear() {
    changing();
    db.sql("DELETE FROM counter").update();
    db.sql("DELETE FROM service").update();
    db.sql("DELETE FROM lane").update();
  }

  private Lane laneRow(ResultSet rs, int row) throws SQLException {
    return new Lane(
        rs.getString("code"),
        json.read(rs.getString("name"), TEXT),
        json.read(rs.getString("description"), TEXT),
        rs.getDouble("weight"),
        Duration.ofSeconds(rs.getLong("max_wait_seconds")),
        rs.getInt("show_on_ticket") == 1,
        rs.getInt("show_on_board") == 1,
        rs.getInt("sort_order"));
  }

  private OfficeService serviceRow(ResultSet rs, int row) throws SQLException {
    return new OfficeService(
        rs.getString("code"),
        json.read(rs.getString("name"), TEXT),
        json.read(rs.getString("description"), TEXT),
        Duration.ofSeconds(rs.getLong("expected_service_seconds")),
        json.read(rs.getString("documents"), TEXTS),
        json.read(rs.getString("online"), OfficeService.OnlineAlternative.class),
        rs.getString("zone"),
        rs.getInt("sort_order"));
  }

  private Counter counterRow(ResultSet rs, int row) throws SQLException {
    return new Counter(
        rs.getString("id"),
        rs.getInt("number"),
        json.read(rs.getString("name"), TEXT),
        json.read(rs.getString("services"), CODES),
        rs.getString("affinity_lane"),
        CounterStatus.valueOf(rs.getString("status")),
        rs.getString("zone"));
  }
}
