// The network analysis as accessible tables (issue 4, "usable without a mouse: every analysis
// result is also a sortable, accessible table"): /analysis (overview and downloads) and one page
// per result — metrics, brokerage roles, network-pair bridges, handover candidates, what-if,
// recommendations — each with the date/partition/focus selectors, sortable by column (links that
// sort on the server; static/js/table-sort.js sorts in place when JavaScript runs) and every table
// as CSV/XLSX (services/spreadsheet: formulas neutralised). The what-if runs as a GET form: it
// stores nothing, so it needs no CSRF token and its result can be bookmarked.
// Admin, staff and counsellors (as the API; partners see the map only).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include "services/analysis_report.hpp"
#include "web/analysis_params.hpp"
#include "web/pages/analysis_views.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using domain::Role;
using namespace register_pages;

struct ViewInfo {
  AnalysisView view;
  const char* slug;  // path below /analysis ("" for the overview)
  const char* key;   // catalog key of its title
};

constexpr ViewInfo kViews[] = {
    {AnalysisView::overview, "", "analysis.view.overview"},
    {AnalysisView::metrics, "metrics", "analysis.view.metrics"},
    {AnalysisView::brokerage, "brokerage", "analysis.view.brokerage"},
    {AnalysisView::bridges, "bridges", "analysis.view.bridges"},
    {AnalysisView::handover, "handover", "analysis.view.handover"},
    {AnalysisView::what_if, "what-if", "analysis.view.what_if"},
    {AnalysisView::recommendations, "recommendations", "analysis.view.recommendations"},
};

const ViewInfo& info(AnalysisView v) {
  for (const auto& i : kViews)
    if (i.view == v) return i;
  return kViews[0];
}

std::string path_of(AnalysisView v) {
  const std::string slug = info(v).slug;
  return slug.empty() ? "/analysis" : "/analysis/" + slug;
}

// The query string without the sort parameters (for the sort links) or with everything (exports).
std::string query_without(const http::Params& q, std::initializer_list<std::string_view> drop) {
  std::string out;
  for (const auto& [key, value] : q.all()) {
    if (value.empty() || std::find(drop.begin(), drop.end(), key) != drop.end()) continue;
    out += (out.empty() ? "" : "&") + url_encode(key) + "=" + url_encode(value);
  }
  return out;
}

// Stable server-side sort by `sort=<table>.<column>` and `order=asc|desc`; numbers by value
// (not-a-number last), texts by their sort key.
void sort_table(ViewTable& t, const http::Params& q) {
  const std::string sort = q.get_or("sort", "");
  const std::string prefix = t.id + ".";
  if (!sort.starts_with(prefix)) return;
  const std::string key = sort.substr(prefix.size());
  const auto it = std::find_if(t.columns.begin(), t.columns.end(), [&](const ViewColumn& c) { return c.key == key; });
  if (it == t.columns.end()) return;
  const auto col = static_cast<std::size_t>(it - t.columns.begin());
  const bool desc = q.get_or("order", "asc") == "desc";
  t.sorted_column = static_cast<int>(col);
  t.descending = desc;
  std::stable_sort(t.rows.begin(), t.rows.end(), [&](const auto& x, const auto& y) {
    const auto& a = x[col];
    const auto& b = y[col];
    if (it->numeric) {
      const bool an = std::isnan(a.number);
      const bool bn = std::isnan(b.number);
      if (an || bn) return !an && bn;  // NaN last either way
      return desc ? a.number > b.number : a.number < b.number;
    }
    return desc ? a.sort > b.sort : a.sort < b.sort;
  });
}

