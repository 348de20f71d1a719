#include "analysis/brokerage.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace bb::analysis {
namespace {

double choose2(double x) { return x * (x - 1) / 2; }

}  // namespace

Result<Brokerage> brokerage(const Graph& g, const std::vector<int>& group) {
  if (g.n < 3) return Error::invalid("analysis.brokerage_needs_three_nodes");
  if (static_cast<int>(group.size()) != g.n) return Error::invalid("analysis.partition_size_mismatch");
  const auto adj = out_neighbours(g);
  // mark[c] == a: a -> c exists, so "is a->b->c open?" is one array lookup.
  std::vector<int> mark(static_cast<std::size_t>(g.n), -1);
  std::vector<std::vector<int>> in(static_cast<std::size_t>(g.n));
  long long arcs = 0;
  for (int a = 0; a < g.n; ++a) {
    for (int b : adj[static_cast<std::size_t>(a)]) in[static_cast<std::size_t>(b)].push_back(a);
    arcs += static_cast<long long>(adj[static_cast<std::size_t>(a)].size());
  }

  Brokerage r;
  r.raw.assign(static_cast<std::size_t>(g.n), RoleVector{});
  // For each a, mark its out-neighbours once; then every two-path a->b->c starting at a is open
  // iff c is unmarked. Work: sum over b of indeg(b) * outdeg(b).
  for (int a = 0; a < g.n; ++a) {
    const auto& out_a = adj[static_cast<std::size_t>(a)];
    for (int c : out_a) mark[static_cast<std::size_t>(c)] = a;
    const int ga = group[static_cast<std::size_t>(a)];
    for (int b : out_a) {
      const int gb = group[static_cast<std::size_t>(b)];
      auto& row = r.raw[static_cast<std::size_t>(b)];
      for (int c : adj[static_cast<std::size_t>(b)]) {
        if (c == a || mark[static_cast<std::size_t>(c)] == a) continue;
        const int gc = group[static_cast<std::size_t>(c)];
        int role;
        if (ga == gb) role = gb == gc ? coordinator : representative;
        else if (gb == gc) role = gatekeeper;
        else role = ga == gc ? itinerant : liaison;
        row[static_cast<std::size_t>(role)] += 1;
        row[total] += 1;
        ++r.open_two_paths;
      }
    }
  }
  for (const auto& row : r.raw)
    for (std::size_t k = 0; k < 6; ++k) r.global_raw[k] += row[k];

  // Group sizes, in order of first appearance (sna's unique(cl)); the order does not change the
  // sums below, it only keeps the code close to R's.
  std::vector<int> labels;
  std::map<int, int> index;
  for (int label : group)
    if (index.try_emplace(label, static_cast<int>(labels.size())).second) labels.push_back(label);
  const std::size_t k = labels.size();
  std::vector<double> n(k, 0.0);
  for (int label : group) n[static_cast<std::size_t>(index[label])] += 1;
  const double N = g.n;
  const double d = static_cast<double>(arcs) / (N * (N - 1));
  const double p2 = d * d * (1 - d);           // probability of an open two-path on three given nodes
  const double p3 = std::pow(d, 3) * std::pow(1 - d, 3);
  const double p4 = std::pow(d, 4) * std::pow(1 - d, 2);
  const double p5 = std::pow(d, 5) * (1 - d);

  // Per group i: expectation and variance of each role count of one broker in group i (sna's ebr, vbr).
  std::vector<RoleVector> e(k), v(k);
  for (std::size_t i = 0; i < k; ++i) {
    double others_pairs = 0, others_triples = 0, sum_others = 0, sum_sq_others = 0, liaison_var = 0;
    for (std::size_t j = 0; j < k; ++j) {
      if (j == i) continue;
      others_pairs += n[j] * (n[j] - 1);
      others_triples += n[j] * (n[j] - 1) * (n[j] - 2);
      sum_others += n[j];
      sum_sq_others += n[j] * n[j];
      liaison_var += n[j] * choose2(N - n[j] - n[i]);
    }
    const double ni = n[i];
    e[i][coordinator] = p2 * (ni - 1) * (ni - 2);
    v[i][coordinator] = e[i][coordinator] * (1 - p2) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * p3;
    e[i][itinerant] = p2 * others_pairs;
    v[i][itinerant] = e[i][itinerant] * (1 - p2) + 2 * others_triples * p3;
    e[i][representative] = p2 * (N - ni) * (ni - 1);
    v[i][representative] = e[i][representative] * (1 - p2) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * p3;
    e[i][gatekeeper] = e[i][representative];
    v[i][gatekeeper] = v[i][representative];
    e[i][liaison] = p2 * (sum_others * sum_others - sum_sq_others);
    v[i][liaison] = e[i][liaison] * (1 - p2) + 4 * liaison_var * p3;
    e[i][total] = p2 * (N - 1) * (N - 2);
    v[i][total] = e[i][total] * (1 - p2) + 2 * (N - 1) * (N - 2) * (N - 3) * p3;
  }
  r.expected.resize(static_cast<std::size_t>(g.n));
  r.z.resize(static_cast<std::size_t>(g.n));
  for (int node = 0; node < g.n; ++node) {
    const auto i = static_cast<std::size_t>(index[group[static_cast<std::size_t>(node)]]);
    for (std::size_t role = 0; role < 6; ++role) {
      r.expected[static_cast<std::size_t>(node)][role] = e[i][role];
      r.z[static_cast<std::size_t>(node)][role] = (r.raw[static_cast<std::size_t>(node)][role] - e[i][role]) / std::sqrt(v[i][role]);
    }
  }

  // Whole-graph expectations and variances (sna's egbr, vgbr).
  RoleVector ge{}, gv{};
  double s_coord = 0, s_coord_var = 0, s_rep = 0, s_rep_var = 0, s_lia = 0, s_it_var = 0;
  for (std::size_t i = 0; i < k; ++i) {
    const double x = n[i];
    s_coord += x * (x - 1) * (x - 2);
    s_coord_var += x * (x - 1) * (x - 2) * ((4 * x - 10) * p3 - 4 * (x - 3) * p4 + (x - 3) * p5);
    s_rep += x * (N - x) * (x - 1);
    s_rep_var += x * (N - x) * (x - 1) * ((N - 3) * p3 + (x - 2) * p5);
    for (std::size_t j = 0; j < k; ++j) {
      const double y = n[j];
      s_it_var += x * y * (x - 1) * ((2 * x + 2 * y - 6) * p3 + (N - x - 1) * p5);
      s_lia += x * y * (N - x - y);
    }
    s_it_var -= x * x * (x - 1) * ((4 * x - 6) * p3 + (N - x - 1) * p5);
    s_lia -= x * x * (N - 2 * x);
  }
  ge[coordinator] = p2 * s_coord;
  gv[coordinator] = ge[coordinator] * (1 - p2) + s_coord_var;
  ge[itinerant] = p2 * s_rep;  // sna: sum(n (N - n) (n - 1)), the same sum as the representative's
  gv[itinerant] = ge[itinerant] * (1 - p2) + s_it_var;
  ge[representative] = p2 * s_rep;
  gv[representative] = ge[representative] * (1 - p2) + s_rep_var;
  ge[gatekeeper] = ge[representative];
  gv[gatekeeper] = gv[representative];
  ge[liaison] = p2 * s_lia;
  gv[liaison] = ge[liaison] * (1 - p2);
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t j = 0; j < k; ++j)
      for (std::size_t l = 0; l < k; ++l) {
        if (i == j || j == l || i == l) continue;
        gv[liaison] += n[i] * n[j] * n[l] *
                       ((4 * (N - n[j]) - 2 * (n[i] + n[l] + 1)) * p3 - (4 * (N - n[l]) - 2 * (n[i] + n[j] + 1)) * p4 +
                        (N - (n[i] + n[l] + 1)) * p5);
      }
  ge[total] = p2 * N * (N - 1) * (N - 2);
  gv[total] = ge[total] * (1 - p2) + N * (N - 1) * (N - 2) * ((4 * N - 10) * p3 - 4 * (N - 3) * p4 + (N - 3) * p5);
  r.global_expected = ge;
  for (std::size_t role = 0; role < 6; ++role) r.global_z[role] = (r.global_raw[role] - ge[role]) / std::sqrt(gv[role]);
  return r;
}

}  // namespace bb::analysis
