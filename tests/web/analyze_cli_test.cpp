// `brueckenbauer analyze --region R` (issue 4) as a script uses it: the demo region's analysis as
// JSON (the API's shape), CSV (one row per organisation) and GraphML; clear errors and exit code 2
// for an unknown region, a bad date or partition, and for --graphml together with --region.
#include "server_process.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;
using bb::testing::run_command;

namespace {

class AnalyzeCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("bb-analyze-cli-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    db_ = new std::string("sqlite:" + (*dir_ / "cli.db").string());
    auto demo = run_command(BB_BINARY, {"--db", *db_, "demo"});
    ASSERT_EQ(demo.exit_code, 0) << demo.output;
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete db_;
  }
  static bb::testing::CommandResult analyze(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", *db_, "analyze", "--region", "region-hannover"});
    return run_command(BB_BINARY, args);
  }
  static fs::path* dir_;
  static std::string* db_;
};
fs::path* AnalyzeCli::dir_ = nullptr;
std::string* AnalyzeCli::db_ = nullptr;

TEST_F(AnalyzeCli, JsonHasTheApisShapeWithTheServiceCentreAsSoleBridge) {
  auto r = analyze({"--date", "2025-06-01", "--partition", "municipality", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto body = boost::json::parse(r.output).as_object();
  EXPECT_EQ(body["date"].as_string(), "2025-06-01");
  EXPECT_EQ(body["partition"].as_string(), "municipality");
  EXPECT_GE(body["focus_sole_bridges"].as_array().size(), 10U);
  EXPECT_EQ(body["handover"].as_array().size(), body["focus_sole_bridges"].as_array().size());
  EXPECT_GT(body["organisations"].as_array().size(), 100U);
  const auto& first = body["organisations"].as_array()[0].as_object();
  for (const char* key : {"id", "name", "metrics", "brokerage"}) EXPECT_TRUE(first.contains(key)) << key;
}

TEST_F(AnalyzeCli, CsvHasOneRowPerOrganisationAndGraphmlTheWholeRegion) {
  auto json = analyze({"--date", "2025-06-01", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.output;
  const auto organisations = boost::json::parse(json.output).as_object()["organisations"].as_array().size();
  auto csv = analyze({"--date", "2025-06-01", "--partition", "network", "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.output;
  const auto lines = static_cast<std::size_t>(std::count(csv.output.begin(), csv.output.end(), '\n'));
  EXPECT_EQ(lines, organisations + 1) << "a header and one row per organisation";
  EXPECT_NE(csv.output.find("betweenness;closeness;constraint"), std::string::npos);
  auto graphml = analyze({"--date", "2025-06-01", "--format", "graphml"});
  ASSERT_EQ(graphml.exit_code, 0);
  EXPECT_NE(graphml.output.find("<graphml"), std::string::npos);
  EXPECT_NE(graphml.output.find("attr.name=\"name\""), std::string::npos);
  EXPECT_NE(graphml.output.find("Servicestelle Ausbildung und Migration Region Hannover"), std::string::npos);
}

TEST_F(AnalyzeCli, BadInputIsOneClearLineAndExitCode2) {
  auto unknown = run_command(BB_BINARY, {"--db", *db_, "analyze", "--region", "atlantis"});
  EXPECT_EQ(unknown.exit_code, 2) << unknown.output;
  EXPECT_NE(unknown.output.find("atlantis"), std::string::npos) << unknown.output;
  auto date = analyze({"--date", "2025-13-01"});
  EXPECT_EQ(date.exit_code, 2) << date.output;
  EXPECT_NE(date.output.find("date"), std::string::npos) << date.output;
  auto partition = analyze({"--partition", "kommune"});
  EXPECT_EQ(partition.exit_code, 2) << partition.output;
  auto affiliation = analyze({"--partition", "affiliation"});
  EXPECT_EQ(affiliation.exit_code, 2) << affiliation.output;
  auto both = run_command(BB_BINARY, {"--db", *db_, "analyze", "--region", "region-hannover", "--graphml", "x.graphml"});
  EXPECT_NE(both.exit_code, 0) << both.output;
  auto neither = run_command(BB_BINARY, {"--db", *db_, "analyze"});
  EXPECT_NE(neither.exit_code, 0) << neither.output;
}

}  // namespace
