#pragma once
// The network analysis of the live register (issue 4): reads a region's organisations, networks,
// memberships and ties (storage::AnalysisRepository, four statements), turns them into the
// analysis library's model (src/analysis, which knows nothing of the database) and runs it for
// one date with the partition and weighting the user chose. Nothing here writes: the what-if
// edits apply to a copy in memory.
//
// Which memberships count on a date: those whose period contains it; a network whose status is
// "ended" counts only before its status date (an ended network without a date counts never), so
// ending a network ends its bridges even where the memberships were left open.
//
// Co-membership weighting (AnalysisRequest::weighting, documented in analysis/graph.hpp): the
// one-mode organisation graph carries tie_factor x (sum of tie intensities 1-3) plus
// co_membership_factor x f(shared networks), f linear or 1 + log2 (diminishing returns).
// Metrics run on the sparse affiliation graph (organisations + networks + ties) unless
// `metrics_graph` asks for that projection.

#include "analysis/analysis.hpp"
#include "core/result.hpp"
#include "domain/register.hpp"
#include "storage/database.hpp"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace bb::services {

// The brokerage groups: organisation type, municipality, "home" network (the first network an
// organisation belongs to that day, by network id), or affiliation with one network (members of
// `partition_network` against everyone else).
enum class PartitionChoice { type, municipality, network, affiliation };
std::string_view to_string(PartitionChoice p);
std::optional<PartitionChoice> parse_partition(std::string_view text);

enum class MetricsGraph { affiliation, projection };

// Default relevance of network pairs for the recommendation, by the foci of the two networks:
// migration x sector (integration meets the economy) 2, migration x local 1.5, every other pair 1;
// an unbridged pair counts 1, a pair with one bridge 0.5. All editable per request.
analysis::PairWeights default_pair_weights();

struct AnalysisRequest {
  std::string date;  // "YYYY-MM-DD"
  PartitionChoice partition = PartitionChoice::type;
  std::optional<domain::Id> partition_network;  // required for affiliation
  std::optional<domain::Id> focus;              // organisation; absent: the region's service centre, if any
  analysis::Weighting weighting;
  MetricsGraph metrics_graph = MetricsGraph::affiliation;
  analysis::HandoverWeights handover;
  int k = 3;  // networks to recommend to the focus organisation (0..20)
  analysis::PairWeights pair_weights = default_pair_weights();
};

// The register as the library's model. organisations[i] of the model is graph.organisations[i],
// networks likewise; Organisation::id is "o<db id>", Network::id "n<db id>" (GraphML/GEXF ids).
struct RegionModel {
  storage::RegisterGraph graph;
  analysis::Region region;
  // Per network (by model index) its "name" and "status", for the GraphML/GEXF exports.
  std::vector<std::map<std::string, std::string>> network_attributes;
  std::unordered_map<domain::Id, int> organisation_index;
  std::unordered_map<domain::Id, int> network_index;
  // Per model membership/tie: the register record it came from.
  std::vector<std::size_t> membership_record;
  std::vector<std::size_t> tie_record;

  std::optional<int> organisation(domain::Id id) const;
  std::optional<int> network(domain::Id id) const;
  std::optional<int> service_centre() const;  // the first organisation of type service_centre
};

RegionModel make_model(storage::RegisterGraph graph);

struct RegionAnalysis {
  RegionModel model;
  AnalysisRequest request;  // with the focus resolved
  std::optional<int> focus;  // model index
  analysis::Analysis result;
  analysis::Recommendation recommendation;  // for the focus (empty without one)
};

// A what-if edit by register ids. remove_tie removes the ties valid that day between a and b
// (either order for undirected ties).
struct WhatIfEdit {
  analysis::Edit::Kind kind = analysis::Edit::Kind::remove_organisation;
  domain::Id organisation_id = 0;
  domain::Id network_id = 0;          // memberships
  domain::Id other_organisation_id = 0;  // ties: b
  bool directed = false;              // add_tie
  domain::TieKind tie_kind = domain::TieKind::information_exchange;
  int intensity = 1;                  // add_tie, 1..3
};
std::optional<analysis::Edit::Kind> parse_edit_kind(std::string_view text);
std::string_view to_string(analysis::Edit::Kind kind);

struct RegionWhatIf {
  RegionModel model;
  AnalysisRequest request;
  std::optional<int> focus;
  analysis::WhatIf result;
};

class AnalysisService {
 public:
  explicit AnalysisService(storage::Database& db) : db_(db) {}

  Result<RegionModel> load(domain::Id region_id);
  // Invalid date, unknown focus/partition network (or one of another region): invalid input
  // naming the field.
  Result<RegionAnalysis> analyse(domain::Id region_id, const AnalysisRequest& request);
  Result<RegionAnalysis> analyse(RegionModel model, const AnalysisRequest& request);
  Result<RegionWhatIf> what_if(domain::Id region_id, const AnalysisRequest& request, const std::vector<WhatIfEdit>& edits);

 private:
  storage::Database& db_;
};

// The library's options for a request on that model (focus and partition resolved); the error
// names the bad field.
Result<analysis::AnalysisOptions> analysis_options(const RegionModel& model, const AnalysisRequest& request,
                                                   std::optional<int>& focus);

}  // namespace bb::services
