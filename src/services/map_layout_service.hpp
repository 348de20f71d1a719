#pragma once
// The network map's layouts (issue 4): computed by igraph for a graph the browser sends, saved
// and re-used by name per region, so the map looks the same next week and positions moved by
// hand are kept. Positions travel as JSON {"<node id>": [x, y]} with the node ids of
// /api/v1/analysis/graph.

#include "services/actor.hpp"
#include "storage/database.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace bb::services {

// At most this many positioned nodes per layout (a national map has about 62,000 nodes).
inline constexpr std::size_t kMaxLayoutNodes = 200000;

// Checks a positions object (ids of at most 32 characters, two finite numbers each) and returns
// it in canonical form. Fails with field "positions".
Result<boost::json::object> parse_positions(const boost::json::value& value);

// Body of an automatic layout request: {"nodes":[id,...], "edges":[[id,id],...],
// "start":{id:[x,y]} (optional), "fixed":[id,...] (optional)}. Returns positions for every node.
Result<boost::json::object> compute_layout(const boost::json::value& request);

class MapLayoutService {
 public:
  explicit MapLayoutService(storage::Database& db) : db_(db) {}

  Result<std::vector<storage::MapLayoutSummary>> list(domain::Id region_id);
  Result<boost::json::object> positions(domain::Id region_id, std::string_view name);
  // Name: 1..80 characters after trimming (field "name"); positions as parse_positions.
  Result<void> save(const Actor& actor, domain::Id region_id, std::string_view name, const boost::json::value& positions,
                    std::int64_t now);
  Result<void> remove(const Actor& actor, domain::Id region_id, std::string_view name, std::int64_t now);

 private:
  storage::Database& db_;
};

}  // namespace bb::services
