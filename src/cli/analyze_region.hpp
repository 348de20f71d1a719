#pragma once
// `brueckenbauer analyze --region SLUG [--date D] [--partition type|municipality|network|affiliation]
// [--network ID] [--focus ID] --format json|csv|graphml|gexf`: the analysis of a region of the
// live register, with the engine and the JSON of the API (services/analysis_report.hpp).
// Exit codes: 0 done, 2 invalid input (unknown region, bad date or partition), 1 other failures.

#include "cli/commands.hpp"

#include <iosfwd>
#include <optional>
#include <string>

namespace bb::cli {

struct AnalyzeRegionOptions {
  std::string region;
  std::string date;  // empty: today
  std::string partition = "type";
  std::optional<long long> network;
  std::optional<long long> focus;
  std::string format = "json";
};

int run_analyze_region(const GlobalOptions& global, const AnalyzeRegionOptions& options, std::ostream& out,
                       std::ostream& err);

}  // namespace bb::cli
