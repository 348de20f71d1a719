-- Foundation: regions (tenants), municipalities, users, sessions, API tokens, login throttling,
-- audit log and installation settings.
-- Portable SQL for SQLite and PostgreSQL. {{ID}} becomes the backend's auto-increment primary key.
-- Times are Unix seconds (BIGINT); booleans are INTEGER 0/1 so both backends bind them alike.
-- Each statement ends with ';' at the end of a line (the runner splits there).

CREATE TABLE instance_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE regions (
  id {{ID}},
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE municipalities (
  id {{ID}},
  region_id BIGINT NOT NULL REFERENCES regions(id),
  name TEXT NOT NULL,
  UNIQUE (region_id, name)
);

CREATE TABLE users (
  id {{ID}},
  region_id BIGINT REFERENCES regions(id),
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'counsellor', 'partner', 'national')),
  language TEXT NOT NULL DEFAULT 'de',
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  password_changed_at BIGINT NOT NULL,
  CHECK ((role = 'national') = (region_id IS NULL))
);
CREATE INDEX users_region ON users (region_id);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id {{ID}},
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  prefix TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  failures INTEGER NOT NULL,
  locked_until BIGINT NOT NULL
);

CREATE TABLE audit_log (
  id {{ID}},
  region_id BIGINT REFERENCES regions(id),
  user_id BIGINT REFERENCES users(id),
  at BIGINT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  request_id TEXT NOT NULL
);
CREATE INDEX audit_log_region_at ON audit_log (region_id, at);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
