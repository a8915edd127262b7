-- Times are epoch milliseconds (INTEGER); texts in two languages are JSON objects {"zh-CN","en"}.

CREATE TABLE lane (
  code             TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  description      TEXT NOT NULL DEFAULT '{}',
  weight           REAL NOT NULL CHECK (weight > 0),
  max_wait_seconds INTEGER NOT NULL CHECK (max_wait_seconds > 0),
  show_on_ticket   INTEGER NOT NULL,
  show_on_board    INTEGER NOT NULL,
  sort_order       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE service (
  code                     TEXT PRIMARY KEY,
  name                     TEXT NOT NULL,
  description              TEXT NOT NULL DEFAULT '{}',
  expected_service_seconds INTEGER NOT NULL CHECK (expected_service_seconds > 0),
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

CREATE TABLE ticket (
  id              INTEGER PRIMARY KEY,
  number          TEXT NOT NULL,
  issued_service  TEXT NOT NULL,
  office_day      TEXT NOT NULL,
  day_sequence    INTEGER NOT NULL,
  service         TEXT NOT NULL,
  lane            TEXT NOT NULL,
  language        TEXT NOT NULL,
  status          TEXT NOT NULL,
  issued_at       INTEGER NOT NULL,
  queued_at       INTEGER NOT NULL,
  counter_id      TEXT,
  recall_count    INTEGER NOT NULL DEFAULT 0,
  called_at       INTEGER,
  started_at      INTEGER,
  finished_at     INTEGER,
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
  last_value INTEGER NOT NULL,
  PRIMARY KEY (service, office_day)
);

-- The event log. seq is assigned as max(seq) + 1 inside the writing transaction: gap-free.
CREATE TABLE event (
  seq     INTEGER PRIMARY KEY,
  type    TEXT NOT NULL,
  at      INTEGER NOT NULL,
  payload TEXT NOT NULL
);

CREATE TABLE staff_user (
  username      TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL,
  display_name  TEXT,
  enabled       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL
);

CREATE TABLE device (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  token_hash      TEXT NOT NULL UNIQUE,
  created_at      INTEGER NOT NULL,
  revoked         INTEGER NOT NULL DEFAULT 0,
  printer_status  TEXT,
  status_detail   TEXT,
  last_contact_at INTEGER
);

-- Single-row documents: the guidance tree and the floorplan, as JSON.
CREATE TABLE document (
  name       TEXT PRIMARY KEY,
  content    TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
