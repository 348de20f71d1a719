// The JSON format and the CLI entry: ids round-trip, bad input names field and id, exit codes.
#include "matching/cli.hpp"
#include "matching/json_io.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <sstream>

namespace bb::matching {
namespace {

const char* kValid = R"({"slots":3,
  "youths":[{"id":1,"max_talks":2,"guaranteed_min":1},{"id":"ben","max_talks":1,"present":[1,2]}],
  "companies":[{"id":"bakery","tables":1},{"id":7,"tables":2,"present":[0,1]}],
  "pairs":[{"youth":1,"company":"bakery","score":5},{"youth":"ben","company":"bakery","score":4},
           {"youth":1,"company":7,"score":3}]})";

struct CliRun {
  int code;
  std::string out, err;
};

CliRun run(const std::string& input, std::string_view format) {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = run_speeddating_plan_cli(in, out, err, format);
  return {code, out.str(), err.str()};
}

TEST(MatchingJson, CliPlansAValidFileAndRepeatsIdsAsGiven) {
  const CliRun r = run(kValid, "json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto v = boost::json::parse(r.out).as_object();
  EXPECT_EQ(v.at("objective").as_int64(), 12);
  EXPECT_EQ(v.at("bound").as_int64(), 12);
  EXPECT_TRUE(v.at("optimal").as_bool());
  const auto& talks = v.at("talks").as_array();
  ASSERT_EQ(talks.size(), 3u);
  bool numeric_youth = false, numeric_company = false;
  for (const auto& t : talks) {
    numeric_youth = numeric_youth || t.at("youth").is_int64();
    numeric_company = numeric_company || t.at("company").is_int64();
    EXPECT_TRUE(t.as_object().contains("table"));
    EXPECT_TRUE(t.as_object().contains("slot"));
  }
  EXPECT_TRUE(numeric_youth);
  EXPECT_TRUE(numeric_company);
  const auto& f = v.at("fairness").as_object();
  for (const char* key : {"min_talks", "mean_talks", "share_guaranteed_met", "share_first_choice_met", "table_utilisation"}) {
    EXPECT_TRUE(f.contains(key)) << key;
  }
}

TEST(MatchingJson, CliTextFormatPrintsScoreAgainstBound) {
  const CliRun r = run(kValid, "text");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("objective 12 of bound 12 (optimal"), std::string::npos) << r.out;
}

struct BadCase {
  const char* input;
  const char* expected;  // substring of the error line
};

TEST(MatchingJson, BadInputFailsWithTheFieldAndIdInOneErrorLine) {
  const BadCase cases[] = {
      {"{", "not valid JSON"},
      {"[]", "must be a JSON object"},
      {R"({"youths":[],"companies":[],"pairs":[]})", "slots: missing"},
      {R"({"slots":0,"youths":[],"companies":[],"pairs":[]})", "slots: must be between 1"},
      {R"({"slots":2,"youths":[{"id":"a"}],"companies":[],"pairs":[]})", "youths[0].max_talks: missing (youth \"a\")"},
      {R"({"slots":2,"youths":[{"id":"a","max_talks":1.5}],"companies":[],"pairs":[]})", "youths[0].max_talks: must be an integer"},
      {R"({"slots":2,"youths":[{"id":"a","max_talks":1,"guaranteed_min":2}],"companies":[],"pairs":[]})",
       "youths[0].guaranteed_min: must be between 0 and 1 (youth \"a\")"},
      {R"({"slots":2,"youths":[{"id":"a","max_talks":1,"present":[1,5]}],"companies":[],"pairs":[]})",
       "youths[0].present: slots must lie in [0, 1] (youth \"a\")"},
      {R"({"slots":2,"youths":[{"id":"a","max_talks":1},{"id":"a","max_talks":1}],"companies":[],"pairs":[]})",
       "youths[1].id: duplicate (youth \"a\")"},
      {R"({"slots":2,"youths":[],"companies":[{"id":"c","tables":-1}],"pairs":[]})", "companies[0].tables: must be between 0"},
      {R"({"slots":2,"youths":[{"id":"a","max_talks":1}],"companies":[{"id":"c","tables":1}],
          "pairs":[{"youth":"a","company":"x","score":1}]})", "pairs[0].company: unknown company \"x\""},
      {R"({"slots":2,"youths":[{"id":"a","max_talks":1}],"companies":[{"id":"c","tables":1}],
          "pairs":[{"youth":"a","company":"c","score":1},{"youth":"a","company":"c","score":2}]})",
       "pairs[1]: pair listed twice (youth \"a\", company \"c\")"},
      {R"({"slots":2,"youths":[{"id":"a","max_talks":1}],"companies":[{"id":"c","tables":1}],
          "pairs":[{"youth":"a","company":"c"}]})", "pairs[0].score: missing (youth \"a\", company \"c\")"},
  };
  for (const BadCase& c : cases) {
    const CliRun r = run(c.input, "json");
    EXPECT_EQ(r.code, 2) << c.input;
    EXPECT_TRUE(r.out.empty()) << c.input;
    EXPECT_NE(r.err.find(c.expected), std::string::npos) << "expected \"" << c.expected << "\" in: " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
}

TEST(MatchingJson, UnknownFormatIsRejected) {
  const CliRun r = run(kValid, "xml");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--format"), std::string::npos);
}

}  // namespace
}  // namespace bb::matching
