#include "analysis/analysis.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

namespace bb::analysis {

std::vector<int> partition_groups(const Region& region, const Snapshot& s, const Partition& p) {
  std::vector<int> group(region.organisations.size(), 0);
  std::map<std::string, int> labels;
  auto label = [&labels](const std::string& key) { return labels.try_emplace(key, static_cast<int>(labels.size())).first->second; };
  for (std::size_t o = 0; o < region.organisations.size(); ++o) {
    const Organisation& org = region.organisations[o];
    switch (p.kind) {
      case PartitionKind::type: group[o] = label(org.type); break;
      case PartitionKind::municipality: group[o] = label(org.municipality); break;
      case PartitionKind::attribute: {
        auto it = org.attributes.find(p.attribute);
        group[o] = label(it == org.attributes.end() ? std::string() : it->second);
        break;
      }
      case PartitionKind::network: {
        const auto& nets = s.networks_of[o];
        group[o] = nets.empty() ? -1 : nets.front();
        break;
      }
      case PartitionKind::affiliation: {
        const auto& nets = s.networks_of[o];
        group[o] = std::binary_search(nets.begin(), nets.end(), p.network) ? 1 : 0;
        break;
      }
    }
  }
  return group;
}

namespace {

class Stopwatch {
 public:
  double lap() {
    const auto now = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return ms;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

Result<Analysis> analyse(const Region& region, const AnalysisOptions& options) {
  if (options.focal && (*options.focal < 0 || *options.focal >= static_cast<int>(region.organisations.size())))
    return Error::invalid("analysis.focal_out_of_range", {{"focal", "error.not_found"}});
  Stopwatch clock;
  auto snap = build_snapshot(region, options.date, options.weighting, options.metrics_on_one_mode);
  if (!snap) return snap.error();
  Analysis a;
  a.snapshot = std::move(*snap);
  a.timings.snapshot_ms = clock.lap();
  const Graph& metric_graph = options.metrics_on_one_mode ? a.snapshot.one_mode : a.snapshot.affiliation;
  auto metrics = compute_metrics(metric_graph, options.metrics);
  if (!metrics) return metrics.error();
  a.metrics = std::move(*metrics);
  a.timings.metrics_ms = clock.lap();
  if (a.snapshot.organisations >= 3) {
    auto b = brokerage(a.snapshot.ties, partition_groups(region, a.snapshot, options.partition));
    if (!b) return b.error();
    a.brokerage = std::move(*b);
  }
  a.timings.brokerage_ms = clock.lap();
  a.bridges = network_bridges(a.snapshot);
  a.timings.bridges_ms = clock.lap();
  if (options.focal) {
    a.portfolio = bridging_portfolio(a.bridges, *options.focal);
    a.handover = handover_ranking(region, a.snapshot, a.bridges, *options.focal, options.handover);
  }
  a.timings.handover_ms = clock.lap();
  return a;
}

Result<Region> apply_edits(const Region& region, const std::vector<Edit>& edits, const std::string& date) {
  Region r = region;
  const int orgs = static_cast<int>(r.organisations.size());
  const int nets = static_cast<int>(r.networks.size());
  auto bad_org = [orgs](int o) { return o < 0 || o >= orgs; };
  for (const Edit& e : edits) {
    switch (e.kind) {
      case Edit::Kind::add_membership:
        if (bad_org(e.organisation) || e.network < 0 || e.network >= nets) return Error::invalid("analysis.edit_out_of_range");
        r.memberships.push_back({e.organisation, e.network, {}});
        break;
      case Edit::Kind::remove_membership:
        // Removes the membership as of the date: periods valid that day are dropped.
        std::erase_if(r.memberships, [&](const Membership& m) {
          return m.organisation == e.organisation && m.network == e.network && m.period.contains(date);
        });
        break;
      case Edit::Kind::add_tie:
        if (bad_org(e.tie.a) || bad_org(e.tie.b)) return Error::invalid("analysis.edit_out_of_range");
        r.ties.push_back(e.tie);
        break;
      case Edit::Kind::remove_tie:
        std::erase_if(r.ties, [&](const Tie& t) {
          const bool same = t.a == e.tie.a && t.b == e.tie.b;
          const bool reversed = !t.directed && t.a == e.tie.b && t.b == e.tie.a;
          return (same || reversed) && t.period.contains(date);
        });
        break;
      case Edit::Kind::remove_organisation:
        if (bad_org(e.organisation)) return Error::invalid("analysis.edit_out_of_range");
        std::erase_if(r.memberships, [&](const Membership& m) { return m.organisation == e.organisation; });
        std::erase_if(r.ties, [&](const Tie& t) { return t.a == e.organisation || t.b == e.organisation; });
        break;
    }
  }
  return r;
}

namespace {

int largest_component_orgs(const Analysis& a) {
  std::map<int, int> size;
  for (int o = 0; o < a.snapshot.organisations; ++o) ++size[a.metrics.component[static_cast<std::size_t>(o)]];
  int best = 0;
  for (const auto& [c, n] : size) best = std::max(best, n);
  return best;
}

bool moved(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return std::isnan(x) != std::isnan(y);
  return std::abs(x - y) > 1e-9;
}

}  // namespace

Result<WhatIf> what_if(const Region& region, const std::vector<Edit>& edits, const AnalysisOptions& options) {
  auto edited = apply_edits(region, edits, options.date);
  if (!edited) return edited.error();
  auto before = analyse(region, options);
  if (!before) return before.error();
  auto after = analyse(*edited, options);
  if (!after) return after.error();
  WhatIf w;
  w.before = std::move(*before);
  w.after = std::move(*after);
  for (std::size_t p = 0; p < w.before.bridges.pairs.size(); ++p) {
    const int b = w.before.bridges.pairs[p].width();
    const int a = w.after.bridges.pairs[p].width();
    if (b == 0 && a > 0) w.newly_bridged.push_back(static_cast<int>(p));
    if (b > 0 && a == 0) w.newly_unbridged.push_back(static_cast<int>(p));
    if (a == 1 && b != 1) w.newly_single.push_back(static_cast<int>(p));
    if (b == 1 && a != 1) w.no_longer_single.push_back(static_cast<int>(p));
  }
  w.components_before = w.before.metrics.components;
  w.components_after = w.after.metrics.components;
  w.largest_component_before = largest_component_orgs(w.before);
  w.largest_component_after = largest_component_orgs(w.after);
  for (int o = 0; o < w.before.snapshot.organisations; ++o) {
    const auto i = static_cast<std::size_t>(o);
    const auto& mb = w.before.metrics;
    const auto& ma = w.after.metrics;
    if (moved(mb.betweenness[i], ma.betweenness[i]) || moved(mb.closeness[i], ma.closeness[i]) ||
        moved(mb.constraint[i], ma.constraint[i]))
      w.changes.push_back({o, mb.betweenness[i], ma.betweenness[i], mb.closeness[i], ma.closeness[i], mb.constraint[i],
                           ma.constraint[i]});
  }
  std::sort(w.changes.begin(), w.changes.end(), [](const MetricChange& x, const MetricChange& y) {
    const double dx = std::abs(x.betweenness_after - x.betweenness_before);
    const double dy = std::abs(y.betweenness_after - y.betweenness_before);
    return dx != dy ? dx > dy : x.organisation < y.organisation;
  });
  return w;
}

}  // namespace bb::analysis
