#pragma once
// GraphML in and out. Reading goes through igraph's GraphML parser (libxml2), so files from Gephi,
// networkx or yEd load; writing is a plain string builder with XML escaping.

#include "analysis/analysis.hpp"
#include "analysis/graph.hpp"
#include "analysis/model.hpp"
#include "core/result.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bb::analysis {

struct GraphmlGraph {
  Graph graph;                  // simple: parallel edges merged (weights add up), loops dropped
  std::vector<std::string> ids; // the GraphML node ids, by node index
  std::vector<int> groups;      // by the partition attribute, if one was asked for (else all 0)
  std::vector<std::string> group_labels;  // label of each group index
};

struct GraphmlReadOptions {
  std::optional<std::string> partition;  // node attribute (string, number or boolean) to group by
  std::optional<bool> directed;          // absent: as the file's edgedefault says
  std::string weight = "weight";         // numeric edge attribute used as weight; 1 if absent
};

// A missing file is not_found; a malformed file or an unknown partition attribute is invalid input.
Result<GraphmlGraph> read_graphml(const std::string& path, const GraphmlReadOptions& options = {});

// The region as one graph: organisations and networks as nodes (attribute "kind"), memberships and
// ties as edges with their periods ("from"/"until", ISO dates, empty when open). The graph is
// undirected (networkx cannot read mixed graphs); a directed tie carries directed_tie=true, from a to b.
// The free-form attributes of organisations and networks become string node attributes of the
// same name (names that clash with the built-in ones above are left out).
// If `analysis` is given, the organisations also carry its metrics and brokerage totals.
std::string write_graphml(const Region& region, const Analysis* analysis = nullptr);
// The same, with free-form attributes per network (by network index, e.g. its "name"; the model's
// Network has none), written like the organisations' attributes.
using NetworkAttributes = std::vector<std::map<std::string, std::string>>;
std::string write_graphml(const Region& region, const Analysis* analysis, const NetworkAttributes& network_attributes);

// A plain graph with one numeric column per node attribute (e.g. metrics), ids as node ids.
struct NodeColumn {
  std::string name;
  std::vector<double> values;
};
std::string write_graphml(const Graph& g, const std::vector<std::string>& ids, const std::vector<NodeColumn>& columns);

// XML text/attribute escaping and xsd:double spelling (NaN, INF) of the writers above, shared by
// the GEXF writer (gexf.hpp).
std::string xml_escape(const std::string& s);
std::string xml_number(double x);

}  // namespace bb::analysis
