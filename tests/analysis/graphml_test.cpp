// GraphML in and out, and the `analyze --graphml` entry point the CLI calls.
#include "analysis/cli.hpp"
#include "analysis/graphml.hpp"
#include "golden.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace bb::analysis {
namespace {

// The JSON writes counts as integers, other numbers as doubles.
double number(const boost::json::value& v) { return boost::json::value_to<double>(v); }

std::string temp_file(const std::string& content) {
  char name[] = "/tmp/bb_analysis_test_XXXXXX";
  const int fd = mkstemp(name);
  EXPECT_GE(fd, 0);
  std::ofstream(name) << content;
  return name;
}

TEST(Graphml, ReadsNodeIdsPartitionAndIsolatesFromANetworkxFile) {
  GraphmlReadOptions o;
  o.partition = "faction";
  auto g = read_graphml(golden::path("karate_isolates", "graphml"), o);
  ASSERT_TRUE(g.ok()) << g.error().message;
  const auto expected = golden::read_graph("karate_isolates");
  EXPECT_EQ(g->graph.n, 36);
  EXPECT_FALSE(g->graph.directed);
  EXPECT_EQ(g->graph.edges.size(), expected.graph.edges.size());
  EXPECT_EQ(g->ids[35], "35");
  for (std::size_t v = 0; v < 36; ++v)
    EXPECT_EQ(g->groups[v] == g->groups[0], expected.groups[v] == expected.groups[0]) << v;
}

TEST(Graphml, MissingFileIsNotFoundAndUnknownAttributeIsInvalid) {
  auto missing = read_graphml("/nonexistent/graph.graphml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
  GraphmlReadOptions o;
  o.partition = "no_such_attribute";
  auto unknown = read_graphml(golden::path("karate_isolates", "graphml"), o);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::invalid_input);
}

TEST(Graphml, MalformedFileIsInvalidInputNotACrash) {
  const std::string file = temp_file("<graphml><graph edgedefault=\"undirected\"><node id=\"a\"/><edge source=");
  auto g = read_graphml(file);
  std::remove(file.c_str());
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.error().code, ErrorCode::invalid_input);
}

TEST(Graphml, WrittenGraphReadsBackWithIdsAndWeights) {
  Graph g{3, true, {{0, 1, 2.5}, {1, 2, 1.0}}};
  const std::string file = temp_file(write_graphml(g, {"a&b", "c", "d"}, {{"score", {1.0, 2.0, std::nan("")}}}));
  auto back = read_graphml(file);
  std::remove(file.c_str());
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_TRUE(back->graph.directed);
  EXPECT_EQ(back->ids, (std::vector<std::string>{"a&b", "c", "d"}));
  ASSERT_EQ(back->graph.edges.size(), 2u);
  EXPECT_DOUBLE_EQ(back->graph.edges[0].weight, 2.5);
}

TEST(Graphml, RegionExportKeepsKindsAndPeriods) {
  Region r;
  r.organisations = {{"sc", "service_centre", "Hannover", {}}, {"ihk", "chamber", "Hannover", {}}};
  r.networks = {{"mig", "migration"}};
  r.memberships = {{0, 0, {"2024-01-01", std::nullopt}}};
  r.ties = {{0, 1, true, "referral", 2.0, {}}};
  const std::string xml = write_graphml(r);
  EXPECT_NE(xml.find("<data key=\"from\">2024-01-01</data>"), std::string::npos);
  EXPECT_NE(xml.find("network:mig"), std::string::npos);
  const std::string file = temp_file(xml);
  auto back = read_graphml(file);
  std::remove(file.c_str());
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->graph.n, 3);
  EXPECT_EQ(back->graph.edges.size(), 2u);
}

TEST(AnalyzeCli, JsonHasNetworkxBetweennessAndSnaBrokeragePerGraphmlNode) {
  AnalyzeGraphmlOptions o;
  o.path = golden::path("karate_isolates", "graphml");
  o.partition = "faction";
  std::ostringstream out, err;
  ASSERT_EQ(run_analyze_graphml_cli(o, out, err), 0) << err.str();
  const auto doc = boost::json::parse(out.str()).as_object();
  const auto& nodes = doc.at("nodes").as_array();
  ASSERT_EQ(nodes.size(), 36u);
  const auto nx = golden::read_rows("karate_isolates", "nx");
  const auto sna = golden::read_rows("karate_isolates", "sna");
  for (std::size_t v = 0; v < 36; ++v) {
    const auto& node = nodes[v].as_object();
    EXPECT_EQ(node.at("id").as_string(), std::to_string(v));
    EXPECT_PRED3(golden::same, number(node.at("betweenness")), nx[v].second[0], 1e-9);
    const auto& br = node.at("brokerage").as_object();
    EXPECT_EQ(number(br.at("total")), sna[v].second[5]) << v;
    EXPECT_EQ(number(br.at("liaison")), sna[v].second[4]) << v;
  }
  EXPECT_TRUE(nodes[35].as_object().at("constraint").is_null());  // an isolate: NaN becomes null
}

TEST(AnalyzeCli, UnknownFormatAndMissingFileAreInvalidInput) {
  AnalyzeGraphmlOptions o;
  o.path = golden::path("karate_isolates", "graphml");
  o.format = "xlsx";
  std::ostringstream out, err;
  EXPECT_EQ(run_analyze_graphml_cli(o, out, err), 2);
  o.format = "csv";
  o.path = "/nonexistent.graphml";
  EXPECT_EQ(run_analyze_graphml_cli(o, out, err), 2);
  EXPECT_NE(err.str().find("brueckenbauer: error:"), std::string::npos);
}

TEST(AnalyzeCli, CsvHasAHeaderAndOneRowPerNode) {
  AnalyzeGraphmlOptions o;
  o.path = golden::path("karate_isolates", "graphml");
  o.format = "csv";
  std::ostringstream out, err;
  ASSERT_EQ(run_analyze_graphml_cli(o, out, err), 0) << err.str();
  const std::string text = out.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 37);
  EXPECT_EQ(text.rfind("id,group,degree", 0), 0u);
}

}  // namespace
}  // namespace bb::analysis
