-- Netzwerkkarte (issue 4): saved map layouts, so the map looks the same next week and positions
-- moved by hand are kept. One row per region and layout name; positions is a JSON object
-- {"<node id>": [x, y], ...} with the node ids of /api/v1/analysis/graph ("o12", "n3").
CREATE TABLE map_layouts (
  region_id BIGINT NOT NULL REFERENCES regions(id),
  name TEXT NOT NULL,
  positions TEXT NOT NULL,
  updated_by BIGINT REFERENCES users(id),
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (region_id, name)
);
