-- PostgreSQL twin of db/migration/V1__queue.sql (SQLite): the same tables and columns. Times are
-- epoch milliseconds (BIGINT); flags are 0/1 INTEGERs as on SQLite, so the stores run unchanged.

CREATE TABLE lane (
  code             TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  description      TEXT NOT NULL DEFAULT '{}',
  weight           DOUBLE PRECISION NOT NULL CHECK (weight > 0),
  max_wait_seconds BIGINT NOT NULL CHECK (max_wait_seconds > 0),
  show_on_ticket   INTEGER NOT NULL,
  show_on_board    INTEGER NOT NULL,
  sort_order       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE service (
  code                     TEXT PRIMARY KEY,
  name                     TEXT NOT NULL,
  description              TEXT NOT NULL DEFAULT '{}',
  expected_service_seconds BIGINT NOT NULL CHECK (expected_service_seconds > 0),
  documents                TEXT NOT NULL DEFAULT '[]',
  online                   TEXT,
  zone                     TEXT,
  sort_order               INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE counter (
  id            TEXT PRIMARY KEY,
  number        INTEGER NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  services      TEXT NOT NULL,
  affinity_lane TEXT,
  status        TEXT NOT NULL,
  zone          TEXT
);

-- id is given by the server (the single writer holds the leader lock), as on SQLite.
CREATE TABLE ticket (
  id              BIGINT PRIMARY KEY,
  number          TEXT NOT NULL,
  issued_service  TEXT NOT NULL,
  office_day      TEXT NOT NULL,
  day_sequence    BIGINT NOT NULL,
  service         TEXT NOT NULL,
  lane            TEXT NOT NULL,
  language        TEXT NOT NULL,
  status          TEXT NOT NULL,
  issued_at       BIGINT NOT NULL,
  queued_at       BIGINT NOT NULL,
  counter_id      TEXT,
  recall_count    INTEGER NOT NULL DEFAULT 0,
  called_at       BIGINT,
  started_at      BIGINT,
  finished_at     BIGINT,
  tracking_token  TEXT NOT NULL UNIQUE,
  transfer_count  INTEGER NOT NULL DEFAULT 0,
  idempotency_key TEXT UNIQUE,
  issued_by       TEXT,
  UNIQUE (issued_service, office_day, day_sequence)
);
CREATE INDEX ticket_waiting ON ticket (status, service);
CREATE INDEX ticket_day ON ticket (office_day);
CREATE INDEX ticket_finished ON ticket (service, finished_at);

-- The last number given per service per office day. Never decremented, so numbers are never reused.
CREATE TABLE ticket_sequence (
  service    TEXT NOT NULL,
  office_day TEXT NOT NULL,
  last_value BIGINT NOT NULL,
  PRIMARY KEY (service, office_day)
);

-- The event log. seq is assigned as max(seq) + 1 inside the writing transaction: gap-free.
CREATE TABLE event (
  seq     BIGINT PRIMARY KEY,
  type    TEXT NOT NULL,
  at      BIGINT NOT NULL,
  payload TEXT NOT NULL
);

CREATE TABLE staff_user (
  username      TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL,
  display_name  TEXT,
  enabled       INTEGER NOT NULL DEFAULT 1,
  created_at    BIGINT NOT NULL
);

CREATE TABLE device (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  token_hash      TEXT NOT NULL UNIQUE,
  created_at      BIGINT NOT NULL,
  revoked         INTEGER NOT NULL DEFAULT 0,
  printer_status  TEXT,
  status_detail   TEXT,
  last_contact_at BIGINT
);

-- Single-row documents: the guidance tree and the floorplan, as JSON.
CREATE TABLE document (
  name       TEXT PRIMARY KEY,
  content    TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- SQLite's json_extract(text, '$.a.b') for the few queries that read inside an event's payload:
-- the value at that path as text (numbers read back with getLong), null when absent.
CREATE FUNCTION json_extract(doc TEXT, path TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT (doc::jsonb) #>> string_to_array(substr(path, 3), '.') $$;

-- Epoch milliseconds now, as SQLite's CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER).
CREATE FUNCTION epoch_millis_now() RETURNS BIGINT
  LANGUAGE sql VOLATILE
  AS $$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT $$;