void render_table(const http::Request& req, ctemplate::TemplateDictionary& c, const ViewTable& t,
                  const std::string& base_path) {
  auto* d = c.AddSectionDictionary("TABLE");
  d->SetValue("ID", t.id);
  d->SetValue("TITLE", t.title);
  if (!t.intro.empty()) d->AddSectionDictionary("INTRO")->SetValue("TEXT", t.intro);
  const std::string params = query_without(req.query, {"sort", "order", "table"});
  const std::string export_query = "?table=" + t.id + (params.empty() ? "" : "&" + params);
  d->SetValue("CSV", base_path + "/export.csv" + export_query);
  d->SetValue("XLSX", base_path + "/export.xlsx" + export_query);
  if (t.rows.empty()) {
    d->AddSectionDictionary("EMPTY")->SetValue("TEXT", t.empty_text);
    return;
  }
  auto* table = d->AddSectionDictionary("HAS_ROWS");
  table->SetValue("ID", t.id);
  table->SetValue("TITLE", t.title);
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const auto& col = t.columns[i];
    auto* th = table->AddSectionDictionary("COL");
    th->SetValue("LABEL", col.label);
    th->SetValue("TYPE", col.numeric ? "num" : "text");
    const bool sorted = t.sorted_column == static_cast<int>(i);
    // The link sorts ascending first, and flips the order of the column already sorted.
    const std::string order = sorted && !t.descending ? "desc" : "asc";
    th->SetValue("HREF", base_path + "?" + (params.empty() ? "" : params + "&") + "sort=" + url_encode(t.id + "." + col.key) +
                             "&order=" + order + "#t-" + t.id);
    if (sorted) th->AddSectionDictionary("SORTED")->SetValue("DIR", t.descending ? "descending" : "ascending");
  }
  for (const auto& row : t.rows) {
    auto* tr = table->AddSectionDictionary("ROW");
    for (std::size_t i = 0; i < row.size(); ++i) {
      const auto& cell = row[i];
      const bool numeric = t.columns[i].numeric;
      // The first cell names the row (a row header for screen readers).
      auto* td = tr->AddSectionDictionary("CELL")->AddSectionDictionary(i == 0 ? "ROWHEAD" : "DATA");
      td->SetValue("SORT", numeric ? (std::isnan(cell.number) ? "" : std::to_string(cell.number)) : cell.sort);
      if (numeric) td->ShowSection("NUM");
      if (!cell.href.empty()) {
        auto* link = td->AddSectionDictionary("LINK");
        link->SetValue("HREF", cell.href);
        link->SetValue("TEXT", cell.text);
      } else {
        td->AddSectionDictionary("PLAIN")->SetValue("TEXT", cell.text);
      }
    }
  }
}

// Options of the selectors: organisations and networks by name.
void add_selectors(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                   const services::RegionModel& model, const services::AnalysisRequest& r) {
  auto lang = state(req).language;
  c.SetValue("DATE", r.date);
  for (auto p : {services::PartitionChoice::type, services::PartitionChoice::municipality,
                 services::PartitionChoice::network, services::PartitionChoice::affiliation})
    add_option(c, "PARTITION_OPTION", std::string(services::to_string(p)),
               s.catalog.text(lang, "analysis.partition." + std::string(services::to_string(p))), p == r.partition);
  std::vector<std::pair<std::string, domain::Id>> orgs;
  for (const auto& o : model.graph.organisations) orgs.emplace_back(o.name, o.id);
  std::sort(orgs.begin(), orgs.end());
  std::vector<std::pair<std::string, domain::Id>> nets;
  for (const auto& n : model.graph.networks) nets.emplace_back(n.name, n.id);
  std::sort(nets.begin(), nets.end());
  for (const auto& [name, id] : nets)
    add_option(c, "NETWORK_OPTION", std::to_string(id), name, r.partition_network == id);
  for (const auto& [name, id] : orgs) add_option(c, "FOCUS_OPTION", std::to_string(id), name, r.focus == id);
  // The what-if form's own choices (kept after a run).
  const auto& q = req.query;
  for (const char* kind : {"remove_organisation", "remove_membership", "add_membership", "remove_tie", "add_tie"})
    add_option(c, "EDIT_OPTION", kind, s.catalog.text(lang, std::string("analysis.edit.") + kind), q.get_or("edit", "") == kind);
  for (const auto& [name, id] : orgs) {
    add_option(c, "SUBJECT_OPTION", std::to_string(id), name, q.get_or("subject", "") == std::to_string(id));
    add_option(c, "OTHER_OPTION", std::to_string(id), name, q.get_or("other", "") == std::to_string(id));
  }
  for (const auto& [name, id] : nets)
    add_option(c, "EDIT_NETWORK_OPTION", std::to_string(id), name, q.get_or("edit_network", "") == std::to_string(id));
  // The recommendation's editable weights.
  c.SetValue("K", std::to_string(r.k));
  c.SetValue("WEIGHT_UNBRIDGED", q.get_or("weight_unbridged", format_decimal(r.pair_weights.unbridged, 2, false)));
  c.SetValue("WEIGHT_SINGLE", q.get_or("weight_single", format_decimal(r.pair_weights.single_bridged, 2, false)));
  for (const auto& [a, b] : focus_pairs()) {
    auto* w = c.AddSectionDictionary("PAIR_WEIGHT");
    const std::string name = "weight_" + a + "_" + b;
    const auto it = r.pair_weights.focus.find({a, b});
    const double value = it != r.pair_weights.focus.end() ? it->second : r.pair_weights.default_focus_weight;
    w->SetValue("NAME", name);
    w->SetValue("VALUE", q.get_or(name, format_decimal(value, 2, false)));
    w->SetValue("LABEL", s.catalog.text(lang, "register.focus." + a) + " × " + s.catalog.text(lang, "register.focus." + b));
  }
}

