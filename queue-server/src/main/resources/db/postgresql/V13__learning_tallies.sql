-- PostgreSQL twin of db/migration/V13__learning_tallies.sql: the same tables, every integer a BIGINT (times are epoch milliseconds).
-- Learning while waiting: how many games were started and finished, and the answers to "would you
-- now enrol?", per office day and channel (PHONE, KIOSK). Counts only: nothing about the player.
CREATE TABLE learning_tally (
  office_day TEXT    NOT NULL,
  channel    TEXT    NOT NULL,
  what       TEXT    NOT NULL,
  tally      BIGINT NOT NULL,
  PRIMARY KEY (office_day, channel, what)
);
