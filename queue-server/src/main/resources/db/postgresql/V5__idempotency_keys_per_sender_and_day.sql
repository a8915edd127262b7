-- PostgreSQL twin of db/migration/V5__idempotency_keys_per_sender_and_day.sql.
ALTER TABLE ticket ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX ticket_request_key ON ticket (issued_by, office_day, request_key)
  WHERE request_key IS NOT NULL;
