-- Learning while waiting: how many games were started and finished, and the answers to "would you
-- now enrol?", per office day and channel (PHONE, KIOSK). Counts only: nothing about the player.
CREATE TABLE learning_tally (
  office_day TEXT    NOT NULL,
  channel    TEXT    NOT NULL,
  what       TEXT    NOT NULL,
  tally      INTEGER NOT NULL,
  PRIMARY KEY (office_day, channel, what)
);
