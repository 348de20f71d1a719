// The metrics and brokerage against the reference implementations: networkx 2.8 for betweenness,
// harmonic closeness, constraint and effective size; R sna 2.7 for Gould-Fernandez brokerage.
// The golden files and the scripts that wrote them are in golden/ and oracle/.
#include "analysis/brokerage.hpp"
#include "analysis/metrics.hpp"
#include "golden.hpp"

#include <gtest/gtest.h>

namespace bb::analysis {
namespace {

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MetricsMatchNetworkx) {
  const auto g = golden::read_graph(GetParam());
  const auto expected = golden::read_rows(GetParam(), "nx");
  MetricOptions options;
  options.threads = 1;
  auto m = compute_metrics(g.graph, options);
  ASSERT_TRUE(m.ok()) << m.error().message;
  ASSERT_EQ(expected.size(), static_cast<std::size_t>(g.graph.n));
  const double others = g.graph.n - 1;
  for (std::size_t v = 0; v < expected.size(); ++v) {
    const auto& row = expected[v].second;
    EXPECT_PRED3(golden::same, m->betweenness[v], row[0], 1e-9) << "betweenness of node " << v;
    EXPECT_PRED3(golden::same, m->closeness[v] * others, row[1], 1e-9) << "harmonic closeness of node " << v;
    EXPECT_PRED3(golden::same, m->constraint[v], row[2], 1e-9) << "constraint of node " << v;
    EXPECT_PRED3(golden::same, m->effective_size[v], row[3], 1e-9) << "effective size of node " << v;
  }
}

TEST_P(Golden, BrokerageMatchesSna) {
  const auto g = golden::read_graph(GetParam());
  const auto expected = golden::read_rows(GetParam(), "sna");
  auto b = brokerage(g.graph, g.groups);
  ASSERT_TRUE(b.ok()) << b.error().message;
  ASSERT_EQ(expected.size(), static_cast<std::size_t>(g.graph.n) + 1);
  for (std::size_t v = 0; v < static_cast<std::size_t>(g.graph.n); ++v) {
    const auto& row = expected[v].second;
    for (std::size_t role = 0; role < 6; ++role) {
      EXPECT_EQ(b->raw[v][role], row[role]) << role_names[role] << " of node " << v;
      EXPECT_PRED3(golden::same, b->expected[v][role], row[6 + role], 1e-9) << "expected " << role_names[role] << " of node " << v;
      EXPECT_PRED3(golden::same, b->z[v][role], row[12 + role], 1e-9) << "z " << role_names[role] << " of node " << v;
    }
  }
  const auto& global = expected.back().second;
  for (std::size_t role = 0; role < 6; ++role) {
    EXPECT_EQ(b->global_raw[role], global[role]) << role_names[role];
    EXPECT_PRED3(golden::same, b->global_expected[role], global[6 + role], 1e-9) << "expected " << role_names[role];
    EXPECT_PRED3(golden::same, b->global_z[role], global[12 + role], 1e-9) << "z " << role_names[role];
  }
}

INSTANTIATE_TEST_SUITE_P(Graphs, Golden, ::testing::ValuesIn(golden::names()),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace bb::analysis
