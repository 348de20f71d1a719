-- Azubi-Speeddating planner (issue 7): per event of format azubi_speeddating its settings
-- (slot schedule and score weights), the youths and companies taking part, wishes and hard
-- exclusions between them, and the saved plan (talks plus its objective and bound).
-- As everywhere, every table carries region_id and every query filters on it first.
-- Slots are 0-based in the database (the UI counts from 1); lists (occupations, languages) are
-- comma-separated keys as in events.languages.

CREATE TABLE speeddating_settings (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  start_time TEXT NOT NULL DEFAULT '09:00',
  slot_minutes INTEGER NOT NULL DEFAULT 10,
  blocks TEXT NOT NULL DEFAULT '6,6,6',
  break_minutes INTEGER NOT NULL DEFAULT 15,
  guaranteed_min INTEGER NOT NULL DEFAULT 3,
  weight_occupation INTEGER NOT NULL DEFAULT 10,
  weight_wish INTEGER NOT NULL DEFAULT 8,
  weight_language INTEGER NOT NULL DEFAULT 3,
  weight_distance INTEGER NOT NULL DEFAULT 2,
  plan_objective BIGINT,
  plan_bound BIGINT,
  plan_optimal INTEGER NOT NULL DEFAULT 0,
  plan_method TEXT NOT NULL DEFAULT '',
  plan_held_before INTEGER NOT NULL DEFAULT 0,
  plan_updated_at BIGINT,
  updated_at BIGINT NOT NULL
);

CREATE TABLE speeddating_youths (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  school TEXT NOT NULL DEFAULT '',
  occupations TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  prepared INTEGER NOT NULL DEFAULT 0,
  municipality_id BIGINT REFERENCES municipalities(id),
  first_slot INTEGER,
  last_slot INTEGER,
  max_talks INTEGER NOT NULL DEFAULT 5,
  no_show INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX speeddating_youths_event ON speeddating_youths (region_id, event_id, name);

CREATE TABLE speeddating_companies (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  organisation_id BIGINT REFERENCES organisations(id),
  name TEXT NOT NULL,
  occupations TEXT NOT NULL DEFAULT '',
  places INTEGER NOT NULL DEFAULT 1,
  tables_count INTEGER NOT NULL DEFAULT 1,
  languages TEXT NOT NULL DEFAULT '',
  municipality_id BIGINT REFERENCES municipalities(id),
  first_slot INTEGER,
  last_slot INTEGER,
  no_show INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX speeddating_companies_event ON speeddating_companies (region_id, event_id, name);

-- A wish (by the youth or by the company) or a hard exclusion of one youth-company pair.
CREATE TABLE speeddating_preferences (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  youth_id BIGINT NOT NULL REFERENCES speeddating_youths(id) ON DELETE CASCADE,
  company_id BIGINT NOT NULL REFERENCES speeddating_companies(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('youth_wish', 'company_wish', 'excluded')),
  PRIMARY KEY (youth_id, company_id, kind)
);
CREATE INDEX speeddating_preferences_event ON speeddating_preferences (region_id, event_id);

CREATE TABLE speeddating_talks (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  youth_id BIGINT NOT NULL REFERENCES speeddating_youths(id) ON DELETE CASCADE,
  company_id BIGINT NOT NULL REFERENCES speeddating_companies(id) ON DELETE CASCADE,
  table_no INTEGER NOT NULL,
  slot INTEGER NOT NULL,
  PRIMARY KEY (event_id, youth_id, company_id)
);
CREATE INDEX speeddating_talks_event ON speeddating_talks (region_id, event_id, slot);
