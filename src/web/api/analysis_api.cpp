// The network analysis API (issue 4): GET /api/v1/analysis (metrics, brokerage roles, network-pair
// bridges, handover candidates, recommendations), GET /api/v1/analysis/export.graphml|gexf, POST /api/v1/analysis/what-if (edits applied in
// memory, nothing stored) and GET /api/v1/analysis/graph (the node/edge JSON of the map).
//
// Who may call (decided for issue 4, see docs/ARCHITECTURE.md): the map's graph is open to every
// regional role, partners included (PRODUCT.md: partners "see the network map"); the analysis
// proper and the what-if, which rank partners against each other as handover candidates, are for
// the service centre's people: admin, staff and counsellors. The GraphML/GEXF downloads hold what
// the graph holds and are open like it. Always the caller's region only.
//
// Bad query parameters answer 400 with {"error":{...,"fields":{param: message}}}; a what-if body
// that is not JSON 400, one with bad fields 422 (as every JSON body of the API).
#include <boost/json.hpp>

#include "analysis/gexf.hpp"
#include "analysis/graphml.hpp"
#include "services/analysis_report.hpp"
#include "web/analysis_params.hpp"
#include "web/api/json_body.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using domain::Role;
using namespace register_support;
namespace json = boost::json;

constexpr std::size_t kMaxEdits = 100;

http::Response bad_request(Services& s, http::Request& req, const Error& error) {
  auto res = json_error(s, req, error);
  if (error.code == ErrorCode::invalid_input) res.status = http::Status::bad_request;
  return res;
}

Result<services::RegionAnalysis> run(Services& s, http::Request& req) {
  auto request = analysis_request_from(req.query, today());
  if (!request) return request.error();
  return services::AnalysisService(s.db).analyse(region_of(req), *request);
}

http::Response get_analysis(Services& s, http::Request& req) {
  auto a = run(s, req);
  if (!a) return bad_request(s, req, a.error());
  return json_response(services::analysis_json(*a));
}

http::Response get_graph(Services& s, http::Request& req) {
  auto a = run(s, req);
  if (!a) return bad_request(s, req, a.error());
  return json_response(services::graph_json(*a));
}

// The scalar fields of the body as parameters, so the body speaks the query string's language.
http::Params params_of(const json::object& body) {
  http::Params p;
  for (const auto& [key, value] : body) {
    if (value.is_string()) p.add(std::string(key), std::string(value.as_string()));
    if (value.is_int64()) p.add(std::string(key), std::to_string(value.as_int64()));
    if (value.is_double()) p.add(std::string(key), json::serialize(value));
    if (value.is_bool()) p.add(std::string(key), value.as_bool() ? "true" : "false");
  }
  return p;
}

std::optional<domain::Id> id_field(const json::object& o, const char* key) {
  if (const auto* v = o.if_contains(key); v && v->is_int64()) return v->as_int64();
  return std::nullopt;
}

http::Response post_what_if(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  auto request = analysis_request_from(params_of(o), today());
  if (!request) return json_error(s, req, request.error());
  std::map<std::string, std::string> fields;
  std::vector<services::WhatIfEdit> edits;
  const auto* list = o.if_contains("edits");
  if (!list || !list->is_array() || list->as_array().empty()) {
    fields["edits"] = "analysis.edits_required";
  } else if (list->as_array().size() > kMaxEdits) {
    fields["edits"] = "validation.too_many";
  } else {
    for (std::size_t i = 0; i < list->as_array().size(); ++i) {
      const std::string at = "edits[" + std::to_string(i) + "].";
      const auto& item = list->as_array()[i];
      if (!item.is_object()) {
        fields["edits[" + std::to_string(i) + "]"] = "validation.form";
        continue;
      }
      const auto& e = item.as_object();
      services::WhatIfEdit edit;
      const auto* kind = e.if_contains("kind");
      const auto parsed = kind && kind->is_string() ? services::parse_edit_kind(kind->as_string()) : std::nullopt;
      if (!parsed) {
        fields[at + "kind"] = "analysis.edit_kind";
        continue;
      }
      edit.kind = *parsed;
      const auto organisation = id_field(e, "organisation_id");
      if (!organisation) fields[at + "organisation_id"] = "validation.required";
      edit.organisation_id = organisation.value_or(0);
      using K = analysis::Edit::Kind;
      if (edit.kind == K::add_membership || edit.kind == K::remove_membership) {
        const auto network = id_field(e, "network_id");
        if (!network) fields[at + "network_id"] = "validation.required";
        edit.network_id = network.value_or(0);
      }
      if (edit.kind == K::add_tie || edit.kind == K::remove_tie) {
        const auto other = id_field(e, "other_organisation_id");
        if (!other) fields[at + "other_organisation_id"] = "validation.required";
        edit.other_organisation_id = other.value_or(0);
        if (const auto* d = e.if_contains("directed"); d && d->is_bool()) edit.directed = d->as_bool();
        if (const auto* k = e.if_contains("tie_kind"); k) {
          const auto tk = k->is_string() ? domain::parse_tie_kind(k->as_string()) : std::nullopt;
          if (tk) {
            edit.tie_kind = *tk;
          } else {
            fields[at + "tie_kind"] = "validation.form";
          }
        }
        if (const auto* n = e.if_contains("intensity"); n) {
          if (n->is_int64()) {
            edit.intensity = static_cast<int>(n->as_int64());
          } else {
            fields[at + "intensity"] = "validation.number";
          }
        }
      }
      edits.push_back(edit);
    }
  }
  if (!fields.empty()) return json_error(s, req, Error::invalid("validation.form", std::move(fields)));
  auto w = services::AnalysisService(s.db).what_if(region_of(req), *request, edits);
  if (!w) return json_error(s, req, w.error());
  return json_response(services::what_if_json(*w, edits));
}

}  // namespace

// The region graph as a file (GraphML or GEXF) with the metrics of the date: for the API and the
// analysis page's download links.
http::Response analysis_graph_download(Services& s, http::Request& req, bool gexf) {
  auto a = run(s, req);
  if (!a) return req.is_api() ? bad_request(s, req, a.error()) : error_response(s, req, a.error());
  auto res = http::Response::text(gexf ? analysis::write_gexf(a->model.region, &a->result, a->model.network_attributes)
                                       : analysis::write_graphml(a->model.region, &a->result, a->model.network_attributes));
  res.headers.set("Content-Type", gexf ? "application/gexf+xml; charset=utf-8" : "application/graphml+xml; charset=utf-8");
  res.headers.set("Content-Disposition", "attachment; filename=\"netzwerk-" + a->request.date +
                                             (gexf ? ".gexf\"" : ".graphml\""));
  return res;
}

void register_analysis_api_routes(Routes& routes) {
  const auto analysts = Access::api({Role::admin, Role::staff, Role::counsellor});
  const auto map_readers = Access::api(domain::RoleSet::regional());
  routes.get("/api/v1/analysis", analysts, get_analysis);
  routes.post("/api/v1/analysis/what-if", analysts, post_what_if);
  routes.get("/api/v1/analysis/graph", map_readers, get_graph);
  routes.get("/api/v1/analysis/export.graphml", map_readers,
             [](Services& s, http::Request& r) { return analysis_graph_download(s, r, false); });
  routes.get("/api/v1/analysis/export.gexf", map_readers,
             [](Services& s, http::Request& r) { return analysis_graph_download(s, r, true); });
}

}  // namespace bb::web
