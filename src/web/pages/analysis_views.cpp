#include "web/pages/analysis_views.hpp"

#include "services/analysis_report.hpp"
#include "services/register_service.hpp"
#include "web/request_state.hpp"

#include <cstdio>

namespace bb::web {

namespace {

bool german(const ViewContext& ctx) { return state(ctx.req).language == domain::UiLanguage::de; }

const std::string& t(const ViewContext& ctx, std::string_view key) {
  return ctx.s.catalog.text(state(ctx.req).language, key);
}

ViewCell text_cell(std::string text, std::string href = {}) {
  ViewCell c;
  c.sort = text;
  c.text = std::move(text);
  c.href = std::move(href);
  return c;
}

ViewCell number_cell(const ViewContext& ctx, double v, int decimals) {
  ViewCell c;
  c.number = v;
  c.text = format_decimal(v, decimals, german(ctx));
  return c;
}

ViewCell int_cell(double v) {
  ViewCell c;
  c.number = v;
  c.text = std::isnan(v) ? "–" : std::to_string(static_cast<long long>(v));
  return c;
}

ViewColumn col(const ViewContext& ctx, std::string key, std::string_view label_key, bool numeric = false) {
  return ViewColumn{std::move(key), t(ctx, label_key), numeric};
}

const storage::GraphOrganisation& org(const services::RegionModel& m, int i) {
  return m.graph.organisations[static_cast<std::size_t>(i)];
}
const storage::GraphNetwork& net(const services::RegionModel& m, int i) {
  return m.graph.networks[static_cast<std::size_t>(i)];
}

ViewCell org_cell(const services::RegionModel& m, int i) {
  return text_cell(org(m, i).name, "/organisations/" + std::to_string(org(m, i).id));
}
ViewCell net_cell(const services::RegionModel& m, int i) {
  return text_cell(net(m, i).name, "/networks/" + std::to_string(net(m, i).id));
}

std::string type_label(const ViewContext& ctx, const std::string& key) {
  auto it = ctx.type_labels.find(key);
  return it == ctx.type_labels.end() ? key : it->second;
}

std::string yes_no(const ViewContext& ctx, bool v) { return t(ctx, v ? "analysis.yes" : "analysis.no"); }

std::string names_of(const services::RegionModel& m, const std::vector<int>& orgs) {
  std::string out;
  for (int o : orgs) out += (out.empty() ? "" : ", ") + org(m, o).name;
  return out;
}

// A table of network pairs (A, B, and optionally width and bridges).
ViewTable pair_table(const ViewContext& ctx, const services::RegionModel& m, const analysis::BridgeReport& report,
                     const std::vector<int>& pairs, std::string id, std::string_view title_key, bool with_bridges) {
  ViewTable table;
  table.id = std::move(id);
  table.title = t(ctx, title_key);
  table.intro = t(ctx, std::string(title_key) + ".intro");
  table.empty_text = t(ctx, std::string(title_key) + ".empty");
  table.columns = {col(ctx, "a", "analysis.col.network_a"), col(ctx, "b", "analysis.col.network_b")};
  if (with_bridges) {
    table.columns.push_back(col(ctx, "width", "analysis.col.width", true));
    table.columns.push_back(col(ctx, "bridges", "analysis.col.bridges"));
  }
  for (int p : pairs) {
    const auto& pair = report.pairs[static_cast<std::size_t>(p)];
    std::vector<ViewCell> row{net_cell(m, pair.a), net_cell(m, pair.b)};
    if (with_bridges) {
      row.push_back(int_cell(pair.width()));
      row.push_back(text_cell(names_of(m, pair.bridges)));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

ViewTable metrics_table(const ViewContext& ctx, const services::RegionAnalysis& a) {
  const auto& m = a.model;
  const auto& x = a.result.metrics;
  ViewTable table;
  table.id = "metrics";
  table.title = t(ctx, "analysis.table.metrics");
  table.intro = t(ctx, "analysis.table.metrics.intro");
  table.empty_text = t(ctx, "analysis.table.empty");
  table.columns = {col(ctx, "name", "analysis.col.organisation"),
                   col(ctx, "type", "analysis.col.type"),
                   col(ctx, "municipality", "analysis.col.municipality"),
                   col(ctx, "migrant_led", "analysis.col.migrant_led"),
                   col(ctx, "networks", "analysis.col.networks", true),
                   col(ctx, "degree", "analysis.col.degree", true),
                   col(ctx, "weighted_degree", "analysis.col.weighted_degree", true),
                   col(ctx, "betweenness", "analysis.col.betweenness", true),
                   col(ctx, "closeness", "analysis.col.closeness", true),
                   col(ctx, "constraint", "analysis.col.constraint", true),
                   col(ctx, "effective_size", "analysis.col.effective_size", true),
                   col(ctx, "articulation", "analysis.col.articulation"),
                   col(ctx, "community", "analysis.col.community", true)};
  for (int i = 0; i < a.result.snapshot.organisations; ++i) {
    const auto u = static_cast<std::size_t>(i);
    table.rows.push_back({org_cell(m, i), text_cell(type_label(ctx, org(m, i).type)), text_cell(org(m, i).municipality),
                          text_cell(yes_no(ctx, org(m, i).migrant_led)),
                          int_cell(static_cast<double>(a.result.snapshot.networks_of[u].size())),
                          number_cell(ctx, x.degree[u], 0), number_cell(ctx, x.weighted_degree[u], 1),
                          number_cell(ctx, x.betweenness[u], 4), number_cell(ctx, x.closeness[u], 4),
                          number_cell(ctx, x.constraint[u], 4), number_cell(ctx, x.effective_size[u], 2),
                          text_cell(yes_no(ctx, x.articulation[u] != 0)), int_cell(x.community[u] + 1.0)});
  }
  return table;
}

ViewTable brokerage_table(const ViewContext& ctx, const services::RegionAnalysis& a) {
  const auto& m = a.model;
  const auto& b = a.result.brokerage;
  ViewTable table;
  table.id = "brokerage";
  table.title = t(ctx, "analysis.table.brokerage");
  table.intro = t(ctx, "analysis.table.brokerage.intro");
  table.empty_text = t(ctx, "analysis.table.empty");
  table.columns = {col(ctx, "name", "analysis.col.organisation"), col(ctx, "group", "analysis.col.group")};
  for (const char* role : analysis::role_names)
    table.columns.push_back(col(ctx, role, std::string("analysis.role.") + role, true));
  for (const char* role : analysis::role_names)
    table.columns.push_back(ViewColumn{std::string("z_") + role,
                                       t(ctx, "analysis.col.z") + " " + t(ctx, std::string("analysis.role.") + role), true});
  for (int i = 0; i < a.result.snapshot.organisations && static_cast<std::size_t>(i) < b.raw.size(); ++i) {
    const auto u = static_cast<std::size_t>(i);
    std::vector<ViewCell> row{org_cell(m, i), text_cell(services::group_label(a, i))};
    if (a.request.partition == services::PartitionChoice::type) row[1] = text_cell(type_label(ctx, row[1].text));
    for (std::size_t r = 0; r < analysis::role_names.size(); ++r) row.push_back(int_cell(b.raw[u][r]));
    for (std::size_t r = 0; r < analysis::role_names.size(); ++r) row.push_back(number_cell(ctx, b.z[u][r], 2));
    table.rows.push_back(std::move(row));
  }
  return table;
}

ViewTable handover_table(const ViewContext& ctx, const services::RegionAnalysis& a) {
  const auto& m = a.model;
  ViewTable table;
  table.id = "handover";
  table.title = t(ctx, "analysis.table.handover");
  table.intro = t(ctx, "analysis.table.handover.intro");
  table.empty_text = t(ctx, "analysis.table.handover.empty");
  table.columns = {col(ctx, "candidate", "analysis.col.candidate"),
                   col(ctx, "a", "analysis.col.network_a"),
                   col(ctx, "b", "analysis.col.network_b"),
                   col(ctx, "rank", "analysis.col.rank", true),
                   col(ctx, "member_of", "analysis.col.member_of"),
                   col(ctx, "contacts", "analysis.col.contacts", true),
                   col(ctx, "intensity", "analysis.col.intensity", true),
                   col(ctx, "load", "analysis.col.load", true),
                   col(ctx, "score", "analysis.col.score", true)};
  for (const auto& h : a.result.handover) {
    const auto& pair = a.result.bridges.pairs[static_cast<std::size_t>(h.pair)];
    for (std::size_t r = 0; r < h.candidates.size(); ++r) {
      const auto& c = h.candidates[r];
      table.rows.push_back({org_cell(m, c.organisation), net_cell(m, pair.a), net_cell(m, pair.b),
                            int_cell(static_cast<double>(r + 1)), text_cell(net(m, c.side).name),
                            int_cell(c.contacts), number_cell(ctx, c.intensity, 1), int_cell(c.load),
                            number_cell(ctx, c.score, 2)});
    }
  }
  return table;
}

ViewTable recommendation_table(const ViewContext& ctx, const services::RegionAnalysis& a) {
  const auto& m = a.model;
  ViewTable table;
  table.id = "recommendations";
  table.title = t(ctx, "analysis.table.recommendations");
  table.intro = t(ctx, "analysis.table.recommendations.intro");
  table.empty_text = t(ctx, "analysis.table.recommendations.empty");
  table.columns = {col(ctx, "network", "analysis.col.network"), col(ctx, "rank", "analysis.col.rank", true),
                   col(ctx, "focus", "analysis.col.focus"), col(ctx, "gain", "analysis.col.gain", true)};
  for (std::size_t i = 0; i < a.recommendation.networks.size(); ++i) {
    const int n = a.recommendation.networks[i];
    table.rows.push_back({net_cell(m, n), int_cell(static_cast<double>(i + 1)),
                          text_cell(t(ctx, "register.focus." + std::string(domain::to_string(net(m, n).focus)))),
                          number_cell(ctx, a.recommendation.gains[i], 2)});
  }
  return table;
}

}  // namespace

std::map<std::string, std::string> type_labels(Services& s, const http::Request& req) {
  std::map<std::string, std::string> out;
  auto types = services::RegisterService(s.db).organisation_types(state(req).region->id);
  if (!types) return out;
  for (const auto& type : *types)
    out[type.key] = type.label_key.empty() ? type.label : s.catalog.text(state(req).language, type.label_key);
  return out;
}

std::string format_decimal(double v, int decimals, bool german_format) {
  if (!std::isfinite(v)) return "–";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  std::string out = buffer;
  if (out == "-0" || out.starts_with("-0.") || out.starts_with("-0,")) {
    if (out.find_first_not_of("-0.,") == std::string::npos) out = out.substr(1);  // no "-0,0000"
  }
  if (german_format)
    for (auto& ch : out)
      if (ch == '.') ch = ',';
  return out;
}

std::vector<std::pair<std::string, std::string>> analysis_summary(const ViewContext& ctx,
                                                                  const services::RegionAnalysis& a) {
  const auto& r = a.result;
  std::size_t memberships = 0;
  for (const auto& nets : r.snapshot.networks_of) memberships += nets.size();
  return {
      {t(ctx, "analysis.summary.date"), a.request.date},
      {t(ctx, "analysis.summary.focus"), a.focus ? org(a.model, *a.focus).name : t(ctx, "analysis.summary.no_focus")},
      {t(ctx, "analysis.summary.organisations"), std::to_string(r.snapshot.organisations)},
      {t(ctx, "analysis.summary.networks"), std::to_string(r.snapshot.networks)},
      {t(ctx, "analysis.summary.memberships"), std::to_string(memberships)},
      {t(ctx, "analysis.summary.ties"), std::to_string(r.snapshot.active_ties.size())},
      {t(ctx, "analysis.summary.components"), std::to_string(r.metrics.components)},
      {t(ctx, "analysis.summary.communities"), std::to_string(r.metrics.communities)},
      {t(ctx, "analysis.summary.single"), std::to_string(r.bridges.single.size())},
      {t(ctx, "analysis.summary.unbridged"), std::to_string(r.bridges.unbridged.size())},
      {t(ctx, "analysis.summary.sole"), std::to_string(r.portfolio.size())},
  };
}

std::vector<ViewTable> analysis_tables(const ViewContext& ctx, const services::RegionAnalysis& a, AnalysisView view) {
  const auto& m = a.model;
  const auto& r = a.result;
  switch (view) {
    case AnalysisView::overview:
      return {pair_table(ctx, m, r.bridges, r.portfolio, "sole", "analysis.table.sole", false)};
    case AnalysisView::metrics: return {metrics_table(ctx, a)};
    case AnalysisView::brokerage: return {brokerage_table(ctx, a)};
    case AnalysisView::bridges: {
      std::vector<int> bridged;
      for (std::size_t p = 0; p < r.bridges.pairs.size(); ++p)
        if (r.bridges.pairs[p].width() > 0) bridged.push_back(static_cast<int>(p));
      return {pair_table(ctx, m, r.bridges, r.portfolio, "sole", "analysis.table.sole", false),
              pair_table(ctx, m, r.bridges, r.bridges.single, "single", "analysis.table.single", true),
              pair_table(ctx, m, r.bridges, r.bridges.unbridged, "unbridged", "analysis.table.unbridged", false),
              pair_table(ctx, m, r.bridges, bridged, "pairs", "analysis.table.pairs", true)};
    }
    case AnalysisView::handover: return {handover_table(ctx, a)};
    case AnalysisView::recommendations: return {recommendation_table(ctx, a)};
    case AnalysisView::what_if: return {};
  }
  return {};
}

std::vector<std::pair<std::string, std::string>> what_if_summary(const ViewContext& ctx, const services::RegionWhatIf& w) {
  const auto& x = w.result;
  auto arrow = [](auto before, auto after) { return std::to_string(before) + " → " + std::to_string(after); };
  const auto bridged = [](const analysis::BridgeReport& r) { return r.pairs.size() - r.unbridged.size(); };
  return {
      {t(ctx, "analysis.summary.date"), w.request.date},
      {t(ctx, "analysis.whatif.stored"), t(ctx, "analysis.whatif.nothing_stored")},
      {t(ctx, "analysis.summary.components"), arrow(x.components_before, x.components_after)},
      {t(ctx, "analysis.whatif.largest"), arrow(x.largest_component_before, x.largest_component_after)},
      {t(ctx, "analysis.whatif.bridged"), arrow(bridged(x.before.bridges), bridged(x.after.bridges))},
      {t(ctx, "analysis.summary.single"), arrow(x.before.bridges.single.size(), x.after.bridges.single.size())},
      {t(ctx, "analysis.summary.unbridged"), arrow(x.before.bridges.unbridged.size(), x.after.bridges.unbridged.size())},
  };
}

std::vector<ViewTable> what_if_tables(const ViewContext& ctx, const services::RegionWhatIf& w) {
  const auto& m = w.model;
  const auto& x = w.result;
  ViewTable changes;
  changes.id = "changed_pairs";
  changes.title = t(ctx, "analysis.table.changed_pairs");
  changes.intro = t(ctx, "analysis.table.changed_pairs.intro");
  changes.empty_text = t(ctx, "analysis.table.changed_pairs.empty");
  changes.columns = {col(ctx, "change", "analysis.col.change"), col(ctx, "a", "analysis.col.network_a"),
                     col(ctx, "b", "analysis.col.network_b"), col(ctx, "bridges", "analysis.col.bridges_after")};
  auto add = [&](const std::vector<int>& pairs, const char* key, const analysis::BridgeReport& after) {
    for (int p : pairs) {
      const auto& pair = after.pairs[static_cast<std::size_t>(p)];
      changes.rows.push_back({text_cell(t(ctx, key)), net_cell(m, pair.a), net_cell(m, pair.b),
                              text_cell(names_of(m, pair.bridges))});
    }
  };
  add(x.newly_unbridged, "analysis.change.newly_unbridged", x.after.bridges);
  add(x.newly_single, "analysis.change.newly_single", x.after.bridges);
  add(x.newly_bridged, "analysis.change.newly_bridged", x.after.bridges);
  add(x.no_longer_single, "analysis.change.no_longer_single", x.after.bridges);

  ViewTable metrics;
  metrics.id = "metric_changes";
  metrics.title = t(ctx, "analysis.table.metric_changes");
  metrics.intro = t(ctx, "analysis.table.metric_changes.intro");
  metrics.empty_text = t(ctx, "analysis.table.metric_changes.empty");
  metrics.columns = {col(ctx, "name", "analysis.col.organisation"),
                     col(ctx, "betweenness_before", "analysis.col.betweenness_before", true),
                     col(ctx, "betweenness_after", "analysis.col.betweenness_after", true),
                     col(ctx, "closeness_before", "analysis.col.closeness_before", true),
                     col(ctx, "closeness_after", "analysis.col.closeness_after", true),
                     col(ctx, "constraint_before", "analysis.col.constraint_before", true),
                     col(ctx, "constraint_after", "analysis.col.constraint_after", true)};
  for (const auto& c : x.changes)
    metrics.rows.push_back({org_cell(m, c.organisation), number_cell(ctx, c.betweenness_before, 4),
                            number_cell(ctx, c.betweenness_after, 4), number_cell(ctx, c.closeness_before, 4),
                            number_cell(ctx, c.closeness_after, 4), number_cell(ctx, c.constraint_before, 4),
                            number_cell(ctx, c.constraint_after, 4)});
  return {changes, metrics};
}

}  // namespace bb::web
