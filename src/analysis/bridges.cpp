#include "analysis/bridges.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace bb::analysis {

int BridgeReport::pair_index(int a, int b) const {
  if (a > b) std::swap(a, b);
  // Row-major upper triangle without the diagonal.
  return a * networks - a * (a + 1) / 2 + (b - a - 1);
}

BridgeReport network_bridges(const Snapshot& s) {
  BridgeReport r;
  r.networks = s.networks;
  const int n = s.networks;
  r.pairs.reserve(static_cast<std::size_t>(n) * static_cast<std::size_t>(n > 0 ? n - 1 : 0) / 2);
  for (int a = 0; a < n; ++a)
    for (int b = a + 1; b < n; ++b) r.pairs.push_back({a, b, {}});
  // Each organisation bridges every pair of its networks: work is sum over organisations of k^2.
  for (int o = 0; o < s.organisations; ++o) {
    const auto& nets = s.networks_of[static_cast<std::size_t>(o)];
    for (std::size_t i = 0; i < nets.size(); ++i)
      for (std::size_t j = i + 1; j < nets.size(); ++j)
        r.pairs[static_cast<std::size_t>(r.pair_index(nets[i], nets[j]))].bridges.push_back(o);
  }
  for (std::size_t p = 0; p < r.pairs.size(); ++p) {
    if (r.pairs[p].bridges.empty()) r.unbridged.push_back(static_cast<int>(p));
    else if (r.pairs[p].bridges.size() == 1) r.single.push_back(static_cast<int>(p));
  }
  return r;
}

std::vector<int> bridging_portfolio(const BridgeReport& report, int organisation) {
  std::vector<int> out;
  for (int p : report.single)
    if (report.pairs[static_cast<std::size_t>(p)].bridges.front() == organisation) out.push_back(p);
  return out;
}

namespace {

double capacity_of(const Organisation& o) {
  auto it = o.attributes.find("capacity");
  if (it == o.attributes.end()) return 0.0;
  char* end = nullptr;
  const double v = std::strtod(it->second.c_str(), &end);
  return end != it->second.c_str() && *end == '\0' ? v : 0.0;
}

}  // namespace

std::vector<Handover> handover_ranking(const Region& region, const Snapshot& s, const BridgeReport& report, int holder,
                                       const HandoverWeights& weights) {
  // Ties of each organisation valid that day, either direction, with their intensity.
  std::vector<std::vector<std::pair<int, double>>> ties(static_cast<std::size_t>(s.organisations));
  for (int t : s.active_ties) {
    const Tie& tie = region.ties[static_cast<std::size_t>(t)];
    ties[static_cast<std::size_t>(tie.a)].push_back({tie.b, tie.intensity});
    ties[static_cast<std::size_t>(tie.b)].push_back({tie.a, tie.intensity});
  }
  std::vector<int> load(static_cast<std::size_t>(s.organisations), 0);
  for (int p : report.single) ++load[static_cast<std::size_t>(report.pairs[static_cast<std::size_t>(p)].bridges.front())];

  auto is_member = [&](int org, int net) {
    const auto& nets = s.networks_of[static_cast<std::size_t>(org)];
    return std::binary_search(nets.begin(), nets.end(), net);
  };

  std::vector<Handover> out;
  for (int p : bridging_portfolio(report, holder)) {
    const NetworkPair& pair = report.pairs[static_cast<std::size_t>(p)];
    Handover h{p, {}};
    for (int side = 0; side < 2; ++side) {
      const int own = side == 0 ? pair.a : pair.b;
      const int other = side == 0 ? pair.b : pair.a;
      for (int c : s.members_of[static_cast<std::size_t>(own)]) {
        if (c == holder) continue;
        std::set<int> contacts;
        double intensity = 0;
        for (const auto& [peer, w] : ties[static_cast<std::size_t>(c)]) {
          if (peer == holder || !is_member(peer, other)) continue;
          contacts.insert(peer);
          intensity += w;
        }
        if (contacts.empty()) continue;
        HandoverCandidate cand;
        cand.organisation = c;
        cand.side = own;
        cand.contacts = static_cast<int>(contacts.size());
        cand.intensity = intensity;
        cand.capacity = capacity_of(region.organisations[static_cast<std::size_t>(c)]);
        cand.load = load[static_cast<std::size_t>(c)];
        const auto& type = region.organisations[static_cast<std::size_t>(c)].type;
        const auto bonus = weights.type_bonus.find(type);
        cand.score = weights.contacts_weight * cand.contacts + weights.intensity_weight * cand.intensity +
                     weights.capacity_weight * cand.capacity - weights.load_weight * cand.load +
                     (bonus == weights.type_bonus.end() ? 0.0 : bonus->second);
        h.candidates.push_back(cand);
      }
    }
    std::sort(h.candidates.begin(), h.candidates.end(), [](const HandoverCandidate& x, const HandoverCandidate& y) {
      return x.score != y.score ? x.score > y.score : x.organisation < y.organisation;
    });
    out.push_back(std::move(h));
  }
  return out;
}

