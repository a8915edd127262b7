-- PostgreSQL twin of db/migration/V3__staff_versions.sql: staff accounts get versions; only a
-- change of role, name or enabled counts.

INSERT INTO config_version (kind, key, version, updated_at, updated_by)
  SELECT 'staff', username, 1, epoch_millis_now(), NULL FROM staff_user
  ON CONFLICT (kind, key) DO NOTHING;

CREATE TRIGGER staff_version_on_insert AFTER INSERT ON staff_user
  FOR EACH ROW EXECUTE FUNCTION bump_config_version('staff', 'username');

CREATE TRIGGER staff_version_on_update AFTER UPDATE ON staff_user
  FOR EACH ROW
  WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.display_name IS DISTINCT FROM NEW.display_name
    OR OLD.enabled IS DISTINCT FROM NEW.enabled)
  EXECUTE FUNCTION bump_config_version('staff', 'username');
