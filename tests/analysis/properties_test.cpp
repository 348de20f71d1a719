// Invariants that hold on any input, checked on seeded random graphs and regions.
#include "analysis/analysis.hpp"
#include "golden.hpp"
#include "random_regions.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <string>

namespace bb::analysis {
namespace {

TEST(BrokerageProperties, RolesOfEveryNodeSumToItsTotalAndTotalsToTheOpenTwoPaths) {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    const Graph g = testing::random_graph(60, 240, seed % 2 == 0, seed);
    std::vector<int> groups(60);
    for (int v = 0; v < 60; ++v) groups[static_cast<std::size_t>(v)] = (v * 7 + static_cast<int>(seed)) % 4;
    auto b = brokerage(g, groups);
    ASSERT_TRUE(b.ok());
    double sum = 0;
    for (const auto& row : b->raw) {
      EXPECT_EQ(row[coordinator] + row[itinerant] + row[representative] + row[gatekeeper] + row[liaison], row[total]);
      sum += row[total];
    }
    EXPECT_EQ(sum, static_cast<double>(b->open_two_paths));
  }
}

TEST(BrokerageProperties, OpenTwoPathsEqualABruteForceCount) {
  const Graph g = testing::random_graph(30, 90, true, 42);
  std::vector<std::vector<char>> arc(30, std::vector<char>(30, 0));
  for (const auto& e : g.edges) arc[static_cast<std::size_t>(e.from)][static_cast<std::size_t>(e.to)] = 1;
  long long open = 0;
  for (std::size_t a = 0; a < 30; ++a)
    for (std::size_t b = 0; b < 30; ++b)
      for (std::size_t c = 0; c < 30; ++c)
        if (a != c && a != b && b != c && arc[a][b] && arc[b][c] && !arc[a][c]) ++open;
  auto br = brokerage(g, std::vector<int>(30, 0));
  ASSERT_TRUE(br.ok());
  EXPECT_EQ(br->open_two_paths, open);
  EXPECT_EQ(br->global_raw[coordinator], static_cast<double>(open));  // one group: every role is coordinator
}

TEST(BrokerageProperties, AnUndirectedEdgeCountsLikeTwoOppositeArcs) {
  const Graph u = testing::random_graph(40, 100, false, 9);
  Graph d{u.n, true, {}};
  for (const auto& e : u.edges) {
    d.edges.push_back(e);
    d.edges.push_back({e.to, e.from, e.weight});
  }
  std::vector<int> groups(40);
  for (int v = 0; v < 40; ++v) groups[static_cast<std::size_t>(v)] = v % 3;
  auto bu = brokerage(u, groups);
  auto bd = brokerage(d, groups);
  ASSERT_TRUE(bu.ok() && bd.ok());
  EXPECT_EQ(bu->raw, bd->raw);
}

TEST(BrokerageProperties, FewerThanThreeNodesIsInvalidInput) {
  auto b = brokerage(Graph{2, false, {{0, 1, 1.0}}}, {0, 1});
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, ErrorCode::invalid_input);
}

TEST(MetricProperties, TwoThreadBetweennessEqualsOneThread) {
  for (bool directed : {false, true}) {
    const Graph g = testing::random_graph(800, 3000, directed, 5);
    int one_used = 0, two_used = 0;
    auto one = betweenness(g, 1, &one_used);
    auto two = betweenness(g, 2, &two_used);
    ASSERT_TRUE(one.ok() && two.ok());
    EXPECT_EQ(one_used, 1);
    EXPECT_EQ(two_used, 2) << "the private second copy of libigraph could not be loaded";
    for (std::size_t v = 0; v < one->size(); ++v) EXPECT_NEAR((*one)[v], (*two)[v], 1e-12) << v;
  }
}

// The graph with every 5th node index left without edges (the others moved up to make room).
Graph with_isolates(const Graph& g) {
  Graph out{g.n + (g.n + 3) / 4, g.directed, g.edges};
  for (auto& e : out.edges) {
    e.from += e.from / 4;
    e.to += e.to / 4;
  }
  return out;
}

TEST(MetricProperties, TwoThreadMetricsEqualTheStraightforwardOneThreadPathOnRandomGraphs) {
  // Two threads: lanes of sources through igraph_betweenness_subset on two copies of libigraph, the
  // other metrics overlapping; one thread: igraph_betweenness over all sources, then the rest.
  for (bool directed : {false, true})
    for (int sample : {0, 150})
      for (unsigned seed = 1; seed <= 3; ++seed) {
        // Sparse (many components, isolates) to dense (one giant component).
        const Graph g = with_isolates(testing::random_graph(400, seed == 1 ? 300 : 600 * static_cast<int>(seed), directed, seed));
        MetricOptions one_thread, two_threads;
        one_thread.threads = 1;
        one_thread.sample_sources = two_threads.sample_sources = sample;
        auto one = compute_metrics(g, one_thread);
        auto two = compute_metrics(g, two_threads);
        auto again = compute_metrics(g, two_threads);
        ASSERT_TRUE(one.ok() && two.ok() && again.ok());
        ASSERT_EQ(two->betweenness_threads, 2) << "the private second copy of libigraph could not be loaded";
        const std::string what = std::string(directed ? "directed" : "undirected") + " sample " + std::to_string(sample) +
                                 " seed " + std::to_string(seed);
        for (std::size_t v = 0; v < one->betweenness.size(); ++v) {
          EXPECT_NEAR(one->betweenness[v], two->betweenness[v], 1e-12) << what << ": betweenness of " << v;
          EXPECT_NEAR(one->closeness[v], two->closeness[v], 1e-12) << what << ": closeness of " << v;
          EXPECT_PRED3(golden::same, one->constraint[v], two->constraint[v], 0.0) << what << ": constraint of " << v;
          EXPECT_PRED3(golden::same, one->effective_size[v], two->effective_size[v], 0.0) << what << ": effective size of " << v;
        }
        EXPECT_EQ(one->degree, two->degree) << what;
        EXPECT_EQ(one->articulation, two->articulation) << what;
        EXPECT_EQ(one->component, two->component) << what;
        EXPECT_EQ(one->community, two->community) << what;
        // The lanes are summed in a fixed order: the same bits whichever thread ran which lane.
        EXPECT_EQ(two->betweenness, again->betweenness) << what;
        EXPECT_EQ(two->closeness, again->closeness) << what;
      }
}

