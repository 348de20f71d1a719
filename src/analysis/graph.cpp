#include "analysis/graph.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace bb::analysis {

std::vector<std::vector<int>> out_neighbours(const Graph& g) {
  std::vector<std::vector<int>> adj(static_cast<std::size_t>(g.n));
  for (const auto& e : g.edges) {
    if (e.from == e.to) continue;  // loops broker nothing and close nothing
    adj[static_cast<std::size_t>(e.from)].push_back(e.to);
    if (!g.directed) adj[static_cast<std::size_t>(e.to)].push_back(e.from);
  }
  for (auto& list : adj) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return adj;
}

namespace {

// Accumulates weights per node pair so parallel edges merge. Undirected pairs are keyed (min, max).
class EdgeAccumulator {
 public:
  explicit EdgeAccumulator(bool directed) : directed_(directed) {}
  void add(int a, int b, double w) {
    if (!directed_ && a > b) std::swap(a, b);
    const std::uint64_t key = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) |
                              static_cast<std::uint32_t>(b);
    auto [it, inserted] = index_.try_emplace(key, edges_.size());
    if (inserted) edges_.push_back({a, b, 0.0});
    edges_[it->second].weight += w;
  }
  void reserve(std::size_t n) {
    index_.reserve(n);
    edges_.reserve(n);
  }
  std::vector<Edge> take() { return std::move(edges_); }

 private:
  bool directed_;
  std::unordered_map<std::uint64_t, std::size_t> index_;
  std::vector<Edge> edges_;
};

}  // namespace

Result<Snapshot> build_snapshot(const Region& region, const std::string& date, const Weighting& weighting,
                                bool with_one_mode) {
  if (!is_iso_date(date)) return Error::invalid("analysis.invalid_date", {{"date", "error.invalid_date"}});
  if (auto ok = validate(region); !ok) return ok.error();

  Snapshot s;
  s.date = date;
  s.organisations = static_cast<int>(region.organisations.size());
  s.networks = static_cast<int>(region.networks.size());
  s.networks_of.resize(static_cast<std::size_t>(s.organisations));
  s.members_of.resize(static_cast<std::size_t>(s.networks));
  for (const auto& m : region.memberships) {
    if (!m.period.contains(date)) continue;
    s.networks_of[static_cast<std::size_t>(m.organisation)].push_back(m.network);
  }
  for (int o = 0; o < s.organisations; ++o) {
    auto& nets = s.networks_of[static_cast<std::size_t>(o)];
    std::sort(nets.begin(), nets.end());
    nets.erase(std::unique(nets.begin(), nets.end()), nets.end());  // two periods overlapping the day
    for (int n : nets) s.members_of[static_cast<std::size_t>(n)].push_back(o);
  }
  bool any_directed = false;
  for (std::size_t t = 0; t < region.ties.size(); ++t) {
    if (!region.ties[t].period.contains(date)) continue;
    s.active_ties.push_back(static_cast<int>(t));
    any_directed = any_directed || region.ties[t].directed;
  }
  const bool directed = any_directed && weighting.respect_direction;

  // Adds a tie to an accumulator; in a directed graph an undirected tie is two arcs.
  auto add_tie = [&](EdgeAccumulator& acc, const Tie& t, double w) {
    acc.add(t.a, t.b, w);
    if (directed && !t.directed) acc.add(t.b, t.a, w);
  };

  const int total = s.organisations + s.networks;
  // Memberships need no merging: networks_of is already free of duplicates, and a membership
  // (organisation, network) can never coincide with a tie (organisation, organisation). So only
  // the ties go through the accumulator, once, and the affiliation graph is the two-mode edges
  // followed by the tie edges, in the order a single accumulator over both would give.
  {
    std::vector<Edge> two;
    two.reserve(region.memberships.size());
    for (int o = 0; o < s.organisations; ++o)
      for (int n : s.networks_of[static_cast<std::size_t>(o)]) two.push_back({o, s.organisations + n, weighting.membership_weight});
    s.two_mode = Graph{total, false, std::move(two)};
  }
  {
    EdgeAccumulator ties(directed);
    ties.reserve(2 * s.active_ties.size());
    for (int t : s.active_ties) add_tie(ties, region.ties[static_cast<std::size_t>(t)], region.ties[static_cast<std::size_t>(t)].intensity);
    s.ties = Graph{s.organisations, directed, ties.take()};
  }
  {
    std::vector<Edge> aff;
    aff.reserve((directed ? 2 : 1) * s.two_mode.edges.size() + s.ties.edges.size());
    for (const auto& e : s.two_mode.edges) {
      aff.push_back(e);
      if (directed) aff.push_back({e.to, e.from, e.weight});
    }
    aff.insert(aff.end(), s.ties.edges.begin(), s.ties.edges.end());
    s.affiliation = Graph{total, directed, std::move(aff)};
  }
  if (with_one_mode) {
    EdgeAccumulator one(directed);
    for (int t : s.active_ties) {
      const Tie& tie = region.ties[static_cast<std::size_t>(t)];
      add_tie(one, tie, weighting.tie_factor * tie.intensity);
    }
    if (weighting.co_membership_factor != 0) {
      // Shared-network counts per pair, then the configured transform.
      EdgeAccumulator shared(false);
      for (const auto& members : s.members_of)
        for (std::size_t i = 0; i < members.size(); ++i)
          for (std::size_t j = i + 1; j < members.size(); ++j) shared.add(members[i], members[j], 1.0);
      for (const auto& e : shared.take()) {
        const double f = weighting.diminishing_returns ? 1.0 + std::log2(e.weight) : e.weight;
        const double w = weighting.co_membership_factor * f;
        one.add(e.from, e.to, w);
        if (directed) one.add(e.to, e.from, w);
      }
    }
    s.one_mode = Graph{s.organisations, directed, one.take()};
    s.has_one_mode = true;
  }
  return s;
}

}  // namespace bb::analysis
