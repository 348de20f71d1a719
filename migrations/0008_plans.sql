-- Handlungsplan (issue 6): a region's action plans, their fields of action, goals, indicators
-- and measures (the living draft), the adopted versions (immutable: a canonical JSON snapshot of
-- the whole plan, plus the partner organisations that agreed), comments and change proposals of
-- partners, indicator actuals and the measures' status history.
-- Every table carries region_id, and every query filters on it. Dates are ISO text as in 0002.

CREATE TABLE plans (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  title TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  preamble TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('draft', 'consultation', 'adopted', 'superseded')),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX plans_region ON plans (region_id, period_start);

CREATE TABLE plan_fields (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_fields_plan ON plan_fields (plan_id, position);

CREATE TABLE plan_goals (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  field_id BIGINT NOT NULL REFERENCES plan_fields(id),
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_goals_plan ON plan_goals (plan_id, position);

CREATE TABLE plan_indicators (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  goal_id BIGINT NOT NULL REFERENCES plan_goals(id),
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  baseline DOUBLE PRECISION NOT NULL DEFAULT 0,
  target_value DOUBLE PRECISION NOT NULL DEFAULT 0,
  target_date TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_indicators_plan ON plan_indicators (plan_id, goal_id);

CREATE TABLE plan_measures (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  goal_id BIGINT NOT NULL REFERENCES plan_goals(id),
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  lead_organisation_id BIGINT REFERENCES organisations(id),
  target_groups TEXT NOT NULL DEFAULT '',
  start_on TEXT NOT NULL DEFAULT '',
  end_on TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'done', 'stopped')),
  resources TEXT NOT NULL DEFAULT '',
  risks TEXT NOT NULL DEFAULT '',
  anchoring_organisation_id BIGINT REFERENCES organisations(id),
  anchoring_state TEXT NOT NULL CHECK (anchoring_state IN ('open', 'talks', 'agreed', 'regular')),
  anchoring_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_measures_plan ON plan_measures (plan_id, position);

-- What a measure points to, generic so that offers, needs and events can be linked when those
-- modules land: kind 'partner' (organisation), 'municipality', 'network', ...
CREATE TABLE plan_measure_links (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  measure_id BIGINT NOT NULL REFERENCES plan_measures(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  target_id BIGINT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (measure_id, kind, target_id)
);
CREATE INDEX plan_measure_links_target ON plan_measure_links (region_id, kind, target_id);

-- Adopted versions: written once, never updated (the repository has no method to change one).
CREATE TABLE plan_versions (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  plan_id BIGINT NOT NULL REFERENCES plans(id),
  number INTEGER NOT NULL,
  adopted_on TEXT NOT NULL,
  occasion TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (plan_id, number)
);

CREATE TABLE plan_version_agreements (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  version_id BIGINT NOT NULL REFERENCES plan_versions(id),
  organisation_id BIGINT NOT NULL,
  organisation_name TEXT NOT NULL,
  person TEXT NOT NULL,
  agreed_on TEXT NOT NULL,
  PRIMARY KEY (version_id, organisation_id)
);

CREATE TABLE plan_comments (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  item_type TEXT NOT NULL CHECK (item_type IN ('plan', 'field', 'goal', 'indicator', 'measure')),
  item_id BIGINT NOT NULL,
  user_id BIGINT REFERENCES users(id),
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX plan_comments_item ON plan_comments (plan_id, item_type, item_id);

-- A partner's proposed change to a measure: the measure's fields as proposed (JSON), and the
-- staff decision kept with it.
CREATE TABLE plan_proposals (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  measure_id BIGINT NOT NULL REFERENCES plan_measures(id) ON DELETE CASCADE,
  organisation_id BIGINT REFERENCES organisations(id),
  user_id BIGINT REFERENCES users(id),
  proposed TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL CHECK (state IN ('open', 'accepted', 'rejected')),
  decided_by BIGINT REFERENCES users(id),
  decided_at BIGINT,
  decision_note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX plan_proposals_plan ON plan_proposals (plan_id, state);

CREATE TABLE plan_indicator_values (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  indicator_id BIGINT NOT NULL REFERENCES plan_indicators(id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  recorded_at BIGINT NOT NULL,
  UNIQUE (indicator_id, period)
);

CREATE TABLE plan_measure_status (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  measure_id BIGINT NOT NULL REFERENCES plan_measures(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  changed_at BIGINT NOT NULL,
  user_id BIGINT REFERENCES users(id)
);
CREATE INDEX plan_measure_status_measure ON plan_measure_status (measure_id, changed_at);
