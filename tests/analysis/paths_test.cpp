// The fused, multi-threaded shortest-path engine (src/analysis/paths.cpp) against the
// straightforward one: igraph's betweenness and harmonic closeness on one thread. Random graphs,
// directed and undirected, with isolates, several components, parallel edges and loops.
#include "analysis/metrics.hpp"
#include "golden.hpp"
#include "random_regions.hpp"

#include <gtest/gtest.h>

#include <string>

namespace bb::analysis {
namespace {

// Summation order differs (per source block and per thread), so equal up to rounding.
constexpr double tolerance = 1e-10;

MetricOptions options_for(PathEngine engine, int threads, int sample = 0) {
  MetricOptions o;
  o.engine = engine;
  o.threads = threads;
  o.sample_sources = sample;
  return o;
}

void expect_same_metrics(const NodeMetrics& reference, const NodeMetrics& fused, const std::string& what) {
  ASSERT_EQ(reference.betweenness.size(), fused.betweenness.size()) << what;
  ASSERT_EQ(reference.closeness.size(), fused.closeness.size()) << what;
  for (std::size_t v = 0; v < reference.betweenness.size(); ++v) {
    EXPECT_PRED3(golden::same, fused.betweenness[v], reference.betweenness[v], tolerance)
        << what << ": betweenness of " << v;
    EXPECT_PRED3(golden::same, fused.closeness[v], reference.closeness[v], tolerance) << what << ": closeness of " << v;
  }
  // The other metrics come from the same code whichever engine runs; they must be identical.
  EXPECT_EQ(reference.degree, fused.degree) << what;
  EXPECT_EQ(reference.articulation, fused.articulation) << what;
  EXPECT_EQ(reference.component, fused.component) << what;
  EXPECT_EQ(reference.community, fused.community) << what;
  for (std::size_t v = 0; v < reference.constraint.size(); ++v) {
    EXPECT_PRED3(golden::same, fused.constraint[v], reference.constraint[v], 0.0) << what << ": constraint of " << v;
    EXPECT_PRED3(golden::same, fused.effective_size[v], reference.effective_size[v], 0.0)
        << what << ": effective size of " << v;
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

TEST(FusedPaths, EqualIgraphOnOneThreadOnRandomGraphsDirectedAndUndirected) {
  for (bool directed : {false, true})
    for (unsigned seed = 1; seed <= 4; ++seed) {
      // Sparse enough to fall apart into several components, dense enough for a giant one.
      const Graph g = testing::random_graph(400, seed % 2 == 0 ? 500 : 1200, directed, seed);
      auto reference = compute_metrics(g, options_for(PathEngine::igraph, 1));
      auto fused = compute_metrics(g, options_for(PathEngine::fused, 2));
      ASSERT_TRUE(reference.ok() && fused.ok());
      EXPECT_EQ(fused->betweenness_threads, 2);
      expect_same_metrics(*reference, *fused,
                          (directed ? "directed seed " : "undirected seed ") + std::to_string(seed));
    }
}

TEST(FusedPaths, EqualIgraphWithIsolatesAndSeveralComponents) {
  for (bool directed : {false, true}) {
    const Graph g = with_isolates(testing::random_graph(240, 260, directed, 77));
    auto reference = compute_metrics(g, options_for(PathEngine::igraph, 1));
    auto fused = compute_metrics(g, options_for(PathEngine::fused, 2));
    ASSERT_TRUE(reference.ok() && fused.ok());
    ASSERT_GT(reference->components, 10);
    int isolated = 0;
    for (double d : reference->degree) isolated += d == 0;
    ASSERT_GT(isolated, 50);
    expect_same_metrics(*reference, *fused, directed ? "directed" : "undirected");
  }
}

TEST(FusedPaths, CountsParallelEdgesAsSeparatePathsAndIgnoresLoopsAsIgraph) {
  for (bool directed : {false, true}) {
    Graph g = testing::random_graph(120, 300, directed, 5);
    const std::size_t simple = g.edges.size();
    for (std::size_t i = 0; i < simple; i += 3) g.edges.push_back(g.edges[i]);  // a parallel edge
    for (int v = 0; v < 120; v += 7) g.edges.push_back({v, v, 1.0});            // a loop
    int used = 0;
    auto reference = betweenness(g, 1, nullptr, 0, 1, PathEngine::igraph);
    auto fused = betweenness(g, 2, &used, 0, 1, PathEngine::fused);
    ASSERT_TRUE(reference.ok() && fused.ok());
    for (std::size_t v = 0; v < reference->size(); ++v)
      EXPECT_PRED3(golden::same, (*fused)[v], (*reference)[v], tolerance)
          << (directed ? "directed " : "undirected ") << v;
  }
}

TEST(FusedPaths, GiveBitIdenticalValuesOnAnyNumberOfThreads) {
  const Graph g = testing::random_graph(500, 1500, true, 21);
  auto one = compute_metrics(g, options_for(PathEngine::fused, 1));
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->betweenness_threads, 1);
  for (int threads : {2, 3, 8}) {
    auto many = compute_metrics(g, options_for(PathEngine::fused, threads));
    ASSERT_TRUE(many.ok());
    EXPECT_EQ(many->betweenness_threads, threads);
    // Bit for bit: the sources are summed in fixed lanes, whoever ran them.
    EXPECT_EQ(one->betweenness, many->betweenness) << threads << " threads";
    EXPECT_EQ(one->closeness, many->closeness) << threads << " threads";
  }
}

TEST(FusedPaths, SampledEstimatesEqualIgraphOnTheSameSources) {
  for (bool directed : {false, true}) {
    const Graph g = testing::random_graph(600, 2000, directed, 31);
    auto reference = compute_metrics(g, options_for(PathEngine::igraph, 1, 150));
    auto fused = compute_metrics(g, options_for(PathEngine::fused, 2, 150));
    ASSERT_TRUE(reference.ok() && fused.ok());
    expect_same_metrics(*reference, *fused, directed ? "directed" : "undirected");
  }
}

TEST(FusedPaths, HandleGraphsOfNoneToThreeNodes) {
  const std::vector<Graph> graphs = {Graph{0, false, {}}, Graph{1, true, {}}, Graph{2, false, {{0, 1, 1.0}}},
                                     Graph{3, true, {{0, 1, 1.0}, {1, 2, 1.0}}},
                                     Graph{3, false, {{0, 1, 1.0}, {1, 2, 1.0}}}};
  for (const Graph& g : graphs) {
    auto reference = compute_metrics(g, options_for(PathEngine::igraph, 1));
    auto fused = compute_metrics(g, options_for(PathEngine::fused, 2));
    ASSERT_TRUE(reference.ok() && fused.ok()) << g.n;
    expect_same_metrics(*reference, *fused, std::to_string(g.n) + " nodes");
  }
}

}  // namespace
}  // namespace bb::analysis
