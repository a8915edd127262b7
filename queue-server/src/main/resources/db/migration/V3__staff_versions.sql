-- Staff accounts get versions like services, lanes and counters (migration V2), so two
-- administrators editing the same account get a conflict instead of a silent overwrite.
-- Only a change of role, name or enabled counts: a password reset (or saving the account
-- unchanged) keeps the version.

INSERT INTO config_version (kind, key, version, updated_at, updated_by)
  SELECT 'staff', username, 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), NULL
  FROM staff_user
  WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'staff' AND key = username);

CREATE TRIGGER staff_version_on_insert AFTER INSERT ON staff_user
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'staff', NEW.username, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'staff' AND key = NEW.username);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'staff' AND key = NEW.username;
END;

CREATE TRIGGER staff_version_on_update AFTER UPDATE ON staff_user
WHEN OLD.role IS NOT NEW.role OR OLD.display_name IS NOT NEW.display_name
  OR OLD.enabled IS NOT NEW.enabled
BEGIN
  INSERT INTO config_version (kind, key, version, updated_at)
    SELECT 'staff', NEW.username, 0, 0
    WHERE NOT EXISTS (SELECT 1 FROM config_version WHERE kind = 'staff' AND key = NEW.username);
  UPDATE config_version SET version = version + 1, updated_by = NULL,
    updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE kind = 'staff' AND key = NEW.username;
END;
