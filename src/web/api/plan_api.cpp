// The action plan's JSON API (issue 6): /api/v1/plans with the plan's items, proposals and
// comments, adopted versions (/versions: list, adopt, one version exactly as adopted, its PDF),
// revisions, the diff of two versions, and indicator values. Same rules as the pages: the
// PlanService decides; ids of another region answer 404. There is no route that changes or
// deletes an adopted version.
#include "core/clock.hpp"
#include "domain/plan_snapshot.hpp"
#include "services/plan_pdf.hpp"
#include "services/plan_service.hpp"
#include "web/api/json_body.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <boost/json.hpp>

#include <cmath>
#include <variant>

namespace bb::web {

namespace {

using domain::Role;
using namespace register_support;
namespace json = boost::json;

services::PlanService service(Services& s) { return services::PlanService(s.db); }

json::object plan_json(const domain::Plan& p) {
  return {{"id", p.id},
          {"title", p.title},
          {"period_start", p.period_start},
          {"period_end", p.period_end},
          {"preamble", p.preamble},
          {"status", std::string(domain::to_string(p.status))},
          {"version_count", p.version_count},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

// The whole plan: the snapshot form (as a version stores it) plus the living plan's status.
json::object document_json(const domain::PlanDocument& d) {
  auto parsed = json::parse(domain::to_snapshot_json(d)).as_object();
  parsed["plan"] = plan_json(d.plan);
  return parsed;
}

json::object version_json(const domain::PlanVersion& v) {
  json::array agreements;
  for (const auto& a : v.agreements)
    agreements.push_back(json::object{{"organisation_id", a.organisation_id},
                                      {"organisation_name", a.organisation_name},
                                      {"person", a.person},
                                      {"agreed_on", a.agreed_on}});
  // Versions are addressed by their number, which is also their "id" in the API.
  return {{"id", v.number},
          {"number", v.number},
          {"adopted_on", v.adopted_on},
          {"occasion", v.occasion},
          {"agreements", std::move(agreements)},
          {"created_at", v.created_at}};
}

json::object proposal_json(const domain::PlanProposal& p) {
  return {{"id", p.id},
          {"measure_id", p.measure_id},
          {"organisation_id", optional_id(p.organisation_id)},
          {"user_name", p.user_name},
          {"proposed", json::parse(domain::measure_to_json(p.proposed))},
          {"reason", p.reason},
          {"state", std::string(domain::to_string(p.state))},
          {"decided_by_name", p.decided_by_name},
          {"decided_at", p.decided_at},
          {"decision_note", p.decision_note},
          {"created_at", p.created_at}};
}

void read_number(JsonReader& r, const json::object& o, const char* key, double& out) {
  if (const auto* v = o.if_contains(key)) {
    if (v->is_double()) {
      out = v->as_double();
    } else if (v->is_int64()) {
      out = static_cast<double>(v->as_int64());
    } else {
      r.fail(key, "validation.number");
    }
  }
}

void read_plan(JsonReader& r, const json::object& o, domain::Plan& p) {
  r.text("title", p.title);
  r.text("period_start", p.period_start);
  r.text("period_end", p.period_end);
  r.text("preamble", p.preamble);
  r.choice("status", p.status, domain::parse_plan_status);
  (void)o;
}

void read_measure(JsonReader& r, const json::object& o, domain::PlanMeasure& m) {
  r.number("goal_id", m.goal_id);
  r.text("title", m.title);
  r.text("description", m.description);
  r.optional_id("lead_organisation_id", m.lead_organisation_id);
  r.ids("partner_organisation_ids", m.partner_organisation_ids);
  r.text("target_groups", m.target_groups);
  r.ids("municipality_ids", m.municipality_ids);
  r.text("start_on", m.start_on);
  r.text("end_on", m.end_on);
  r.choice("status", m.status, domain::parse_measure_status);
  r.text("resources", m.resources);
  r.text("risks", m.risks);
  if (o.contains("network_ids")) {
    std::vector<domain::Id> ids;
    r.ids("network_ids", ids);
    m.links.clear();
    for (auto id : ids) m.links.push_back({std::string(domain::kLinkNetwork), id});
  }
  r.optional_id("anchoring_organisation_id", m.anchoring_organisation_id);
  r.choice("anchoring_state", m.anchoring_state, domain::parse_anchoring_state);
  r.text("anchoring_note", m.anchoring_note);
}

json::object measure_json(const domain::PlanMeasure& m) { return json::parse(domain::measure_to_json(m)).as_object(); }

// ----- plans -----

http::Response list_plans(Services& s, http::Request& req) {
  auto plans = service(s).list_plans(region_of(req));
  if (!plans) return json_error(s, req, plans.error());
  json::array items;
  for (const auto& p : *plans) items.push_back(plan_json(p));
  return json_response(json::object{{"items", items}, {"total", static_cast<std::int64_t>(plans->size())}});
}

http::Response get_plan(Services& s, http::Request& req) {
  auto doc = service(s).document(region_of(req), *req.int_param("id"));
  if (!doc) return json_error(s, req, doc.error());
  if (!doc->has_value()) return json_error(s, req, Error::not_found());
  return json_response(document_json(**doc));
}

http::Response create_plan(Services& s, http::Request& req) {
  domain::Plan p;
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  read_plan(r, o, p);
  if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
  auto id = service(s).create_plan(caller_of(req), p, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto found = service(s).find_plan(region_of(req), *id);
  if (!found || !found->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return created(plan_json(**found), "/api/v1/plans/" + std::to_string(*id));
}

http::Response patch_plan(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto found = service(s).find_plan(region_of(req), id);
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  domain::Plan p = **found;
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  read_plan(r, o, p);
  if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
  auto updated = service(s).update_plan(caller_of(req), p, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_plan(s, req);
}

// ----- items -----

http::Response create_item(Services& s, http::Request& req, const std::string& kind) {
  const auto plan_id = *req.int_param("id");
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  auto svc = service(s);
  const auto who = caller_of(req);
  Result<domain::Id> id = Error::internal("error.internal");
  if (kind == "fields") {
    domain::PlanField f;
    r.text("title", f.title);
    r.text("description", f.description);
    if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
    id = svc.create_field(who, plan_id, f, unix_now());
  } else if (kind == "goals") {
    domain::PlanGoal g;
    r.number("field_id", g.field_id);
    r.text("title", g.title);
    r.text("description", g.description);
    if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
    id = svc.create_goal(who, plan_id, g, unix_now());
  } else if (kind == "indicators") {
    domain::PlanIndicator i;
    r.number("goal_id", i.goal_id);
    r.text("name", i.name);
    r.text("unit", i.unit);
    read_number(r, o, "baseline", i.baseline);
    read_number(r, o, "target_value", i.target_value);
    r.text("target_date", i.target_date);
    if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
    id = svc.create_indicator(who, plan_id, i, unix_now());
  } else {
    domain::PlanMeasure m;
    read_measure(r, o, m);
    if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
    id = svc.create_measure(who, plan_id, m, unix_now());
  }
  if (!id) return json_error(s, req, id.error());
  auto doc = svc.document(region_of(req), plan_id);
  if (!doc || !doc->has_value()) return json_error(s, req, Error::internal("error.internal"));
  const auto json_doc = document_json(**doc);
  for (const auto& item : json_doc.at(kind).as_array())
    if (item.as_object().at("id").as_int64() == *id)
      return created(item.as_object(), "/api/v1/plans/" + std::to_string(plan_id) + "/" + kind + "/" + std::to_string(*id));
  return json_error(s, req, Error::internal("error.internal"));
}

http::Response get_measure(Services& s, http::Request& req) {
  auto doc = service(s).document(region_of(req), *req.int_param("id"));
  if (!doc) return json_error(s, req, doc.error());
  if (!doc->has_value()) return json_error(s, req, Error::not_found());
  const auto* m = (*doc)->measure(*req.int_param("item"));
  if (!m) return json_error(s, req, Error::not_found());
  return json_response(measure_json(*m));
}

http::Response patch_measure(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  auto doc = service(s).document(region_of(req), plan_id);
  if (!doc) return json_error(s, req, doc.error());
  if (!doc->has_value()) return json_error(s, req, Error::not_found());
  const auto* current = (*doc)->measure(*req.int_param("item"));
  if (!current) return json_error(s, req, Error::not_found());
  domain::PlanMeasure m = *current;
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  read_measure(r, o, m);
  if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
  m.id = current->id;
  auto updated = service(s).update_measure(caller_of(req), plan_id, m, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_measure(s, req);
}

http::Response delete_measure(Services& s, http::Request& req) {
  auto r = service(s).delete_measure(caller_of(req), *req.int_param("id"), *req.int_param("item"), unix_now());
  if (!r) return json_error(s, req, r.error());
  return no_content();
}

// ----- partners -----

http::Response list_proposals(Services& s, http::Request& req) {
  auto found = service(s).find_plan(region_of(req), *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  auto proposals = service(s).proposals(region_of(req), *req.int_param("id"));
  if (!proposals) return json_error(s, req, proposals.error());
  json::array items;
  for (const auto& p : *proposals) items.push_back(proposal_json(p));
  return json_response(json::object{{"items", items}});
}

http::Response create_proposal(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  auto doc = service(s).document(region_of(req), plan_id);
  if (!doc) return json_error(s, req, doc.error());
  if (!doc->has_value()) return json_error(s, req, Error::not_found());
  const auto* current = (*doc)->measure(*req.int_param("item"));
  if (!current) return json_error(s, req, Error::not_found());
  domain::PlanMeasure m = *current;
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  read_measure(r, o, m);
  std::string reason;
  r.text("reason", reason);
  if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
  m.id = current->id;
  auto id = service(s).propose(caller_of(req), plan_id, m, reason, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto stored = s.db.read_value([&](storage::UnitOfWork& uow) {
    return uow.plans().find_proposal(region_of(req), plan_id, *id);
  });
  if (!stored || !stored->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return created(proposal_json(**stored), "/api/v1/plans/" + std::to_string(plan_id) + "/measures/" +
                                             std::to_string(m.id) + "/proposals/" + std::to_string(*id));
}

http::Response decide_proposal(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  bool accept = false;
  if (!o.contains("accept")) r.fail("accept", "validation.required");
  r.flag("accept", accept);
  std::string note;
  r.text("note", note);
  if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
  auto decided = service(s).decide(caller_of(req), plan_id, *req.int_param("proposal"), accept, note, unix_now());
  if (!decided) return json_error(s, req, decided.error());
  auto stored = s.db.read_value([&](storage::UnitOfWork& uow) {
    return uow.plans().find_proposal(region_of(req), plan_id, *req.int_param("proposal"));
  });
  if (!stored || !stored->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return json_response(proposal_json(**stored));
}

http::Response create_comment(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  domain::PlanComment c;
  r.text("item_type", c.item_type);
  r.number("item_id", c.item_id);
  r.text("body", c.body);
  if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
  auto id = service(s).add_comment(caller_of(req), *req.int_param("id"), c, unix_now());
  if (!id) return json_error(s, req, id.error());
  return created(json::object{{"id", *id}, {"item_type", c.item_type}, {"item_id", c.item_id}, {"body", domain::trim(c.body)}},
                 "/api/v1/plans/" + std::to_string(*req.int_param("id")) + "/comments/" + std::to_string(*id));
}

// ----- versions -----

http::Response list_versions(Services& s, http::Request& req) {
  auto found = service(s).find_plan(region_of(req), *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  auto versions = service(s).versions(region_of(req), *req.int_param("id"));
  if (!versions) return json_error(s, req, versions.error());
  json::array items;
  for (const auto& v : *versions) items.push_back(version_json(v));
  return json_response(json::object{{"items", items}});
}

http::Response get_version(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const int number = static_cast<int>(*req.int_param("number"));
  auto v = service(s).version(region_of(req), plan_id, number);
  if (!v) return json_error(s, req, v.error());
  if (!v->has_value()) return json_error(s, req, Error::not_found());
  auto j = version_json(**v);
  j["snapshot"] = json::parse((*v)->snapshot_json);  // exactly as adopted
  return json_response(j);
}

http::Response adopt(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  domain::PlanVersion v;
  r.text("adopted_on", v.adopted_on);
  r.text("occasion", v.occasion);
  if (const auto* list = o.if_contains("agreements")) {
    if (!list->is_array()) {
      r.fail("agreements", "validation.form");
    } else {
      for (const auto& item : list->as_array()) {
        if (!item.is_object()) {
          r.fail("agreements", "validation.form");
          continue;
        }
        JsonReader a(item.as_object());
        domain::PlanAgreement agreement;
        a.number("organisation_id", agreement.organisation_id);
        a.text("person", agreement.person);
        a.text("agreed_on", agreement.agreed_on);
        if (!a.errors().empty()) r.fail("agreements", "validation.form");
        v.agreements.push_back(std::move(agreement));
      }
    }
  }
  if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
  auto number = service(s).adopt(caller_of(req), plan_id, v, unix_now());
  if (!number) return json_error(s, req, number.error());
  auto stored = service(s).version(region_of(req), plan_id, *number);
  if (!stored || !stored->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return created(version_json(**stored),
                 "/api/v1/plans/" + std::to_string(plan_id) + "/versions/" + std::to_string(*number));
}

http::Response revise(Services& s, http::Request& req) {
  auto r = service(s).start_revision(caller_of(req), *req.int_param("id"), unix_now());
  if (!r) return json_error(s, req, r.error());
  return get_plan(s, req);
}

http::Response version_pdf(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const int number = static_cast<int>(*req.int_param("number"));
  auto svc = service(s);
  auto v = svc.version(region_of(req), plan_id, number);
  if (!v) return json_error(s, req, v.error());
  if (!v->has_value()) return json_error(s, req, Error::not_found());
  auto doc = svc.document_at(region_of(req), plan_id, number);
  if (!doc) return json_error(s, req, doc.error());
  const auto lang = state(req).language;
  services::PlanPdfInput in;
  in.document = &*doc;
  in.version = &**v;
  in.region_name = state(req).region->name;
  in.language = lang == domain::UiLanguage::de ? "de" : "en";
  in.text = [&](std::string_view key) { return s.catalog.text(lang, key); };
  auto bytes = services::render_plan_pdf(in);
  if (!bytes) return json_error(s, req, bytes.error());
  auto res = http::Response::text(std::move(*bytes));
  res.headers.set("Content-Type", "application/pdf");
  return res;
}

http::Response diff(Services& s, http::Request& req) {
  const auto from = parse_int(req.query.get_or("from", ""));
  const auto to = parse_int(req.query.get_or("to", "0"));
  if (!from || *from < 0) return json_error(s, req, Error::invalid("validation.form", {{"from", "validation.number"}}));
  if (!to || *to < 0) return json_error(s, req, Error::invalid("validation.form", {{"to", "validation.number"}}));
  auto changes = service(s).diff(region_of(req), *req.int_param("id"), static_cast<int>(*from), static_cast<int>(*to));
  if (!changes) return json_error(s, req, changes.error());
  json::array items;
  for (const auto& ch : *changes) {
    using K = domain::PlanChange::Kind;
    json::object j{{"kind", ch.kind == K::added ? "added" : ch.kind == K::removed ? "removed" : "changed"},
                   {"item_type", ch.item_type},
                   {"item_id", ch.item_id},
                   {"item_title", ch.item_title}};
    if (ch.kind == K::changed) {
      j["field"] = ch.field;
      j["before"] = ch.before;
      j["after"] = ch.after;
    }
    items.push_back(std::move(j));
  }
  return json_response(json::object{{"from", *from}, {"to", *to}, {"changes", items}});
}

// ----- indicator values -----

http::Response list_values(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const auto indicator_id = *req.int_param("item");
  auto doc = service(s).document(region_of(req), plan_id);
  if (!doc) return json_error(s, req, doc.error());
  if (!doc->has_value() || !(*doc)->indicator(indicator_id)) return json_error(s, req, Error::not_found());
  auto values = service(s).indicator_values(region_of(req), plan_id);
  if (!values) return json_error(s, req, values.error());
  json::array items;
  for (const auto& v : *values)
    if (v.indicator_id == indicator_id)
      items.push_back(json::object{{"period", v.period}, {"value", v.value}, {"note", v.note}});
  return json_response(json::object{{"items", items}});
}

http::Response record_value(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  domain::IndicatorValue v;
  v.indicator_id = *req.int_param("item");
  r.text("period", v.period);
  if (!o.contains("value")) r.fail("value", "validation.required");
  read_number(r, o, "value", v.value);
  r.text("note", v.note);
  if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
  auto recorded = service(s).record_indicator_value(caller_of(req), *req.int_param("id"), v, unix_now());
  if (!recorded) return json_error(s, req, recorded.error());
  // One value per period: recording a period again replaces its value, hence 200, not 201.
  return json_response(json::object{{"period", v.period}, {"value", v.value}, {"note", domain::trim(v.note)}});
}

}  // namespace

void register_plan_api_routes(Routes& routes) {
  const auto readers = Access::api(domain::RoleSet::regional());
  const auto staff = Access::api({Role::admin, Role::staff});
  const auto partners = Access::api({Role::partner});
  const auto commenters = Access::api({Role::admin, Role::staff, Role::partner});
  routes.get("/api/v1/plans", readers, list_plans);
  routes.post("/api/v1/plans", staff, create_plan);
  routes.get("/api/v1/plans/{id:int}", readers, get_plan);
  routes.add(http::Method::patch, "/api/v1/plans/{id:int}", staff, patch_plan);
  routes.post("/api/v1/plans/{id:int}/fields", staff,
              [](Services& s, http::Request& r) { return create_item(s, r, "fields"); });
  routes.post("/api/v1/plans/{id:int}/goals", staff,
              [](Services& s, http::Request& r) { return create_item(s, r, "goals"); });
  routes.post("/api/v1/plans/{id:int}/indicators", staff,
              [](Services& s, http::Request& r) { return create_item(s, r, "indicators"); });
  routes.post("/api/v1/plans/{id:int}/measures", staff,
              [](Services& s, http::Request& r) { return create_item(s, r, "measures"); });
  routes.get("/api/v1/plans/{id:int}/measures/{item:int}", readers, get_measure);
  routes.add(http::Method::patch, "/api/v1/plans/{id:int}/measures/{item:int}", staff, patch_measure);
  routes.add(http::Method::delete_, "/api/v1/plans/{id:int}/measures/{item:int}", staff, delete_measure);
  routes.post("/api/v1/plans/{id:int}/measures/{item:int}/proposals", partners, create_proposal);
  routes.get("/api/v1/plans/{id:int}/proposals", readers, list_proposals);
  routes.post("/api/v1/plans/{id:int}/proposals/{proposal:int}/decision", staff, decide_proposal);
  routes.post("/api/v1/plans/{id:int}/comments", commenters, create_comment);
  routes.get("/api/v1/plans/{id:int}/versions", readers, list_versions);
  routes.post("/api/v1/plans/{id:int}/versions", staff, adopt);
  routes.get("/api/v1/plans/{id:int}/versions/{number:int}", readers, get_version);
  routes.get("/api/v1/plans/{id:int}/versions/{number:int}/pdf", readers, version_pdf);
  routes.post("/api/v1/plans/{id:int}/revision", staff, revise);
  routes.get("/api/v1/plans/{id:int}/diff", readers, diff);
  routes.get("/api/v1/plans/{id:int}/indicators/{item:int}/values", readers, list_values);
  routes.post("/api/v1/plans/{id:int}/indicators/{item:int}/values", staff, record_value);
}

}  // namespace bb::web
