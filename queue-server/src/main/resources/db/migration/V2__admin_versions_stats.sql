-- Manager console: versions of the configuration for optimistic concurrency, indexes for the
-- audit trail and the statistics, and precomputed daily rollups of closed office days.

-- One version per configured item (kind 'service' | 'lane' | 'counter', key its code or id).
-- Triggers bump it on every insert or edit, whoever writes (console, bundle import, other code),
-- so a stale edit is always detected. Rows outlive their item: a re-created item keeps counting.
-- (No INSERT OR IGNORE inside the triggers: an outer INSERT OR REPLACE would turn it into a
-- REPLACE and reset the version.)
CREATE TABLE config_version (
  kind       TEXT NOT NULL,
  key        TEXT NOT NULL,
  version    INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT,
  PRIMARY KEY (kind, key)
);

INSERT INTO config_version (kind, key, version, updated_at, updated_by)
  SELECT 'service', code, 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), NULL FROM service;
INSERT INTO config_version (kind, key, version, updated_at, updated_by)
  SELECT 'lane', code, 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), NULL FROM lane;
INSERT INTO config_version (kind, key, version, updated_at, updated_by)
  SELECT 'counter', id, 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), NULL FROM counter;

CREATE TRIGGER service_version_on_insert AFTER INSERT ON service
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'service', NEW.code, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'service' AND key = NEW.code);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'service' AND key = NEW.code;
END;

CREATE TRIGGER service_version_on_update AFTER UPDATE ON service
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'service', NEW.code, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'service' AND key = NEW.code);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'service' AND key = NEW.code;
END;

CREATE TRIGGER lane_version_on_insert AFTER INSERT ON lane
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'lane', NEW.code, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'lane' AND key = NEW.code);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'lane' AND key = NEW.code;
END;

CREATE TRIGGER lane_version_on_update AFTER UPDATE ON lane
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'lane', NEW.code, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'lane' AND key = NEW.code);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'lane' AND key = NEW.code;
END;

CREATE TRIGGER counter_version_on_insert AFTER INSERT ON counter
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'counter', NEW.id, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'counter' AND key = NEW.id);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'counter' AND key = NEW.id;
END;

-- Opening, pausing and closing a counter is operation, not configuration: it keeps the version.
CREATE TRIGGER counter_version_on_update AFTER UPDATE OF number, name, services, affinity_lane, zone ON counter
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'counter', NEW.id, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'counter' AND key = NEW.id);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'counter' AND key = NEW.id;
END;

-- Documents (guidance, floorplan, office) are versioned the same way, kind 'document'.
CREATE TRIGGER document_version_on_insert AFTER INSERT ON document
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'document', NEW.name, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'document' AND key = NEW.name);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'document' AND key = NEW.name;
END;

CREATE TRIGGER document_version_on_update AFTER UPDATE ON document
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'document', NEW.name, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'document' AND key = NEW.name);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'document' AND key = NEW.name;
END;

INSERT INTO config_version (kind, key, version, updated_at, updated_by)
  SELECT 'document', name, 1, updated_at, NULL FROM document;

-- Every saved content of a document (guidance, floorplan), whoever saved it, for rollback. The
-- newest 50 of each document are kept.
CREATE TABLE document_history (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  content  TEXT NOT NULL,
  saved_at INTEGER NOT NULL
);
CREATE INDEX document_history_name ON document_history (name, id);

INSERT INTO document_history (name, content, saved_at) SELECT name, content, updated_at FROM document;

CREATE TRIGGER document_history_on_insert AFTER INSERT ON document
BEGIN
  INSERT INTO document_history (name, content, saved_at) VALUES (NEW.name, NEW.content, NEW.updated_at);
  DELETE FROM document_history WHERE name = NEW.name AND id <= (
    SELECT id FROM document_history WHERE name = NEW.name ORDER BY id DESC LIMIT 1 OFFSET 50);
END;

CREATE TRIGGER document_history_on_update AFTER UPDATE ON document
BEGIN
  INSERT INTO document_history (name, content, saved_at) VALUES (NEW.name, NEW.content, NEW.updated_at);
  DELETE FROM document_history WHERE name = NEW.name AND id <= (
    SELECT id FROM document_history WHERE name = NEW.name ORDER BY id DESC LIMIT 1 OFFSET 50);
END;

-- Events by type and time: the audit trail (CONFIG_CHANGED), device alerts (DEVICE_STATUS), the
-- fairness audit (TICKET_CALLED) and counter opening hours (COUNTER_STATUS) read one day's or
-- one kind's events without scanning the whole log.
CREATE INDEX event_type_at ON event (type, at);

-- A day's tickets read from the index alone (no table lookups) for the statistics.
CREATE INDEX ticket_stats ON ticket (office_day, service, lane, status, issued_at, called_at,
  started_at, finished_at, counter_id, transfer_count);

-- Precomputed totals of each closed office day, for trends over weeks to a year. Filled on first
-- use of a day once it is over; a day in progress is always computed live from the tickets.
CREATE TABLE stats_day (
  office_day        TEXT PRIMARY KEY,
  issued            INTEGER NOT NULL,
  called            INTEGER NOT NULL,
  served            INTEGER NOT NULL,
  no_shows          INTEGER NOT NULL,
  transferred       INTEGER NOT NULL,
  within_target     INTEGER NOT NULL,
  wait_median_s     INTEGER,
  wait_p90_s        INTEGER,
  wait_max_s        INTEGER,
  service_median_s  INTEGER,
  computed_at       INTEGER NOT NULL
);
