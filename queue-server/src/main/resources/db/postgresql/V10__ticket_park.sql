-- PostgreSQL twin of db/migration/V10__ticket_park.sql: the same tables, every integer a BIGINT (times are epoch milliseconds).
-- Park (hold): a called or served ticket put aside for some minutes. While PARKED, parked_until is
-- when it comes back by itself; once back in the queue, when it came back (it then waits at the
-- front of its service until called). park_reason is the clerk's note. Both null otherwise.
ALTER TABLE ticket ADD COLUMN parked_until BIGINT;
ALTER TABLE ticket ADD COLUMN park_reason TEXT;
