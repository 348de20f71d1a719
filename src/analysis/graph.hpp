#pragma once
// Graphs built from a Region for one date. Node indices are plain ints; the Snapshot says which
// node is which organisation or network.

#include "analysis/model.hpp"

#include <string>
#include <vector>

namespace bb::analysis {

struct Edge {
  int from = 0;
  int to = 0;
  double weight = 1.0;
};

// A simple graph: in an undirected graph each edge is listed once; a directed graph lists arcs.
// Parallel edges are merged by the builders (weights add up), so every consumer can assume none.
struct Graph {
  int n = 0;
  bool directed = false;
  std::vector<Edge> edges;
};

// Out-neighbours per node (both ends for undirected edges), sorted and without duplicates.
std::vector<std::vector<int>> out_neighbours(const Graph& g);

// How the one-mode organisation graph is weighted. An edge between two organisations carries
//   tie_factor * (sum of the intensities of their ties valid that day)
// + co_membership_factor * f(number of networks both belong to that day),
// where f is the count itself (linear) or, with diminishing_returns, 1 + log2(count), so that
// sharing ten networks does not count ten times as much as sharing one.
// Setting co_membership_factor to 0 leaves the pure cooperation graph.
struct Weighting {
  double tie_factor = 1.0;
  double co_membership_factor = 1.0;
  bool diminishing_returns = false;
  double membership_weight = 1.0;  // weight of an organisation-network edge in the affiliation graph
  // Directed ties make the graphs directed (undirected ties become two arcs). Off: every tie is
  // treated as undirected, which is what most partners mean by "we cooperate".
  bool respect_direction = true;
};

struct Snapshot {
  std::string date;
  int organisations = 0;
  int networks = 0;
  std::vector<std::vector<int>> networks_of;  // per organisation: networks it belongs to that day (sorted)
  std::vector<std::vector<int>> members_of;   // per network: organisations (sorted)
  std::vector<int> active_ties;               // indices into Region::ties valid that day
  // Two-mode graph: nodes 0..O-1 are organisations, O..O+N-1 networks; undirected membership edges.
  Graph two_mode;
  // The sparse graph the centralities run on: the two-mode graph plus the cooperation ties.
  // Its size grows with memberships + ties, unlike the projection (quadratic in network size).
  Graph affiliation;
  // Organisations only, cooperation ties only: the graph Gould-Fernandez brokerage runs on
  // (co-membership would close nearly every two-path inside a network and hide the brokers).
  Graph ties;
  // The one-mode projection: ties plus co-membership, weighted as configured. Built only on
  // request because it is quadratic in network size.
  Graph one_mode;
  bool has_one_mode = false;
};

Result<Snapshot> build_snapshot(const Region& region, const std::string& date, const Weighting& weighting = {},
                                bool with_one_mode = true);

}  // namespace bb::analysis
