#include "cli/analyze_region.hpp"

#include "analysis/gexf.hpp"
#include "analysis/graphml.hpp"
#include "services/analysis_report.hpp"
#include "services/spreadsheet.hpp"
#include "storage/database.hpp"

#include <boost/json.hpp>

#include <cmath>
#include <ctime>
#include <ostream>

namespace bb::cli {

namespace {

std::string today_utc() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

std::string cell(double v) {
  if (!std::isfinite(v)) return "";
  return boost::json::serialize(boost::json::value(v));
}

// One row per organisation: its metrics and brokerage roles (CSV as the web's exports write it).
services::Table organisations_table(const services::RegionAnalysis& a) {
  services::Table t;
  t.header = {"id", "name", "type", "municipality", "group", "networks", "degree", "weighted_degree", "betweenness",
              "closeness", "constraint", "effective_size", "articulation_point", "community"};
  for (const char* role : analysis::role_names) t.header.push_back(role);
  for (const char* role : analysis::role_names) t.header.push_back(std::string("z_") + role);
  const auto& r = a.result;
  for (int i = 0; i < r.snapshot.organisations; ++i) {
    const auto u = static_cast<std::size_t>(i);
    const auto& o = a.model.graph.organisations[u];
    std::vector<std::string> row{std::to_string(o.id),
                                 o.name,
                                 o.type,
                                 o.municipality,
                                 services::group_label(a, i),
                                 std::to_string(r.snapshot.networks_of[u].size()),
                                 cell(r.metrics.degree[u]),
                                 cell(r.metrics.weighted_degree[u]),
                                 cell(r.metrics.betweenness[u]),
                                 cell(r.metrics.closeness[u]),
                                 cell(r.metrics.constraint[u]),
                                 cell(r.metrics.effective_size[u]),
                                 r.metrics.articulation[u] != 0 ? "true" : "false",
                                 std::to_string(r.metrics.community[u])};
    for (std::size_t k = 0; k < analysis::role_names.size(); ++k) row.push_back(cell(r.brokerage.raw[u][k]));
    for (std::size_t k = 0; k < analysis::role_names.size(); ++k) row.push_back(cell(r.brokerage.z[u][k]));
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

int run_analyze_region(const GlobalOptions& global, const AnalyzeRegionOptions& o, std::ostream& out,
                       std::ostream& err) {
  services::AnalysisRequest request;
  request.date = o.date.empty() ? today_utc() : o.date;
  const auto partition = services::parse_partition(o.partition);
  if (!partition) {
    err << "brueckenbauer: error: --partition must be type, municipality, network or affiliation\n";
    return 2;
  }
  request.partition = *partition;
  if (o.network) request.partition_network = *o.network;
  if (o.focus) request.focus = *o.focus;

  auto db = storage::open_database(global.database_url, {2, true});
  if (!db) {
    err << "brueckenbauer: error: " << db.error().message << "\n";
    return 1;
  }
  auto region = (*db)->read_value([&](storage::UnitOfWork& uow) { return uow.regions().find_by_slug(o.region); });
  if (!region) {
    err << "brueckenbauer: error: " << region.error().message << "\n";
    return 1;
  }
  if (!region->has_value()) {
    err << "brueckenbauer: error: no region with the slug '" << o.region << "' (see --region)\n";
    return 2;
  }
  auto a = services::AnalysisService(**db).analyse((*region)->id, request);
  if (!a) {
    err << "brueckenbauer: error: " << a.error().message;
    for (const auto& [field, key] : a.error().fields) err << " (" << field << ": " << key << ")";
    err << "\n";
    return a.error().code == ErrorCode::invalid_input ? 2 : 1;
  }
  if (o.format == "json") {
    out << boost::json::serialize(services::analysis_json(*a)) << "\n";
  } else if (o.format == "csv") {
    out << services::to_csv(organisations_table(*a));
  } else if (o.format == "graphml") {
    out << analysis::write_graphml(a->model.region, &a->result, a->model.network_attributes);
  } else if (o.format == "gexf") {
    out << analysis::write_gexf(a->model.region, &a->result, a->model.network_attributes);
  } else {
    err << "brueckenbauer: error: --format must be json, csv, graphml or gexf\n";
    return 2;
  }
  return 0;
}

}  // namespace bb::cli
