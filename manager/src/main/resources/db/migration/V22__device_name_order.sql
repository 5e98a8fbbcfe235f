-- The device list's default order (name, case-insensitive, unnamed devices last, then MAC) from an index instead of
-- a sort of the whole inventory on every page: the inventory keeps the name's sort key next to it.
ALTER TABLE devices ADD COLUMN name_unset SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE devices ADD COLUMN name_key VARCHAR(255);
UPDATE devices SET name_unset = 0, name_key = LOWER(name) WHERE name IS NOT NULL;
CREATE INDEX ix_devices_name_order ON devices (name_unset, name_key, mac);
