-- PostgreSQL twin of db/migration/V11__floor_assistant.sql: the same tables, every integer a BIGINT (times are epoch milliseconds).
-- The floor assistant (导办): documents checked before the counter, kiosks' places on the floor
-- plan, print requests sent to a kiosk, and help calls from kiosks. No personal data: the note is
-- a short text about documents, checked by the server like every other text.

-- One pre-check per ticket (the latest replaces the earlier one).
CREATE TABLE ticket_precheck (
  ticket_id   BIGINT PRIMARY KEY,
  documents   TEXT NOT NULL,   -- JSON {"<document id>": true|false}
  checked     BIGINT NOT NULL,
  total       BIGINT NOT NULL,
  missing     TEXT NOT NULL,   -- JSON [{"zh-CN": "…", "en": "…"}] as the checklist named them
  note        TEXT,
  needs_help  BIGINT NOT NULL DEFAULT 0,
  checked_by  TEXT NOT NULL,
  checked_at  BIGINT NOT NULL
);

-- Which kiosk of the floor plan a kiosk device is, as the kiosk itself says when it connects.
CREATE TABLE kiosk_place (
  device_id   TEXT PRIMARY KEY,
  kiosk       TEXT NOT NULL,
  told_at     BIGINT NOT NULL
);

-- A ticket an assistant asked a kiosk to print.
CREATE TABLE print_request (
  id           TEXT PRIMARY KEY,
  device_id    TEXT NOT NULL,
  ticket_id    BIGINT NOT NULL,
  requested_by TEXT NOT NULL,
  requested_at BIGINT NOT NULL
);
CREATE INDEX print_request_device ON print_request (device_id, ticket_id);

-- A visitor pressed 人工帮助 on a kiosk; the first assistant to accept takes it.
CREATE TABLE help_call (
  id           TEXT PRIMARY KEY,
  device_id    TEXT NOT NULL,
  kiosk        TEXT,
  requested_at BIGINT NOT NULL,
  accepted_by  TEXT,
  accepted_at  BIGINT
);
CREATE INDEX help_call_day ON help_call (requested_at);
