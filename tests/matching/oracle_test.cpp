// Oracle test: on random small instances the planner's objective (and guarantee level) equals
// the optimum of an independent exact MIP, written as an LP file and solved by the `cbc`
// command-line solver in a subprocess.
#include "matching/planner.hpp"
#include "oracle/lp_model.hpp"
#include "plan_checker.hpp"
#include "random_instances.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace bb::matching {
namespace {

namespace fs = std::filesystem;

bool cbc_available() { return std::system("command -v cbc >/dev/null 2>&1") == 0; }

// Returns the optimal objective, or nullopt if cbc did not report "Optimal".
std::optional<double> solve_with_cbc(const std::string& lp, const fs::path& dir, const std::string& name) {
  const fs::path model = dir / (name + ".lp");
  const fs::path solution = dir / (name + ".sol");
  std::ofstream(model) << lp;
  const std::string command = "cbc '" + model.string() + "' solve solu '" + solution.string() + "' >/dev/null 2>&1";
  if (std::system(command.c_str()) != 0) return std::nullopt;
  std::ifstream in(solution);
  std::string status, dash, objective_word, value_word;
  double value = 0;
  if (!(in >> status >> dash >> objective_word >> value_word >> value) || status != "Optimal") return std::nullopt;
  return value;
}

testing::RandomSpec oracle_spec(unsigned seed) {
  testing::RandomSpec spec;
  spec.youths = 4 + static_cast<int>(seed % 9);
  spec.companies = 2 + static_cast<int>(seed % 4);
  spec.slots = 2 + static_cast<int>(seed % 4);
  spec.max_tables = 1 + static_cast<int>(seed % 3);
  spec.pairs_per_youth = 2 + static_cast<int>(seed % 4);
  spec.window_probability = seed % 2 == 0 ? 0.5 : 0.0;
  spec.guarantee_probability = seed % 3 != 0 ? 0.4 : 0.0;
  spec.min_score = seed % 5 == 0 ? -3 : 1;  // some instances with pairs nobody should want
  spec.max_score = 20;
  return spec;
}

TEST(MatchingOracle, ObjectiveAndGuaranteeLevelEqualAnIndependentCbcOptimumOn48RandomInstances) {
  // In CI the install step provides cbc, so a missing binary there is a failure, not a skip.
  if (!cbc_available()) {
    if (std::getenv("CI") != nullptr) FAIL() << "cbc binary not found (Debian package coinor-cbc)";
    GTEST_SKIP() << "cbc binary not found (Debian package coinor-cbc)";
  }
  const char* keep = std::getenv("BB_MATCHING_ORACLE_KEEP");
  const fs::path dir = keep != nullptr ? fs::path(keep) : fs::temp_directory_path() / ("bb-oracle-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  int with_windows = 0, with_guarantees = 0;
  for (unsigned seed = 1; seed <= 48; ++seed) {
    const Instance inst = testing::random_instance(oracle_spec(seed), 1000 + seed);
    auto result = plan(inst);
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(testing::broken_rule(inst, *result), "") << "seed " << seed;

    std::int64_t level = 0;
    const bool guarantees = std::any_of(inst.youths.begin(), inst.youths.end(), [](const Youth& y) { return y.guaranteed_min > 0; });
    if (guarantees) {
      ++with_guarantees;
      const auto g = solve_with_cbc(oracle::lp_file(inst, 1, 0), dir, "seed" + std::to_string(seed) + "_phase1");
      ASSERT_TRUE(g.has_value()) << "cbc failed, seed " << seed;
      level = std::llround(*g);
      EXPECT_EQ(testing::guaranteed_units(inst, *result), level) << "guarantee level, seed " << seed;
    }
    const auto best = solve_with_cbc(oracle::lp_file(inst, 2, level), dir, "seed" + std::to_string(seed) + "_phase2");
    ASSERT_TRUE(best.has_value()) << "cbc failed, seed " << seed;
    EXPECT_EQ(result->objective, std::llround(*best)) << "objective, seed " << seed;
    EXPECT_TRUE(result->optimal) << "seed " << seed;
    if (std::any_of(inst.youths.begin(), inst.youths.end(), [](const Youth& y) { return y.present.has_value(); })) {
      ++with_windows;
    }
  }
  EXPECT_GE(with_windows, 10);
  EXPECT_GE(with_guarantees, 10);
  if (keep == nullptr) fs::remove_all(dir);
}

}  // namespace
}  // namespace bb::matching
