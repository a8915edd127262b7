-- PostgreSQL twin of db/migration/V4__stats_day_follows_late_changes.sql: a closed day's stored
-- totals are dropped when one of that day's tickets changes later.
CREATE FUNCTION forget_stats_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM stats_day WHERE office_day = NEW.office_day;
  RETURN NULL;
END $$;

CREATE TRIGGER stats_day_forget_on_ticket_change AFTER UPDATE ON ticket
  FOR EACH ROW EXECUTE FUNCTION forget_stats_day();
