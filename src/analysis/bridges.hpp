#pragma once
// Bridges between networks: which organisations belong to both networks of a pair, the pairs that
// hang on one organisation, the pairs nobody connects; an organisation's bridging portfolio; who
// could take over a bridge; which networks an organisation should join.

#include "analysis/graph.hpp"
#include "analysis/model.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bb::analysis {

struct NetworkPair {
  int a = 0;  // a < b
  int b = 0;
  std::vector<int> bridges;  // organisations in both networks that day, sorted
  int width() const { return static_cast<int>(bridges.size()); }
};

struct BridgeReport {
  // Every unordered pair of networks, in order (0,1), (0,2), ..., (1,2), ...; index with pair_index.
  std::vector<NetworkPair> pairs;
  std::vector<int> single;      // indices into pairs with width 1 (a single point of failure)
  std::vector<int> unbridged;   // indices into pairs with width 0
  int networks = 0;
  int pair_index(int a, int b) const;  // a != b, any order
};

BridgeReport network_bridges(const Snapshot& s);

// The pairs the organisation alone connects (indices into report.pairs).
std::vector<int> bridging_portfolio(const BridgeReport& report, int organisation);

// Handover (Verstetigung) ranking. For a pair (A, B) that `holder` alone bridges, a candidate is any
// other organisation that is a member of A or of B that day and has at least one cooperation tie
// (valid that day, either direction) with a member of the other side (the holder excluded: its
// ties leave with it). Score, documented so the plan can explain it:
//   contacts_weight  * number of distinct other-side members it has ties with
// + intensity_weight * sum of the intensities of those ties
// + capacity_weight  * its "capacity" attribute (a number, 0 if absent or not a number)
// + type_bonus[its type] (its role: e.g. a chamber or the Jobcenter may be a natural carrier)
// - load_weight      * number of pairs it already bridges alone (not to pile every bridge on one partner)
// Highest score first; ties broken by organisation index.
struct HandoverWeights {
  double contacts_weight = 1.0;
  double intensity_weight = 0.5;
  double capacity_weight = 1.0;
  double load_weight = 0.25;
  std::map<std::string, double> type_bonus;  // by Organisation::type; absent types get 0
};

struct HandoverCandidate {
  int organisation = 0;
  int side = 0;              // the network it is already a member of
  int contacts = 0;          // distinct members of the other network it has ties with
  double intensity = 0;
  double capacity = 0;
  int load = 0;
  double score = 0;
};

struct Handover {
  int pair = 0;  // index into BridgeReport::pairs
  std::vector<HandoverCandidate> candidates;
};

std::vector<Handover> handover_ranking(const Region& region, const Snapshot& s, const BridgeReport& report, int holder,
                                       const HandoverWeights& weights = {});

// Relevance of a network pair for the recommendation: `focus` maps an unordered pair of network
// foci (e.g. {"business", "migration"}) to a multiplier (default_focus_weight when absent); an
// unbridged pair counts `unbridged`, a pair with one bridge `single_bridged`; wider pairs count 0.
// All of it is editable by the user.
struct PairWeights {
  double unbridged = 1.0;
  double single_bridged = 0.5;
  double default_focus_weight = 1.0;
  std::map<std::pair<std::string, std::string>, double> focus;  // keys in any order
  std::map<std::pair<int, int>, double> pair_override;          // by network index, any order
};

double pair_weight(const Region& region, const BridgeReport& report, int pair_index, const PairWeights& w);

struct Recommendation {
  std::vector<int> networks;  // in the order chosen
  std::vector<double> gains;  // marginal weighted coverage of each choice
  double total = 0;
};

// Greedy maximum coverage: joining network N bridges the pairs (N, M) for every network M the
// organisation belongs to (or has already been chosen to join). Each round picks the network with
// the largest weighted gain over pairs not yet covered; the greedy choice is the classic
// (1 - 1/e)-approximation for coverage problems. Stops early when no network adds anything.
// An organisation in no network gains nothing from its first network alone, so its first choice is
// the network with the most valuable best partner (reported with gain 0), and the next the partner.
Recommendation recommend_networks(const Region& region, const Snapshot& s, const BridgeReport& report, int organisation,
                                  int k, const PairWeights& weights = {});

}  // namespace bb::analysis
