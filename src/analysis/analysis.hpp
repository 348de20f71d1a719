#pragma once
// The whole analysis of a region on a date, and what-if edits on top of it.

#include "analysis/bridges.hpp"
#include "analysis/brokerage.hpp"
#include "analysis/graph.hpp"
#include "analysis/metrics.hpp"
#include "analysis/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bb::analysis {

// The partition brokerage is computed over.
enum class PartitionKind { type, municipality, network, affiliation, attribute };

struct Partition {
  PartitionKind kind = PartitionKind::type;
  std::string attribute;  // for PartitionKind::attribute
  int network = 0;        // for PartitionKind::affiliation
};

// Group label per organisation:
// - type, municipality, attribute: one group per distinct value (missing attribute: "");
// - network: its first network that day in the caller's order of networks (its "home" network);
//   organisations in no network form one group of their own (-1);
// - affiliation: members of `network` that day (1) against everyone else (0).
std::vector<int> partition_groups(const Region& region, const Snapshot& s, const Partition& p);

struct AnalysisOptions {
  std::string date;
  Weighting weighting;
  MetricOptions metrics;
  Partition partition;
  // Metrics run on the sparse affiliation graph (organisations + networks + ties) by default; the
  // dense one-mode projection is quadratic in network size and exact betweenness on it is slow.
  bool metrics_on_one_mode = false;
  std::optional<int> focal;  // the service centre (or any organisation) for portfolio and handover
  HandoverWeights handover;
};

// Wall-clock time of each phase of analyse(), for the benchmark and for the UI's "computed in".
struct Timings {
  double snapshot_ms = 0, metrics_ms = 0, brokerage_ms = 0, bridges_ms = 0, handover_ms = 0;
};

struct Analysis {
  Timings timings;
  Snapshot snapshot;
  NodeMetrics metrics;           // on the chosen graph; organisations are nodes 0..O-1
  Brokerage brokerage;           // on the cooperation ties, organisations only
  BridgeReport bridges;
  std::vector<int> portfolio;    // of the focal organisation
  std::vector<Handover> handover;
};

Result<Analysis> analyse(const Region& region, const AnalysisOptions& options);

// What-if edits. Nothing is stored: the edits apply to a copy of the region.
struct Edit {
  enum class Kind { add_membership, remove_membership, add_tie, remove_tie, remove_organisation };
  Kind kind = Kind::add_membership;
  int organisation = 0;  // membership and remove_organisation
  int network = 0;       // membership
  Tie tie;               // add_tie; remove_tie matches a and b (either order for undirected ties)
};

// Applies the edits in order. Removing an organisation drops its memberships and ties but keeps its
// index (so results line up with the original); it becomes an isolate.
Result<Region> apply_edits(const Region& region, const std::vector<Edit>& edits, const std::string& date);

struct MetricChange {
  int organisation = 0;
  double betweenness_before = 0, betweenness_after = 0;
  double closeness_before = 0, closeness_after = 0;
  double constraint_before = 0, constraint_after = 0;
};

struct WhatIf {
  Analysis before;
  Analysis after;
  std::vector<int> newly_bridged;     // pair indices: width 0 before, > 0 after
  std::vector<int> newly_unbridged;   // width > 0 before, 0 after
  std::vector<int> newly_single;      // width 1 after, not before
  std::vector<int> no_longer_single;  // width 1 before, not after
  int components_before = 0, components_after = 0;  // of the affiliation graph, organisations and networks
  int largest_component_before = 0, largest_component_after = 0;  // organisations in it
  std::vector<MetricChange> changes;  // organisations whose metrics moved by more than 1e-9, by |delta betweenness| desc
};

Result<WhatIf> what_if(const Region& region, const std::vector<Edit>& edits, const AnalysisOptions& options);

}  // namespace bb::analysis
