-- A closed day's stored totals (stats_day) are dropped when one of that day's tickets changes
-- later (a ticket completed after midnight, a correction); the next trend recomputes the day.
-- Today's tickets have no stored row, so for them this deletes nothing.
CREATE TRIGGER stats_day_forget_on_ticket_change AFTER UPDATE ON ticket
BEGIN
  DELETE FROM stats_day WHERE office_day = NEW.office_day;
END;
