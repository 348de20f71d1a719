-- Akteure & Netzwerke (issue 3): organisation types, organisations and their tags, contacts,
-- networks and the municipalities they cover, memberships, cooperation ties, transfers; and the
-- link from a partner user to the organisation they may edit.
-- Every table carries region_id, and every list query filters on it first.
-- *_norm columns hold domain::normalise_for_search of the name (case and diacritics folded)
-- for search and duplicate detection. Calendar dates are ISO text 'YYYY-MM-DD' ('' = open), so
-- "as of a date" is a text comparison on both backends.

CREATE TABLE organisation_types (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  key TEXT NOT NULL,
  label TEXT NOT NULL,
  UNIQUE (region_id, key)
);

CREATE TABLE organisations (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  type TEXT NOT NULL,
  municipality_id BIGINT REFERENCES municipalities(id),
  address TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1,
  company_size TEXT CHECK (company_size IN ('micro', 'small', 'medium', 'large')),
  sector TEXT NOT NULL DEFAULT '',
  migrant_led INTEGER NOT NULL DEFAULT 0,
  may_train INTEGER NOT NULL DEFAULT 0,
  trains_now INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX organisations_region_name ON organisations (region_id, name_norm);
CREATE INDEX organisations_region_type ON organisations (region_id, type, name_norm);
CREATE INDEX organisations_region_municipality ON organisations (region_id, municipality_id, name_norm);
CREATE INDEX organisations_region_flags ON organisations (region_id, active, migrant_led);

-- The tags again, one row each and normalised, for the tag filter (organisations.tags keeps
-- them as typed, for display).
CREATE TABLE organisation_tags (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  tag_norm TEXT NOT NULL,
  PRIMARY KEY (organisation_id, tag_norm)
);
CREATE INDEX organisation_tags_region_tag ON organisation_tags (region_id, tag_norm, organisation_id);

CREATE TABLE contacts (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  function TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  data_basis TEXT NOT NULL CHECK (data_basis IN ('consent', 'legitimate_interest')),
  consent_date TEXT NOT NULL DEFAULT '',
  anonymised INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX contacts_region_name ON contacts (region_id, name_norm);
CREATE INDEX contacts_organisation ON contacts (organisation_id);

CREATE TABLE networks (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  focus TEXT NOT NULL CHECK (focus IN ('migration', 'local', 'sector', 'thematic')),
  goals TEXT NOT NULL DEFAULT '',
  meeting_rhythm TEXT NOT NULL DEFAULT 'none',
  meeting_format TEXT NOT NULL DEFAULT 'none',
  channels TEXT NOT NULL DEFAULT '',
  work_forms TEXT NOT NULL DEFAULT '',
  lead_organisation_id BIGINT REFERENCES organisations(id),
  status TEXT NOT NULL CHECK (status IN ('active', 'dormant', 'ended')),
  started_on TEXT NOT NULL DEFAULT '',
  status_since TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX networks_region_name ON networks (region_id, name_norm);
CREATE INDEX networks_lead ON networks (lead_organisation_id);

CREATE TABLE network_municipalities (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  network_id BIGINT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
  PRIMARY KEY (network_id, municipality_id)
);
CREATE INDEX network_municipalities_municipality ON network_municipalities (region_id, municipality_id);

CREATE TABLE memberships (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  network_id BIGINT NOT NULL REFERENCES networks(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'member', 'guest')),
  since TEXT NOT NULL DEFAULT '',
  until TEXT NOT NULL DEFAULT ''
);
CREATE INDEX memberships_network ON memberships (region_id, network_id, organisation_id);
CREATE INDEX memberships_organisation ON memberships (region_id, organisation_id, network_id);

CREATE TABLE ties (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  organisation_a_id BIGINT NOT NULL REFERENCES organisations(id),
  organisation_b_id BIGINT NOT NULL REFERENCES organisations(id),
  kind TEXT NOT NULL CHECK (kind IN ('agreement', 'joint_offer', 'information_exchange', 'referrals')),
  directed INTEGER NOT NULL DEFAULT 0,
  intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 3),
  since TEXT NOT NULL DEFAULT '',
  until TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  CHECK (organisation_a_id <> organisation_b_id)
);
CREATE INDEX ties_a ON ties (region_id, organisation_a_id);
CREATE INDEX ties_b ON ties (region_id, organisation_b_id);

CREATE TABLE transfers (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  on_date TEXT NOT NULL,
  topic TEXT NOT NULL,
  from_network_id BIGINT REFERENCES networks(id),
  from_event TEXT NOT NULL DEFAULT '',
  to_network_id BIGINT REFERENCES networks(id),
  to_event TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX transfers_region_date ON transfers (region_id, on_date);
CREATE INDEX transfers_from ON transfers (region_id, from_network_id);
CREATE INDEX transfers_to ON transfers (region_id, to_network_id);

-- A partner user edits their own organisation's profile and contacts only.
ALTER TABLE users ADD COLUMN organisation_id BIGINT REFERENCES organisations(id);
CREATE INDEX users_organisation ON users (organisation_id);
