-- The wait estimate the ticket showed when it was issued, to measure it against the wait that
-- followed (statistics: estimate accuracy). Null for tickets issued before this column existed.
ALTER TABLE ticket ADD COLUMN estimated_wait_seconds BIGINT;

-- Statistics read the estimate with the other facts: keep the covering index covering.
DROP INDEX ticket_stats;
CREATE INDEX ticket_stats ON ticket (office_day, service, lane, status, issued_at, called_at,
  started_at, finished_at, counter_id, transfer_count, estimated_wait_seconds);