// The what-if edit of the form, if one was asked for; the error names the form field.
Result<std::optional<services::WhatIfEdit>> edit_from(const http::Params& q) {
  const std::string kind_text = q.get_or("edit", "");
  if (kind_text.empty()) return std::optional<services::WhatIfEdit>();
  std::map<std::string, std::string> fields;
  services::WhatIfEdit e;
  const auto kind = services::parse_edit_kind(kind_text);
  if (!kind) fields["edit"] = "analysis.edit_kind";
  e.kind = kind.value_or(analysis::Edit::Kind::remove_organisation);
  const auto subject = parse_int(q.get_or("subject", ""));
  if (!subject) fields["subject"] = "validation.required";
  e.organisation_id = subject.value_or(0);
  using K = analysis::Edit::Kind;
  if (e.kind == K::add_membership || e.kind == K::remove_membership) {
    const auto n = parse_int(q.get_or("edit_network", ""));
    if (!n) fields["edit_network"] = "validation.required";
    e.network_id = n.value_or(0);
  }
  if (e.kind == K::add_tie || e.kind == K::remove_tie) {
    const auto o = parse_int(q.get_or("other", ""));
    if (!o) fields["other"] = "validation.required";
    e.other_organisation_id = o.value_or(0);
    e.intensity = 2;
    e.tie_kind = domain::TieKind::joint_offer;
  }
  if (!fields.empty()) return Error::invalid("validation.form", std::move(fields));
  return std::optional<services::WhatIfEdit>(e);
}

// Field names of the service's errors -> the form's fields.
Error as_form_error(Error e) {
  std::map<std::string, std::string> fields;
  for (auto& [field, key] : e.fields) {
    std::string f = field;
    if (f == "edits[0].organisation_id") f = "subject";
    if (f == "edits[0].network_id") f = "edit_network";
    if (f == "edits[0].other_organisation_id") f = "other";
    fields[f] = key;
  }
  e.fields = std::move(fields);
  return e;
}

// Everything one page shows: the analysis (or what-if) of the request, as tables.
struct Computed {
  std::optional<services::RegionModel> model;  // for the selectors, even when the request is bad
  services::AnalysisRequest request;
  std::vector<ViewTable> tables;
  std::vector<std::pair<std::string, std::string>> summary;
  std::optional<Error> error;
};

Computed compute(Services& s, http::Request& req, AnalysisView view) {
  Computed out;
  const auto region_id = region_of(req);
  services::AnalysisService service(s.db);
  auto model = service.load(region_id);
  if (!model) {
    out.error = model.error();
    return out;
  }
  out.model = *model;
  auto request = analysis_request_from(req.query, today());
  if (!request) {
    out.error = request.error();
    out.request.date = today();
    return out;
  }
  out.request = *request;
  ViewContext ctx{s, req, type_labels(s, req)};
  if (view == AnalysisView::what_if) {
    auto edit = edit_from(req.query);
    if (!edit) {
      out.error = edit.error();
      return out;
    }
    if (!*edit) return out;  // the empty form
    auto w = service.what_if(region_id, *request, {**edit});
    if (!w) {
      out.error = as_form_error(w.error());
      return out;
    }
    out.request = w->request;
    out.summary = what_if_summary(ctx, *w);
    out.tables = what_if_tables(ctx, *w);
    return out;
  }
  auto a = service.analyse(std::move(*model), *request);
  if (!a) {
    out.error = a.error();
    return out;
  }
  out.request = a->request;
  out.summary = analysis_summary(ctx, *a);
  out.tables = analysis_tables(ctx, *a, view);
  return out;
}

