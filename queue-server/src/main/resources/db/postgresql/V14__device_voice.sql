-- PostgreSQL twin of db/migration/V14__device_voice.sql: the same tables, every integer a BIGINT (times are epoch milliseconds).
-- Whether a display board can speak (issue 16): its latest report, so that a manager sees a board
-- that has gone silent in the devices list, also after a restart. One row per board that reported.
CREATE TABLE device_voice (
  device_id   TEXT PRIMARY KEY REFERENCES device (id),
  status      TEXT NOT NULL,
  detail      TEXT,
  reported_at BIGINT NOT NULL
);
