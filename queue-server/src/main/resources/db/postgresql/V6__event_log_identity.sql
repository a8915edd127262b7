-- PostgreSQL twin of db/migration/V6__event_log_identity.sql: the identity of this event log.
CREATE TABLE event_log_identity (
  id TEXT NOT NULL
);
INSERT INTO event_log_identity (id) VALUES (replace(gen_random_uuid()::TEXT, '-', ''));
