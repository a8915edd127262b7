-- An idempotency key belongs to whoever sent it (a device or a staff account) and to one office
-- day: another kiosk's key, or yesterday's, is a new request. New tickets keep their key here;
-- the old global column (unique across all tickets) is no longer written, and rows written before
-- are still found by it for their own sender and day.
ALTER TABLE ticket ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX ticket_request_key ON ticket (issued_by, office_day, request_key)
  WHERE request_key IS NOT NULL;