TEST(MetricProperties, SampledBetweennessAndClosenessEstimateTheExactValues) {
  const Graph g = testing::random_graph(600, 2400, false, 13);
  MetricOptions exact_options;
  exact_options.communities = false;
  MetricOptions sampled_options = exact_options;
  sampled_options.sample_sources = 300;
  auto exact = compute_metrics(g, exact_options);
  auto sampled = compute_metrics(g, sampled_options);
  auto again = compute_metrics(g, sampled_options);
  ASSERT_TRUE(exact.ok() && sampled.ok() && again.ok());
  EXPECT_EQ(sampled->betweenness, again->betweenness);  // seeded: the same sample every time
  double sum_exact = 0, sum_error = 0, max_closeness_error = 0;
  for (std::size_t v = 0; v < exact->betweenness.size(); ++v) {
    sum_exact += exact->betweenness[v];
    sum_error += std::abs(sampled->betweenness[v] - exact->betweenness[v]);
    max_closeness_error = std::max(max_closeness_error, std::abs(sampled->closeness[v] - exact->closeness[v]));
  }
  EXPECT_LT(sum_error / sum_exact, 0.15);  // half the sources: mean relative error well under 15%
  EXPECT_LT(max_closeness_error, 0.03);
}

TEST(MetricProperties, UnweightedEffectiveSizeUsesBorgattisShortcutAsNetworkx) {
  const auto g = golden::read_graph("karate_isolates");
  const auto expected = golden::read_rows("karate_isolates", "nx");
  const auto es = effective_size(g.graph, false);
  for (std::size_t v = 0; v < es.size(); ++v) EXPECT_PRED3(golden::same, es[v], expected[v].second[3], 1e-9) << v;
}

TEST(MetricProperties, ArticulationPointsAreTheCutVerticesOfAPath) {
  Graph path{4, false, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}}};
  auto m = compute_metrics(path);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->articulation, (std::vector<char>{0, 1, 1, 0}));
  EXPECT_EQ(m->components, 1);
  EXPECT_DOUBLE_EQ(m->degree[1], 2);
}

TEST(MetricProperties, LouvainSeparatesTwoCliquesJoinedByOneEdge) {
  Graph g{8, false, {}};
  for (int a = 0; a < 4; ++a)
    for (int b = a + 1; b < 4; ++b) {
      g.edges.push_back({a, b, 1});
      g.edges.push_back({a + 4, b + 4, 1});
    }
  g.edges.push_back({3, 4, 1});
  auto m = compute_metrics(g);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->communities, 2);
  EXPECT_EQ(m->community[0], m->community[3]);
  EXPECT_NE(m->community[0], m->community[4]);
}

TEST(BridgeProperties, RemovingTheSoleBridgeOfAPairLeavesItUnbridged) {
  const Region region = testing::random_region(300, 30, 700, 400, 3);
  AnalysisOptions options;
  options.date = "2026-01-01";
  options.metrics.communities = false;
  auto base = analyse(region, options);
  ASSERT_TRUE(base.ok());
  ASSERT_FALSE(base->bridges.single.empty());
  int checked = 0;
  for (int p : base->bridges.single) {
    if (++checked > 10) break;
    const auto& pair = base->bridges.pairs[static_cast<std::size_t>(p)];
    const int bridge = pair.bridges.front();
    for (auto kind : {Edit::Kind::remove_organisation, Edit::Kind::remove_membership}) {
      Edit e;
      e.kind = kind;
      e.organisation = bridge;
      e.network = pair.a;
      auto w = what_if(region, {e}, options);
      ASSERT_TRUE(w.ok());
      EXPECT_EQ(w->after.bridges.pairs[static_cast<std::size_t>(p)].width(), 0);
      EXPECT_NE(std::find(w->newly_unbridged.begin(), w->newly_unbridged.end(), p), w->newly_unbridged.end());
    }
  }
}

TEST(BridgeProperties, WidthsCountTheOrganisationsInBothNetworks) {
  const Region region = testing::random_region(200, 15, 500, 0, 8);
  auto s = build_snapshot(region, "2026-01-01");
  ASSERT_TRUE(s.ok());
  const auto report = network_bridges(*s);
  ASSERT_EQ(report.pairs.size(), 15u * 14u / 2u);
  for (const auto& pair : report.pairs) {
    int both = 0;
    for (const auto& nets : s->networks_of)
      both += std::count(nets.begin(), nets.end(), pair.a) > 0 && std::count(nets.begin(), nets.end(), pair.b) > 0;
    EXPECT_EQ(pair.width(), both);
    EXPECT_EQ(report.pair_index(pair.b, pair.a), &pair - report.pairs.data());
  }
}

}  // namespace
}  // namespace bb::analysis
