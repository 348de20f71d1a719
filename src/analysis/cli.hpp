#pragma once
// `brueckenbauer analyze --graphml FILE [--partition ATTRIBUTE] [--directed] [--format json|csv|graphml]`:
// runs the analysis engine on any GraphML file and prints the metrics and brokerage roles per node.
// JSON: {"graph":{...},"nodes":[{"id":"<GraphML node id>","betweenness":..,"closeness":..,
// "constraint":..,"effective_size":..,"brokerage":{"coordinator":..,...,"total":..},...}],
// "brokerage":{...}} with betweenness normalised as networkx normalises it; NaN is null.
// Returns 0 on success, 2 on invalid input (missing file, bad format, unknown attribute), 1 on an
// internal failure; the one error line goes to `err`.

#include <iosfwd>
#include <optional>
#include <string>

namespace bb::analysis {

struct AnalyzeGraphmlOptions {
  std::string path;
  std::optional<std::string> partition;  // node attribute for brokerage groups; absent: one group
  bool directed = false;                 // force directed; otherwise the file's edgedefault
  std::string format = "json";           // json | csv | graphml
  int threads = 2;
};

int run_analyze_graphml_cli(const AnalyzeGraphmlOptions& options, std::ostream& out, std::ostream& err);

}  // namespace bb::analysis