http::Response show(Services& s, http::Request& req, AnalysisView view) {
  const auto& vi = info(view);
  Page page(s, req, "analysis", vi.key, "nav.analysis");
  auto& c = page.content();
  c.SetValue("HEADING", page.t(vi.key));
  c.SetValue("INTRO", page.t(std::string(vi.key) + ".intro"));
  c.SetValue("ACTION", path_of(view));
  for (const auto& i : kViews) {
    auto* v = c.AddSectionDictionary("VIEW");
    v->SetValue("LABEL", page.t(i.key));
    const std::string params = query_without(req.query, {"sort", "order", "edit", "subject", "edit_network", "other"});
    v->SetValue("HREF", path_of(i.view) + (params.empty() ? "" : "?" + params));
    if (i.view == view) v->ShowSection("CURRENT");
  }
  if (view == AnalysisView::what_if) c.ShowSection("WHATIF_FIELDS");
  if (view == AnalysisView::recommendations) c.ShowSection("RECOMMEND_FIELDS");
  Computed computed = compute(s, req, view);
  if (computed.model) add_selectors(s, req, c, *computed.model, computed.request);
  if (view == AnalysisView::handover) {
    // The handover score's weights (services: HandoverWeights), kept as typed; an error next to its field.
    auto* fields = c.AddSectionDictionary("HANDOVER_FIELDS");
    const auto& w = computed.request.handover;
    const std::pair<const char*, double> weights[] = {
        {"handover_contacts", w.contacts_weight}, {"handover_intensity", w.intensity_weight}, {"handover_load", w.load_weight}};
    for (const auto& [name, value] : weights) {
      auto* f = fields->AddSectionDictionary("HANDOVER_WEIGHT");
      f->SetValue("NAME", name);
      f->SetValue("LABEL", page.t(std::string("analysis.field.") + name));
      f->SetValue("VALUE", req.query.get_or(name, format_decimal(value, 2, false)));
      if (computed.error && computed.error->fields.contains(name))
        f->AddSectionDictionary("INVALID")->SetValue("MESSAGE", page.t(computed.error->fields.at(name)));
    }
  }
  if (computed.error) {
    if (computed.error->code != ErrorCode::invalid_input) return error_response(s, req, *computed.error);
    c.SetValue("DATE", req.query.get_or("date", ""));  // as typed, next to its error
    page.set_form_errors(*computed.error);
    return page.respond(http::Status::unprocessable_entity);
  }
  if (!computed.summary.empty()) {
    auto* sum = c.AddSectionDictionary("SUMMARY");
    for (const auto& [label, value] : computed.summary) {
      auto* item = sum->AddSectionDictionary("ITEM");
      item->SetValue("LABEL", label);
      item->SetValue("VALUE", value);
    }
  }
  if (view == AnalysisView::overview) {
    const std::string params = query_without(req.query, {"sort", "order"});
    auto* d = c.AddSectionDictionary("DOWNLOADS");
    d->SetValue("GRAPHML", "/analysis/export.graphml" + (params.empty() ? "" : "?" + params));
    d->SetValue("GEXF", "/analysis/export.gexf" + (params.empty() ? "" : "?" + params));
  }
  for (auto& t : computed.tables) {
    sort_table(t, req.query);
    render_table(req, c, t, path_of(view));
  }
  return page.respond();
}

http::Response export_table(Services& s, http::Request& req, AnalysisView view, bool xlsx) {
  Computed computed = compute(s, req, view);
  if (computed.error) return error_response(s, req, *computed.error);
  const std::string id = req.query.get_or("table", "");
  for (auto& t : computed.tables) {
    if (t.id != id) continue;
    sort_table(t, req.query);
    services::Table table;
    for (const auto& col : t.columns) table.header.push_back(col.label);
    for (const auto& row : t.rows) {
      std::vector<std::string> cells;
      for (const auto& cell : row) cells.push_back(cell.text);
      table.rows.push_back(std::move(cells));
    }
    // Sheet names are at most 31 characters in XLSX.
    std::string sheet = t.title.substr(0, 31);
    return table_download(table, xlsx, "analysis-" + t.id, sheet);
  }
  return error_response(s, req, Error::not_found());
}

}  // namespace

void register_analysis_routes(Routes& routes) {
  const auto analysts = Access::roles_only({Role::admin, Role::staff, Role::counsellor});
  for (const auto& vi : kViews) {
    const AnalysisView view = vi.view;
    const std::string path = path_of(view);
    routes.get(path, analysts, [view](Services& s, http::Request& r) { return show(s, r, view); });
    routes.get(path + "/export.csv", analysts,
               [view](Services& s, http::Request& r) { return export_table(s, r, view, false); });
    routes.get(path + "/export.xlsx", analysts,
               [view](Services& s, http::Request& r) { return export_table(s, r, view, true); });
  }
  routes.get("/analysis/export.graphml", analysts,
             [](Services& s, http::Request& r) { return analysis_graph_download(s, r, false); });
  routes.get("/analysis/export.gexf", analysts,
             [](Services& s, http::Request& r) { return analysis_graph_download(s, r, true); });
}

}  // namespace bb::web
