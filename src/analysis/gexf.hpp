#pragma once
// GEXF 1.2 out (Gephi's own format; networkx reads it with read_gexf). The region as one dynamic
// graph: organisations and networks as nodes with their attributes (and, with an analysis, the
// organisations' metrics), memberships and ties as edges whose validity periods are GEXF spells
// (start/end as ISO dates, an open bound left out), so Gephi's timeline plays the region's history.
// Like the GraphML export the graph is undirected (networkx cannot read mixed graphs); a directed
// tie carries directed_tie=true, from source to target.

#include "analysis/analysis.hpp"
#include "analysis/graphml.hpp"
#include "analysis/model.hpp"

#include <string>

namespace bb::analysis {

// network_attributes as for write_graphml (by network index, e.g. "name").
std::string write_gexf(const Region& region, const Analysis* analysis = nullptr,
                       const NetworkAttributes& network_attributes = {});

}  // namespace bb::analysis
