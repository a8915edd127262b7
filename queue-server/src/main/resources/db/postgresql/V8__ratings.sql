-- PostgreSQL twin of db/migration/V8__ratings.sql: the same tables, every integer a BIGINT (times are epoch milliseconds).
-- 好差评 (issue 15): one rating per visit, the reasons a manager edits, follow-ups of bad ratings
-- due in working days (weekends and the office's holiday calendar), and counter-side rating screens.
-- Times are epoch milliseconds; days are ISO dates (YYYY-MM-DD) of the office's time zone.

CREATE TABLE rating (
  ticket_id        BIGINT PRIMARY KEY,
  score            BIGINT NOT NULL CHECK (score BETWEEN 1 AND 5),
  reasons          TEXT NOT NULL DEFAULT '[]',
  comment          TEXT,
  comment_redacted BIGINT NOT NULL DEFAULT 0,
  channel          TEXT NOT NULL,
  rated_at         BIGINT NOT NULL,
  office_day       TEXT NOT NULL,
  service          TEXT NOT NULL,
  counter_id       TEXT,
  clerk            TEXT
);
CREATE INDEX rating_day ON rating (office_day);

-- Reasons a visitor may pick; a retired reason stays for the ratings that named it.
CREATE TABLE rating_reason (
  code       TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  active     BIGINT NOT NULL DEFAULT 1,
  sort_order BIGINT NOT NULL DEFAULT 0
);
INSERT INTO rating_reason (code, name, sort_order) VALUES
  ('wait', '{"zh-CN":"等候时间太长","en":"Waited too long"}', 1),
  ('attitude', '{"zh-CN":"服务态度不好","en":"Unfriendly service"}', 2),
  ('guidance', '{"zh-CN":"指引不清楚","en":"Unclear guidance"}', 3),
  ('documents-twice', '{"zh-CN":"材料被要求重复提交","en":"Asked for documents twice"}', 4),
  ('not-done', '{"zh-CN":"事情没有办成","en":"My matter was not settled"}', 5),
  ('system', '{"zh-CN":"系统慢或故障","en":"Slow or broken system"}', 6);

-- Days that differ from the ordinary week: HOLIDAY (no work on a weekday) or WORKDAY (a weekend
-- day worked, as with 调休).
CREATE TABLE rating_calendar (
  day  TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
  name TEXT
);

-- The office's rating rules: one row.
CREATE TABLE rating_rule (
  id             BIGINT PRIMARY KEY CHECK (id = 1),
  follow_up_days BIGINT NOT NULL CHECK (follow_up_days BETWEEN 1 AND 60),
  window_hours   BIGINT NOT NULL CHECK (window_hours BETWEEN 1 AND 720)
);
INSERT INTO rating_rule (id, follow_up_days, window_hours) VALUES (1, 10, 24);

CREATE TABLE follow_up (
  id           BIGINT PRIMARY KEY,
  ticket_id    BIGINT NOT NULL UNIQUE REFERENCES rating (ticket_id),
  opened_at    BIGINT NOT NULL,
  due_day      TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('OPEN', 'CONTACTED', 'RESOLVED')),
  owner        TEXT,
  counter_id   TEXT,
  clerk        TEXT,
  appealed     BIGINT NOT NULL DEFAULT 0,
  contacted_at BIGINT,
  resolved_at  BIGINT,
  resolved_day TEXT
);
CREATE INDEX follow_up_status ON follow_up (status, due_day);

CREATE TABLE follow_up_note (
  follow_up_id BIGINT NOT NULL REFERENCES follow_up (id),
  at           BIGINT NOT NULL,
  author       TEXT NOT NULL,
  kind         TEXT NOT NULL,
  text         TEXT NOT NULL
);
CREATE INDEX follow_up_note_of ON follow_up_note (follow_up_id, at);

-- Which counter each rating screen (device kind RATER) stands at.
CREATE TABLE rater (
  device_id  TEXT PRIMARY KEY REFERENCES device (id),
  counter_id TEXT NOT NULL
);
