-- Angebote & Bedarfe (issue 5): offers with their translations, the municipalities they serve,
-- their target groups and languages (one row each, so the coverage matrix and the finder can
-- filter and count with indexes); the full-text search index; the criteria catalogue of the
-- migration-sensitivity check and the assessments with their ratings and improvement actions;
-- the needs organisations report.
-- Every table carries region_id. Calendar dates are ISO text 'YYYY-MM-DD' ('' = open), so
-- periods compare as text on both backends. search_text is domain::search_text of title and
-- description in every language (folded and stemmed by the Snowball German stemmer), matched by
-- SQLite FTS5 and by PostgreSQL text search with the 'simple' configuration: the same stems on
-- both engines give the same hits. A statement whose first line is "-- only: <backend>" runs on
-- that backend alone.

CREATE TABLE offers (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  provider_id BIGINT NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL,
  title_norm TEXT NOT NULL,
  title_search TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  field TEXT NOT NULL,
  format TEXT NOT NULL,
  target_groups TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  cost TEXT NOT NULL DEFAULT '',
  free_of_charge INTEGER NOT NULL DEFAULT 0,
  schedule TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL DEFAULT '',
  ends_on TEXT NOT NULL DEFAULT '',
  capacity BIGINT,
  funding_source TEXT NOT NULL DEFAULT '',
  funding_ends_on TEXT NOT NULL DEFAULT '',
  contact_id BIGINT, -- a contact of the register; no foreign key: deleting the contact leaves the offer without one
  status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'ended')),
  last_verified_on TEXT NOT NULL DEFAULT '',
  published INTEGER NOT NULL DEFAULT 0,
  search_text TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX offers_region_title ON offers (region_id, title_norm);
CREATE INDEX offers_region_field ON offers (region_id, field, status);
CREATE INDEX offers_region_status ON offers (region_id, status, published);
CREATE INDEX offers_provider ON offers (region_id, provider_id);
CREATE INDEX offers_contact ON offers (contact_id);

CREATE TABLE offer_target_groups (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  offer_id BIGINT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  target_group TEXT NOT NULL,
  PRIMARY KEY (offer_id, target_group)
);
CREATE INDEX offer_target_groups_group ON offer_target_groups (region_id, target_group, offer_id);

-- No row: the offer serves the whole region.
CREATE TABLE offer_municipalities (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  offer_id BIGINT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
  PRIMARY KEY (offer_id, municipality_id)
);
CREATE INDEX offer_municipalities_municipality ON offer_municipalities (region_id, municipality_id, offer_id);

CREATE TABLE offer_languages (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  offer_id BIGINT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  PRIMARY KEY (offer_id, language)
);
CREATE INDEX offer_languages_language ON offer_languages (region_id, language, offer_id);

CREATE TABLE offer_translations (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  offer_id BIGINT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (offer_id, language)
);

-- only: sqlite
CREATE VIRTUAL TABLE offer_search USING fts5(search_text, tokenize = 'unicode61');

-- only: postgresql
CREATE INDEX offers_search ON offers USING GIN (to_tsvector('simple', search_text));

CREATE TABLE offer_criteria (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  key TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  UNIQUE (region_id, key)
);

-- Which regions have received the default catalogue (once: an admin may remove defaults).
CREATE TABLE offer_criteria_seeded (
  region_id BIGINT PRIMARY KEY REFERENCES regions(id),
  seeded_at BIGINT NOT NULL
);

CREATE TABLE offer_assessments (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  offer_id BIGINT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  assessed_on TEXT NOT NULL,
  assessor_id BIGINT REFERENCES users(id),
  assessor_name TEXT NOT NULL DEFAULT '',
  score INTEGER,
  next_review_on TEXT NOT NULL DEFAULT '',
  actions TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX offer_assessments_offer ON offer_assessments (region_id, offer_id, assessed_on);

CREATE TABLE offer_ratings (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  assessment_id BIGINT NOT NULL REFERENCES offer_assessments(id) ON DELETE CASCADE,
  criterion_id BIGINT NOT NULL REFERENCES offer_criteria(id),
  level TEXT NOT NULL CHECK (level IN ('met', 'partly', 'not_met', 'not_applicable')),
  evidence TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, criterion_id)
);
CREATE INDEX offer_ratings_criterion ON offer_ratings (region_id, criterion_id);

CREATE TABLE needs (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  source_kind TEXT NOT NULL CHECK (source_kind IN ('organisation', 'event', 'counselling')),
  organisation_id BIGINT REFERENCES organisations(id),
  source_note TEXT NOT NULL DEFAULT '',
  target_group TEXT NOT NULL,
  municipality_id BIGINT REFERENCES municipalities(id),
  field TEXT NOT NULL,
  description TEXT NOT NULL,
  urgency TEXT NOT NULL CHECK (urgency IN ('low', 'medium', 'high')),
  reported_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'addressed', 'planned', 'closed')),
  offer_id BIGINT REFERENCES offers(id),
  measure_id BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX needs_region_status ON needs (region_id, status, reported_on);
CREATE INDEX needs_region_cell ON needs (region_id, municipality_id, target_group, field);
CREATE INDEX needs_offer ON needs (offer_id);
CREATE INDEX needs_organisation ON needs (organisation_id);
