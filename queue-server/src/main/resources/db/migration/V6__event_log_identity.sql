-- The identity of this event log. A restore from a backup gives the log a new one, so that a
-- client which saw events of the old log resyncs instead of waiting for seqs it already has.
CREATE TABLE event_log_identity (
  id TEXT NOT NULL
);
INSERT INTO event_log_identity (id) VALUES (lower(hex(randomblob(16))));
