#pragma once
// Node positions for the network map: a force-directed layout computed by igraph on the
// sparse graph (organisations and networks as nodes, memberships and ties as edges), so the
// browser only draws (a force layout of 3,000 nodes in the browser takes seconds; a preset
// layout opens at once).

#include "core/result.hpp"

#include <cstdint>
#include <utility>
#include <vector>

namespace bb::analysis {

struct Position {
  double x = 0;
  double y = 0;
};

struct LayoutInput {
  int nodes = 0;
  std::vector<std::pair<int, int>> edges;  // node indices; duplicates and loops are harmless
  // Positions to start from (size nodes, or empty): a saved layout extended by new nodes moves
  // little, so the map looks the same next week.
  std::vector<Position> start;
  std::vector<bool> fixed;  // size nodes or empty: these keep their start position exactly
  std::uint64_t seed = 1;   // the same input and seed give the same positions
};

// Fruchterman-Reingold (igraph_layout_fruchterman_reingold with its grid for large graphs),
// scaled so that the mean edge length is about 100 units (the map's zoom levels assume it).
Result<std::vector<Position>> force_layout(const LayoutInput& input);

}  // namespace bb::analysis
