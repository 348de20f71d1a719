-- Veranstaltungen (issue 7): events with their translations, co-organisers and linked networks,
-- invitations, registrations (public or by staff, with waiting list and attendance), topics
-- raised at an event (follow-up), and the token of each region's public calendar feed.
-- As in the register, every table carries region_id and every query filters on it first.
-- Start and end are wall-clock times in Europe/Berlin as text 'YYYY-MM-DDTHH:MM': they compare
-- as text on both backends, and the calendar export names the zone (TZID=Europe/Berlin).

CREATE TABLE events (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  public_id TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL CHECK (format IN ('ausbilder_fruehstueck', 'azubi_speeddating', 'dialogforum',
    'netzwerkkonferenz', 'elternabend', 'informationsveranstaltung', 'workshop')),
  title TEXT NOT NULL,
  title_norm TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  municipality_id BIGINT REFERENCES municipalities(id),
  organiser_id BIGINT REFERENCES organisations(id),
  audience TEXT NOT NULL DEFAULT '',
  capacity INTEGER NOT NULL DEFAULT 0,
  languages TEXT NOT NULL DEFAULT '',
  registration_open INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX events_region_start ON events (region_id, starts_at);
CREATE INDEX events_region_format ON events (region_id, format, starts_at);
CREATE INDEX events_region_municipality ON events (region_id, municipality_id, starts_at);

-- Title and description in further languages; German (events.title/description) is the source
-- and the fallback.
CREATE TABLE event_translations (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  language TEXT NOT NULL CHECK (language IN ('en', 'tr', 'ar', 'uk', 'ru', 'fa')),
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, language)
);

CREATE TABLE event_co_organisers (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (event_id, organisation_id)
);
CREATE INDEX event_co_organisers_organisation ON event_co_organisers (region_id, organisation_id);

CREATE TABLE event_networks (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  network_id BIGINT NOT NULL REFERENCES networks(id),
  PRIMARY KEY (event_id, network_id)
);
CREATE INDEX event_networks_network ON event_networks (region_id, network_id);

-- An invitation goes to exactly one organisation, contact or network.
CREATE TABLE event_invitations (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('organisation', 'contact', 'network')),
  organisation_id BIGINT REFERENCES organisations(id),
  contact_id BIGINT REFERENCES contacts(id),
  network_id BIGINT REFERENCES networks(id),
  invited_on TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  CHECK ((kind = 'organisation' AND organisation_id IS NOT NULL AND contact_id IS NULL AND network_id IS NULL)
      OR (kind = 'contact' AND contact_id IS NOT NULL AND organisation_id IS NULL AND network_id IS NULL)
      OR (kind = 'network' AND network_id IS NOT NULL AND organisation_id IS NULL AND contact_id IS NULL))
);
CREATE INDEX event_invitations_event ON event_invitations (region_id, event_id);

-- People registered for an event. The waiting list is the rows with status 'waiting' in id
-- order. The personal cancel link carries a random token; only its hash is stored (like
-- sessions and API tokens). registered_by: 'self' (public page) or 'staff' (with the user).
CREATE TABLE event_registrations (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  organisation_id BIGINT REFERENCES organisations(id),
  organisation_name TEXT NOT NULL DEFAULT '',
  consent_given INTEGER NOT NULL DEFAULT 0,
  consent_at BIGINT,
  status TEXT NOT NULL CHECK (status IN ('registered', 'waiting', 'cancelled', 'attended')),
  cancel_token_hash TEXT NOT NULL UNIQUE,
  registered_by TEXT NOT NULL CHECK (registered_by IN ('self', 'staff')),
  registered_by_user_id BIGINT REFERENCES users(id),
  checked_in_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX event_registrations_event ON event_registrations (region_id, event_id, status, id);
CREATE INDEX event_registrations_organisation ON event_registrations (region_id, organisation_id, event_id);

-- Topics raised at an event. The follow-up turns one into a bridge-work transfer (transfer_id);
-- needs and plan measures will add their own columns here when those modules exist.
CREATE TABLE event_topics (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  transfer_id BIGINT REFERENCES transfers(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX event_topics_event ON event_topics (region_id, event_id);

-- The public calendar feed of a region: /calendar/<token>.ics. Only the token's hash is kept.
CREATE TABLE event_feeds (
  region_id BIGINT PRIMARY KEY REFERENCES regions(id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
