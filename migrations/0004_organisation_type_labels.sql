-- Organisation types that region admins keep (issue 3): an English label beside the German one,
-- and deactivation — a region-defined type that no organisation uses can be retired; it is then
-- no longer offered in forms, filters and imports, and can be activated again.
ALTER TABLE organisation_types ADD COLUMN label_en TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation_types ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
