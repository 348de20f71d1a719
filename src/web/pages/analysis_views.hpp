#pragma once
// The analysis results as tables for the pages and their CSV/XLSX exports (issue 4): one function
// builds the tables of a view from a RegionAnalysis (or RegionWhatIf), with German/English labels
// from the catalog and numbers formatted for the UI language; each cell keeps a sort key.

#include "http/message.hpp"
#include "services/analysis_service.hpp"
#include "web/services.hpp"

#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bb::web {

enum class AnalysisView { overview, metrics, brokerage, bridges, handover, what_if, recommendations };

struct ViewColumn {
  std::string key;
  std::string label;
  bool numeric = false;
};

struct ViewCell {
  std::string text;
  std::string sort;  // texts
  double number = std::numeric_limits<double>::quiet_NaN();  // numeric columns
  std::string href;
};

struct ViewTable {
  std::string id;  // unique on its page; names the table in sort=<id>.<column> and export ?table=<id>
  std::string title;
  std::string intro;
  std::string empty_text;
  std::vector<ViewColumn> columns;
  std::vector<std::vector<ViewCell>> rows;
  int sorted_column = -1;
  bool descending = false;
};

struct ViewContext {
  const Services& s;
  const http::Request& req;
  std::map<std::string, std::string> type_labels;  // organisation type key -> label
};

std::map<std::string, std::string> type_labels(Services& s, const http::Request& req);
// "0,1235" (German) or "0.1235"; "–" for not-a-number. `localised` false: always a dot (form values).
std::string format_decimal(double v, int decimals, bool german);

std::vector<std::pair<std::string, std::string>> analysis_summary(const ViewContext& ctx,
                                                                  const services::RegionAnalysis& a);
std::vector<ViewTable> analysis_tables(const ViewContext& ctx, const services::RegionAnalysis& a, AnalysisView view);
std::vector<std::pair<std::string, std::string>> what_if_summary(const ViewContext& ctx, const services::RegionWhatIf& w);
std::vector<ViewTable> what_if_tables(const ViewContext& ctx, const services::RegionWhatIf& w);

}  // namespace bb::web
