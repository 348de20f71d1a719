// The speed-dating planner's JSON API (issue 7) under /api/v1/events/{id}/speeddating:
// participants (read all; add a youth or a company), the saved plan with its fairness figures,
// and run (compute and store the optimal plan). Slots and tables are 0-based, as in the CLI's
// format. Same rules as the pages: regional roles read, admin and staff write.
#include <boost/json.hpp>

#include "core/clock.hpp"
#include "services/speeddating_service.hpp"
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

services::SpeeddatingService planner(Services& s) {
  return services::SpeeddatingService(s.db);
}

json::value optional_slot(const std::optional<int>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object youth_json(const domain::SpeeddatingYouth& y) {
  return json::object{{"id", y.id},
                      {"type", "youth"},
                      {"name", y.name},
                      {"school", y.school},
                      {"occupations", string_array(y.occupations)},
                      {"languages", string_array(y.languages)},
                      {"prepared", y.prepared},
                      {"municipality_id", optional_id(y.municipality_id)},
                      {"first_slot", optional_slot(y.first_slot)},
                      {"last_slot", optional_slot(y.last_slot)},
                      {"max_talks", y.max_talks},
                      {"no_show", y.no_show}};
}

json::object company_json(const domain::SpeeddatingCompany& c) {
  return json::object{{"id", c.id},
                      {"type", "company"},
                      {"name", c.name},
                      {"organisation_id", optional_id(c.organisation_id)},
                      {"occupations", string_array(c.occupations)},
                      {"places", c.places},
                      {"tables", c.tables},
                      {"languages", string_array(c.languages)},
                      {"municipality_id", optional_id(c.municipality_id)},
                      {"first_slot", optional_slot(c.first_slot)},
                      {"last_slot", optional_slot(c.last_slot)},
                      {"no_show", c.no_show}};
}

json::object settings_json(const domain::SpeeddatingSettings& s) {
  json::array blocks;
  for (int b : s.blocks) blocks.emplace_back(b);
  return json::object{{"start_time", s.start_time},
                      {"slot_minutes", s.slot_minutes},
                      {"blocks", blocks},
                      {"break_minutes", s.break_minutes},
                      {"slots", s.slots()},
                      {"guaranteed_min", s.guaranteed_min},
                      {"weights", json::object{{"occupation", s.weights.occupation},
                                               {"wish", s.weights.wish},
                                               {"language", s.weights.language},
                                               {"distance", s.weights.distance}}}};
}

json::object plan_json(const services::SpeeddatingData& d) {
  const auto& p = *d.plan;
  json::array talks;
  for (const auto& t : p.talks)
    talks.push_back(json::object{{"youth_id", t.youth_id},
                                 {"company_id", t.company_id},
                                 {"table", t.table},
                                 {"slot", t.slot},
                                 {"time", d.settings.slot_start(t.slot)}});
  const auto f = services::fairness_of(d);
  return json::object{{"objective", p.objective},
                      {"bound", p.bound},
                      {"optimal", p.optimal},
                      {"method", p.method},
                      {"held_before", p.held_before},
                      {"talks", talks},
                      {"fairness", json::object{{"min_talks", f.min_talks},
                                                {"mean_talks", f.mean_talks},
                                                {"share_guaranteed_met", f.share_guaranteed_met},
                                                {"share_first_choice_met", f.share_first_choice_met},
                                                {"table_utilisation", f.table_utilisation}}}};
}

http::Response get_participants(Services& s, http::Request& req) {
  auto d = planner(s).load(region_of(req), *req.int_param("id"));
  if (!d) return json_error(s, req, d.error());
  json::array youths, companies, preferences;
  for (const auto& y : d->youths) youths.push_back(youth_json(y));
  for (const auto& c : d->companies) companies.push_back(company_json(c));
  for (const auto& p : d->preferences)
    preferences.push_back(json::object{
        {"youth_id", p.youth_id}, {"company_id", p.company_id}, {"kind", std::string(domain::to_string(p.kind))}});
  return json_response(json::object{{"settings", settings_json(d->settings)},
                                    {"youths", youths},
                                    {"companies", companies},
                                    {"preferences", preferences}});
}

struct ParticipantInput {
  std::string type;
  domain::SpeeddatingYouth youth;
  domain::SpeeddatingCompany company;
};

void read_window(JsonReader& r, const json::object& body, std::optional<int>& first, std::optional<int>& last) {
  for (auto [key, out] : {std::pair<const char*, std::optional<int>*>{"first_slot", &first}, {"last_slot", &last}}) {
    if (const auto* v = body.if_contains(key)) {
      if (v->is_null()) continue;
      if (v->is_int64() && v->as_int64() >= -1 && v->as_int64() < 1000) *out = static_cast<int>(v->as_int64());
      else r.fail(key, "validation.number");
    }
  }
}

http::Response add_participant(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  JsonReader r(o);
  ParticipantInput in;
  in.youth.event_id = event_id;
  in.company.event_id = event_id;
  r.text("type", in.type);
  if (in.type == "youth") {
    auto& y = in.youth;
    r.text("name", y.name);
    r.text("school", y.school);
    r.list("occupations", y.occupations);
    r.list("languages", y.languages);
    r.flag("prepared", y.prepared);
    r.optional_id("municipality_id", y.municipality_id);
    r.number("max_talks", y.max_talks);
    read_window(r, o, y.first_slot, y.last_slot);
  } else if (in.type == "company") {
    auto& c = in.company;
    r.text("name", c.name);
    r.optional_id("organisation_id", c.organisation_id);
    r.list("occupations", c.occupations);
    r.number("places", c.places);
    r.number("tables", c.tables);
    r.list("languages", c.languages);
    r.optional_id("municipality_id", c.municipality_id);
    read_window(r, o, c.first_slot, c.last_slot);
  } else {
    r.fail("type", "speeddating.error.type");
  }
  if (!r.errors().empty()) return json_error(s, req, Error::invalid("validation.form", r.errors()));
  const std::string location = "/api/v1/events/" + std::to_string(event_id) + "/speeddating/participants";
  if (in.type == "youth") {
    auto id = planner(s).add_youth(caller_of(req), in.youth, unix_now());
    if (!id) return json_error(s, req, id.error());
    in.youth.id = *id;
    return created(youth_json(in.youth), location);
  }
  auto id = planner(s).add_company(caller_of(req), in.company, unix_now());
  if (!id) return json_error(s, req, id.error());
  in.company.id = *id;
  return created(company_json(in.company), location);
}

http::Response get_plan(Services& s, http::Request& req) {
  auto d = planner(s).load(region_of(req), *req.int_param("id"));
  if (!d) return json_error(s, req, d.error());
  if (!d->plan) return json_error(s, req, Error::not_found("speeddating.error.no_plan"));
  return json_response(plan_json(*d));
}

http::Response run(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto plan = planner(s).compute_plan(caller_of(req), event_id, unix_now());
  if (!plan) return json_error(s, req, plan.error());
  auto d = planner(s).load(region_of(req), event_id);
  if (!d) return json_error(s, req, d.error());
  return json_response(plan_json(*d));
}

}  // namespace

void register_speeddating_api_routes(Routes& routes) {
  const auto readers = Access::api(domain::RoleSet::regional());
  const auto staff = Access::api({Role::admin, Role::staff});
  routes.get("/api/v1/events/{id:int}/speeddating/participants", readers, get_participants);
  routes.post("/api/v1/events/{id:int}/speeddating/participants", staff, add_participant);
  routes.get("/api/v1/events/{id:int}/speeddating/plan", readers, get_plan);
  routes.post("/api/v1/events/{id:int}/speeddating/run", staff, run);
}

}  // namespace bb::web
