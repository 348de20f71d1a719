#pragma once
// Saved layouts of the network map (issue 4), scoped to a region like every regional table.

#include "core/result.hpp"
#include "domain/entities.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::storage {

struct MapLayoutSummary {
  std::string name;
  domain::UnixTime updated_at = 0;
  std::string updated_by_name;  // empty if the user is gone
};

class MapLayoutRepository {
 public:
  virtual ~MapLayoutRepository() = default;
  virtual Result<std::vector<MapLayoutSummary>> list(domain::Id region_id) = 0;
  // The stored positions JSON, or nothing if the region has no layout of that name.
  virtual Result<std::optional<std::string>> positions(domain::Id region_id, std::string_view name) = 0;
  // Creates or replaces the layout `name` of the region.
  virtual Result<void> save(domain::Id region_id, std::string_view name, std::string_view positions,
                            domain::Id user_id, domain::UnixTime now) = 0;
  // False if there was no such layout.
  virtual Result<bool> remove(domain::Id region_id, std::string_view name) = 0;
};

}  // namespace bb::storage
