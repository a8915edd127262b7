-- PostgreSQL twin of db/migration/V9__appointments.sql: the same tables, every integer a BIGINT (times are epoch milliseconds).
-- Appointments (issue 15). The booking code is the visitor's only proof: no names, no ID numbers.
-- Times are epoch milliseconds. A slot is (service, slot_start); its capacity comes from the slot
-- rules (the JSON document 'appointments'), checked by the single writer when a booking is made.
CREATE TABLE appointment (
  code          TEXT PRIMARY KEY,
  service       TEXT NOT NULL,
  lane          TEXT NOT NULL,
  language      TEXT NOT NULL,
  slot_start    BIGINT NOT NULL,
  slot_end      BIGINT NOT NULL,
  status        TEXT NOT NULL,
  booked_at     BIGINT NOT NULL,
  booked_by     TEXT NOT NULL,
  channel       TEXT NOT NULL,
  request_key   TEXT,
  cancelled_at  BIGINT,
  checked_in_at BIGINT,
  ticket_id     BIGINT
);
CREATE INDEX appointment_slot ON appointment (service, slot_start, status);
CREATE INDEX appointment_ticket ON appointment (ticket_id);
CREATE UNIQUE INDEX appointment_request_key ON appointment (booked_by, request_key);
