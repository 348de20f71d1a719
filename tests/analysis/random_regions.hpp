#pragma once
// Seeded random graphs and regions for the property tests and the benchmark's shape.

#include "analysis/model.hpp"
#include "analysis/graph.hpp"

#include <algorithm>
#include <random>
#include <utility>
#include <vector>
#include <string>

namespace bb::analysis::testing {

inline Graph random_graph(int n, int m, bool directed, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> node(0, n - 1);
  Graph g{n, directed, {}};
  for (int i = 0; i < m; ++i) {
    const int a = node(rng), b = node(rng);
    if (a != b) g.edges.push_back({a, b, 1.0});
  }
  // Merge duplicates so the graph is simple, as the builders guarantee.
  auto key = [directed](const Edge& e) {
    return directed || e.from < e.to ? std::pair(e.from, e.to) : std::pair(e.to, e.from);
  };
  std::sort(g.edges.begin(), g.edges.end(), [&key](const Edge& x, const Edge& y) { return key(x) < key(y); });
  std::vector<Edge> unique;
  for (const auto& e : g.edges)
    if (unique.empty() || key(unique.back()) != key(e)) unique.push_back(e);
  g.edges = unique;
  return g;
}

inline Region random_region(int orgs, int nets, int memberships, int ties, unsigned seed) {
  std::mt19937 rng(seed);
  Region r;
  const char* types[] = {"chamber", "school", "migrant_org", "company", "agency", "parents"};
  const char* foci[] = {"migration", "business", "school", "youth"};
  for (int o = 0; o < orgs; ++o)
    r.organisations.push_back({"o" + std::to_string(o), types[o % 6], "m" + std::to_string(o % 21), {}});
  for (int n = 0; n < nets; ++n) r.networks.push_back({"n" + std::to_string(n), foci[n % 4]});
  std::uniform_int_distribution<int> org(0, orgs - 1), net(0, nets - 1);
  for (int i = 0; i < memberships; ++i) r.memberships.push_back({org(rng), net(rng), {}});
  for (int i = 0; i < ties; ++i) {
    const int a = org(rng), b = org(rng);
    if (a == b) continue;
    r.ties.push_back({a, b, i % 5 == 0, "cooperation", 1.0 + i % 3, {}});
  }
  return r;
}

}  // namespace bb::analysis::testing
