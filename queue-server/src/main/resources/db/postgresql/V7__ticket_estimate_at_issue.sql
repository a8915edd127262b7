-- PostgreSQL twin of db/migration/V7__ticket_estimate_at_issue.sql.
ALTER TABLE ticket ADD COLUMN estimated_wait_seconds BIGINT;

DROP INDEX ticket_stats;
CREATE INDEX ticket_stats ON ticket (office_day, service, lane, status, issued_at, called_at,
  started_at, finished_at, counter_id, transfer_count, estimated_wait_seconds);