double pair_weight(const Region& region, const BridgeReport& report, int pair_index, const PairWeights& w) {
  const NetworkPair& pair = report.pairs[static_cast<std::size_t>(pair_index)];
  double base = pair.width() == 0 ? w.unbridged : pair.width() == 1 ? w.single_bridged : 0.0;
  if (base == 0) return 0;
  if (auto it = w.pair_override.find({pair.a, pair.b}); it != w.pair_override.end()) return base * it->second;
  if (auto it = w.pair_override.find({pair.b, pair.a}); it != w.pair_override.end()) return base * it->second;
  const std::string& fa = region.networks[static_cast<std::size_t>(pair.a)].focus;
  const std::string& fb = region.networks[static_cast<std::size_t>(pair.b)].focus;
  if (auto it = w.focus.find({fa, fb}); it != w.focus.end()) return base * it->second;
  if (auto it = w.focus.find({fb, fa}); it != w.focus.end()) return base * it->second;
  return base * w.default_focus_weight;
}

Recommendation recommend_networks(const Region& region, const Snapshot& s, const BridgeReport& report, int organisation,
                                  int k, const PairWeights& weights) {
  Recommendation rec;
  const int n = s.networks;
  std::vector<char> in(static_cast<std::size_t>(n), 0);
  for (int net : s.networks_of[static_cast<std::size_t>(organisation)]) in[static_cast<std::size_t>(net)] = 1;
  // A pair the organisation already bridges alone gains nothing from another membership.
  std::vector<double> w(report.pairs.size(), 0.0);
  for (std::size_t p = 0; p < report.pairs.size(); ++p) {
    const auto& pair = report.pairs[p];
    if (pair.width() == 1 && pair.bridges.front() == organisation) continue;
    w[p] = pair_weight(region, report, static_cast<int>(p), weights);
  }
  std::vector<char> covered(report.pairs.size(), 0);
  if (k > 0 && s.networks_of[static_cast<std::size_t>(organisation)].empty()) {
    int best = -1;
    double best_pair = 0;
    for (std::size_t p = 0; p < report.pairs.size(); ++p)
      if (w[p] > best_pair) {
        best_pair = w[p];
        best = report.pairs[p].a;
      }
    if (best < 0) return rec;
    in[static_cast<std::size_t>(best)] = 1;
    rec.networks.push_back(best);
    rec.gains.push_back(0.0);
    --k;
  }
  for (int round = 0; round < k; ++round) {
    int best = -1;
    double best_gain = 0;
    for (int cand = 0; cand < n; ++cand) {
      if (in[static_cast<std::size_t>(cand)]) continue;
      double gain = 0;
      for (int m = 0; m < n; ++m) {
        if (!in[static_cast<std::size_t>(m)]) continue;
        const int p = report.pair_index(cand, m);
        if (!covered[static_cast<std::size_t>(p)]) gain += w[static_cast<std::size_t>(p)];
      }
      if (gain > best_gain) {
        best_gain = gain;
        best = cand;
      }
    }
    if (best < 0) break;
    for (int m = 0; m < n; ++m)
      if (in[static_cast<std::size_t>(m)]) covered[static_cast<std::size_t>(report.pair_index(best, m))] = 1;
    in[static_cast<std::size_t>(best)] = 1;
    rec.networks.push_back(best);
    rec.gains.push_back(best_gain);
    rec.total += best_gain;
  }
  return rec;
}

}  // namespace bb::analysis
