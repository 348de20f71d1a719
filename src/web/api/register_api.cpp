// The register's JSON API (issue 3): /api/v1/organisations and /api/v1/networks with list
// filters and paging, get, create, patch and delete, and a network's members as of a date.
// Same authorisation as the pages; ids of another region answer 404 (the service looks every
// id up in the caller's region).
#include "core/clock.hpp"
#include "domain/validation.hpp"
#include "web/api/json_body.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <boost/json.hpp>

#include <variant>

namespace bb::web {

namespace {

using domain::Role;
using namespace register_support;
namespace json = boost::json;

services::RegisterService service(Services& s) { return services::RegisterService(s.db); }

json::object organisation_json(const domain::Organisation& o) {
  json::object j;
  j["id"] = o.id;
  j["name"] = o.name;
  j["type"] = o.type;
  j["municipality_id"] = optional_id(o.municipality_id);
  j["address"] = o.address;
  j["website"] = o.website;
  j["email"] = o.email;
  j["phone"] = o.phone;
  j["languages"] = string_array(o.languages);
  j["tags"] = string_array(o.tags);
  j["notes"] = o.notes;
  j["active"] = o.active;
  j["size"] = o.size ? json::value(std::string(domain::to_string(*o.size))) : json::value(nullptr);
  j["sector"] = o.sector;
  j["migrant_led"] = o.migrant_led;
  j["may_train"] = o.may_train;
  j["trains_now"] = o.trains_now;
  j["created_at"] = o.created_at;
  j["updated_at"] = o.updated_at;
  return j;
}

json::object network_json(const domain::Network& n) {
  json::object j;
  j["id"] = n.id;
  j["name"] = n.name;
  j["focus"] = std::string(domain::to_string(n.focus));
  j["goals"] = n.goals;
  j["meeting_rhythm"] = std::string(domain::to_string(n.meeting_rhythm));
  j["meeting_format"] = std::string(domain::to_string(n.meeting_format));
  j["channels"] = string_array(n.channels);
  j["work_forms"] = n.work_forms;
  j["lead_organisation_id"] = optional_id(n.lead_organisation_id);
  json::array municipalities;
  for (auto id : n.municipality_ids) municipalities.emplace_back(id);
  j["municipality_ids"] = std::move(municipalities);
  j["status"] = std::string(domain::to_string(n.status));
  j["started_on"] = n.started_on;
  j["status_since"] = n.status_since;
  j["created_at"] = n.created_at;
  j["updated_at"] = n.updated_at;
  return j;
}

using Reader = JsonReader;

void read_organisation(Reader& r, const json::object& o, domain::Organisation& out) {
  r.text("name", out.name);
  r.text("type", out.type);
  r.optional_id("municipality_id", out.municipality_id);
  r.text("address", out.address);
  r.text("website", out.website);
  r.text("email", out.email);
  r.text("phone", out.phone);
  r.list("languages", out.languages);
  r.list("tags", out.tags);
  r.text("notes", out.notes);
  r.flag("active", out.active);
  if (const auto* size = o.if_contains("size")) {
    std::optional<domain::CompanySize> parsed;
    if (size->is_string()) parsed = domain::parse_company_size(std::string_view(size->as_string()));
    if (size->is_null()) {
      out.size.reset();
    } else if (parsed) {
      out.size = parsed;
    } else {
      r.fail("size", "validation.form");
    }
  }
  r.text("sector", out.sector);
  r.flag("migrant_led", out.migrant_led);
  r.flag("may_train", out.may_train);
  r.flag("trains_now", out.trains_now);
}

void read_network(Reader& r, const json::object& o, domain::Network& out) {
  r.text("name", out.name);
  r.choice("focus", out.focus, domain::parse_network_focus, "validation.form");
  r.text("goals", out.goals);
  r.choice("meeting_rhythm", out.meeting_rhythm, domain::parse_meeting_rhythm, "validation.form");
  r.choice("meeting_format", out.meeting_format, domain::parse_meeting_format, "validation.form");
  r.list("channels", out.channels);
  r.text("work_forms", out.work_forms);
  r.optional_id("lead_organisation_id", out.lead_organisation_id);
  r.ids("municipality_ids", out.municipality_ids);
  r.choice("status", out.status, domain::parse_network_status, "validation.form");
  r.text("started_on", out.started_on);
  r.text("status_since", out.status_since);
  (void)o;
}

// ----- organisations -----

http::Response list_organisations(Services& s, http::Request& req) {
  const auto page = paging(req);
  if (!page) return paging_error(s, req);
  const auto& q = req.query;
  storage::OrganisationQuery query;
  query.search = q.get_or("q", "");
  if (auto type = q.get_or("type", ""); !type.empty()) query.type = type;
  if (auto v = q.get_or("municipality_id", ""); !v.empty()) query.municipality_id = parse_int(v).value_or(-1);
  if (auto v = q.get_or("network_id", ""); !v.empty()) query.network_id = parse_int(v).value_or(-1);
  query.as_of = q.get_or("as_of", "");
  if (!query.as_of.empty() && !domain::is_iso_date(query.as_of))
    return json_error(s, req, Error::invalid("validation.form", {{"as_of", "validation.date"}}));
  if (auto tag = q.get_or("tag", ""); !tag.empty()) query.tag = tag;
  query.migrant_led = parse_flag(q.get_or("migrant_led", ""));
  query.active = parse_flag(q.get_or("active", ""));
  query.sort = organisation_sort(q.get_or("sort", "name"));
  query.descending = q.get_or("order", "") == "desc";
  query.limit = page->first;
  query.offset = page->second;
  auto found = service(s).list_organisations(region_of(req), query);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& o : found->items) items.push_back(organisation_json(o));
  return json_response(json::object{{"items", items}, {"total", found->total}, {"limit", query.limit},
                                    {"offset", query.offset}});
}

http::Response get_organisation(Services& s, http::Request& req) {
  auto found = service(s).find_organisation(region_of(req), *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  return json_response(organisation_json(**found));
}

http::Response create_organisation(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  domain::Organisation input;
  Reader reader(o);
  read_organisation(reader, o, input);
  if (!reader.errors().empty()) return json_error(s, req, Error::invalid("validation.form", reader.errors()));
  auto id = service(s).create_organisation(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto created = service(s).find_organisation(region_of(req), *id);
  if (!created || !created->has_value()) return json_error(s, req, Error::internal("error.internal"));
  auto res = json_response(organisation_json(**created), http::Status::created);
  res.headers.set("Location", "/api/v1/organisations/" + std::to_string(*id));
  return res;
}

http::Response patch_organisation(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  auto current = service(s).find_organisation(region_of(req), id);
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  domain::Organisation input = **current;  // PATCH: absent fields keep their value
  Reader reader(o);
  read_organisation(reader, o, input);
  if (!reader.errors().empty()) return json_error(s, req, Error::invalid("validation.form", reader.errors()));
  input.id = id;
  auto updated = service(s).update_organisation(caller_of(req), input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_organisation(s, req);
}

http::Response delete_organisation(Services& s, http::Request& req) {
  auto deleted = service(s).delete_organisation(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

// ----- networks -----

http::Response list_networks(Services& s, http::Request& req) {
  const auto page = paging(req);
  if (!page) return paging_error(s, req);
  const auto& q = req.query;
  storage::NetworkQuery query;
  query.search = q.get_or("q", "");
  if (auto v = q.get_or("focus", ""); !v.empty()) {
    query.focus = domain::parse_network_focus(v);
    if (!query.focus) return json_error(s, req, Error::invalid("validation.form", {{"focus", "validation.form"}}));
  }
  if (auto v = q.get_or("status", ""); !v.empty()) {
    query.status = domain::parse_network_status(v);
    if (!query.status) return json_error(s, req, Error::invalid("validation.form", {{"status", "validation.form"}}));
  }
  if (auto v = q.get_or("municipality_id", ""); !v.empty()) query.municipality_id = parse_int(v).value_or(-1);
  query.sort = network_sort(q.get_or("sort", "name"));
  query.descending = q.get_or("order", "") == "desc";
  query.limit = page->first;
  query.offset = page->second;
  auto found = service(s).list_networks(region_of(req), query);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& n : found->items) items.push_back(network_json(n));
  return json_response(json::object{{"items", items}, {"total", found->total}, {"limit", query.limit},
                                    {"offset", query.offset}});
}

http::Response get_network(Services& s, http::Request& req) {
  auto found = service(s).find_network(region_of(req), *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  return json_response(network_json(**found));
}

http::Response create_network(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  domain::Network input;
  Reader reader(o);
  read_network(reader, o, input);
  if (!reader.errors().empty()) return json_error(s, req, Error::invalid("validation.form", reader.errors()));
  auto id = service(s).create_network(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto created = service(s).find_network(region_of(req), *id);
  if (!created || !created->has_value()) return json_error(s, req, Error::internal("error.internal"));
  auto res = json_response(network_json(**created), http::Status::created);
  res.headers.set("Location", "/api/v1/networks/" + std::to_string(*id));
  return res;
}

http::Response patch_network(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  auto current = service(s).find_network(region_of(req), id);
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  domain::Network input = **current;
  Reader reader(o);
  read_network(reader, o, input);
  if (!reader.errors().empty()) return json_error(s, req, Error::invalid("validation.form", reader.errors()));
  input.id = id;
  auto updated = service(s).update_network(caller_of(req), input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_network(s, req);
}

http::Response delete_network(Services& s, http::Request& req) {
  auto deleted = service(s).delete_network(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

http::Response network_members(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  const auto region_id = region_of(req);
  const auto as_of = req.query.get_or("as_of", "");
  if (!as_of.empty() && !domain::is_iso_date(as_of))
    return json_error(s, req, Error::invalid("validation.form", {{"as_of", "validation.date"}}));
  auto found = service(s).find_network(region_id, id);
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  auto members = service(s).members_of(region_id, id, as_of);
  if (!members) return json_error(s, req, members.error());
  json::array items;
  for (const auto& m : *members)
    items.push_back(json::object{{"id", m.membership.id},
                                 {"organisation_id", m.membership.organisation_id},
                                 {"organisation_name", m.organisation_name},
                                 {"role", std::string(domain::to_string(m.membership.role))},
                                 {"since", m.membership.since},
                                 {"until", m.membership.until}});
  return json_response(json::object{{"items", items}, {"as_of", as_of}});
}

}  // namespace

void register_register_api_routes(Routes& routes) {
  const auto readers = Access::api(domain::RoleSet::regional());
  const auto staff = Access::api({Role::admin, Role::staff});
  const auto profile_editors = Access::api({Role::admin, Role::staff, Role::partner});
  routes.get("/api/v1/organisations", readers, list_organisations);
  routes.post("/api/v1/organisations", staff, create_organisation);
  routes.get("/api/v1/organisations/{id:int}", readers, get_organisation);
  routes.add(http::Method::patch, "/api/v1/organisations/{id:int}", profile_editors, patch_organisation);
  routes.add(http::Method::delete_, "/api/v1/organisations/{id:int}", staff, delete_organisation);
  routes.get("/api/v1/networks", readers, list_networks);
  routes.post("/api/v1/networks", staff, create_network);
  routes.get("/api/v1/networks/{id:int}", readers, get_network);
  routes.add(http::Method::patch, "/api/v1/networks/{id:int}", staff, patch_network);
  routes.add(http::Method::delete_, "/api/v1/networks/{id:int}", staff, delete_network);
  routes.get("/api/v1/networks/{id:int}/members", readers, network_members);
  register_register_more_api_routes(routes);  // contacts, memberships, ties, transfers
}

}  // namespace bb::web
