// The network map (issue 4): the page that hosts the cytoscape.js map (static/js/map.js). Its
// data come from /api/v1/analysis/graph and the map API of web/api/map_api.cpp.
#include "services/map_layout_service.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <boost/json.hpp>

namespace bb::web {

namespace {

namespace json = boost::json;
using namespace register_pages;

// The size metrics the map offers; the same keys as the graph's node metrics.
constexpr std::string_view kMetrics[] = {"degree",        "weighted_degree", "betweenness",
                                         "closeness",     "effective_size",  "brokerage_total"};

// Texts the map's script shows (legend, side panel, status lines): from the catalog, handed to
// the script as JSON in a data attribute, so no UI text lives in the script.
constexpr std::string_view kScriptTexts[] = {
    "map.network",        "map.organisation",    "map.loaded",          "map.loading",        "map.failed",
    "map.selected.none",  "map.selected.type",   "map.selected.municipality", "map.selected.networks",
    "map.selected.open",  "map.selected.whatif", "map.sole_bridge",     "map.layout.saved",   "map.layout.loaded",
    "map.layout.auto_done", "map.undo.nothing",  "map.undo.done",       "map.search.not_found", "map.export.failed",
    "map.migrant_led",    "map.legend.bridge",   "map.legend.sole_bridge", "map.focus.view",  "map.visible",
    "map.metric.degree",  "map.metric.weighted_degree", "map.metric.betweenness", "map.metric.closeness",
    "map.metric.effective_size", "map.metric.brokerage_total", "map.layout.name_required"};

http::Response map_page(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  const auto language = state(req).language;
  auto types = service(s).organisation_types(region_id);
  if (!types) return error_response(s, req, types.error());
  auto municipalities = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
  if (!municipalities) return error_response(s, req, municipalities.error());
  auto networks = all_networks(s, region_id);
  if (!networks) return error_response(s, req, networks.error());
  auto layouts = services::MapLayoutService(s.db).list(region_id);
  if (!layouts) return error_response(s, req, layouts.error());

  Page page(s, req, "map", "map.title", "nav.map");
  auto& c = page.content();
  const std::string date(req.query.get_or("date", ""));
  c.SetValue("DATE", !date.empty() && domain::is_iso_date(date) ? date : today());
  json::object texts;
  for (auto key : kScriptTexts) texts[key] = s.catalog.text(language, key);
  json::object type_labels;
  for (const auto& t : *types) {
    const std::string label = t.label_key.empty() ? t.label : s.catalog.text(language, t.label_key);
    type_labels[t.key] = label;
    add_option(c, "TYPE_OPTION", t.key, label, false);
  }
  texts["types"] = std::move(type_labels);
  c.SetValue("SCRIPT_TEXTS", json::serialize(texts));
  for (const auto& m : *municipalities) add_option(c, "MUNICIPALITY_OPTION", std::to_string(m.id), m.name, false);
  for (const auto& n : *networks) add_option(c, "NETWORK_OPTION", "n" + std::to_string(n.id), n.name, false);
  for (auto metric : kMetrics)
    add_option(c, "METRIC_OPTION", std::string(metric), s.catalog.text(language, "map.metric." + std::string(metric)),
               metric == "betweenness");
  for (const auto& l : *layouts) add_option(c, "LAYOUT_OPTION", l.name, l.name, false);
  if (is_staff(req)) c.ShowSection("MAY_SAVE");
  // The analysis tables (and their what-if) are for admins, staff and counsellors.
  if (state(req).principal->user.role != domain::Role::partner) c.ShowSection("MAY_ANALYSE");
  return page.respond();
}

}  // namespace

void register_map_routes(Routes& routes) {
  routes.get("/map", Access::roles_only(domain::RoleSet::regional()), map_page);
  register_map_api_routes(routes);
}

}  // namespace bb::web
