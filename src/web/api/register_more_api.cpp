// The register's JSON API, second part (issue 3): /api/v1/contacts (with anonymise),
// /api/v1/memberships, /api/v1/ties and /api/v1/transfers — list, get, create, patch, delete.
// Same authorisation as the pages (declared per route, enforced again by the RegisterService:
// partners only their own organisation's contacts); ids of another region answer 404, because
// every lookup takes the caller's region.
#include <boost/json.hpp>
#include <variant>

#include "core/clock.hpp"
#include "domain/validation.hpp"
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

services::RegisterService service(Services& s) {
  return services::RegisterService(s.db);
}

json::object contact_json(const domain::Contact& c) {
  return json::object{{"id", c.id},
                      {"organisation_id", c.organisation_id},
                      {"name", c.name},
                      {"function", c.function},
                      {"email", c.email},
                      {"phone", c.phone},
                      {"languages", string_array(c.languages)},
                      {"data_basis", std::string(domain::to_string(c.data_basis))},
                      {"consent_date", c.consent_date},
                      {"anonymised", c.anonymised},
                      {"created_at", c.created_at},
                      {"updated_at", c.updated_at}};
}

json::object membership_json(const domain::Membership& m) {
  return json::object{{"id", m.id},
                      {"network_id", m.network_id},
                      {"organisation_id", m.organisation_id},
                      {"role", std::string(domain::to_string(m.role))},
                      {"since", m.since},
                      {"until", m.until}};
}

json::object tie_json(const domain::Tie& t) {
  return json::object{{"id", t.id},
                      {"organisation_a_id", t.organisation_a_id},
                      {"organisation_b_id", t.organisation_b_id},
                      {"kind", std::string(domain::to_string(t.kind))},
                      {"directed", t.directed},
                      {"intensity", t.intensity},
                      {"since", t.since},
                      {"until", t.until},
                      {"note", t.note}};
}

json::object end_json(const domain::TransferEnd& end) {
  return json::object{{"network_id", optional_id(end.network_id)}, {"event", end.event}};
}

json::object transfer_json(const domain::Transfer& t) {
  return json::object{
      {"id", t.id},           {"date", t.date},     {"topic", t.topic},          {"from", end_json(t.from)},
      {"to", end_json(t.to)}, {"result", t.result}, {"created_at", t.created_at}};
}

json::object transfer_view_json(const storage::TransferView& v) {
  auto j = transfer_json(v.transfer);
  j["from"].as_object()["network_name"] = v.from_network_name;
  j["to"].as_object()["network_name"] = v.to_network_name;
  return j;
}

using Reader = JsonReader;

void read_contact(Reader& r, domain::Contact& out) {
  r.number("organisation_id", out.organisation_id);
  r.text("name", out.name);
  r.text("function", out.function);
  r.text("email", out.email);
  r.text("phone", out.phone);
  r.list("languages", out.languages);
  r.choice("data_basis", out.data_basis, domain::parse_data_basis);
  r.text("consent_date", out.consent_date);
}

// Network and organisation are fixed once a membership exists; PATCH changes role and period.
void read_membership(Reader& r, domain::Membership& out, bool create) {
  if (create) {
    r.number("network_id", out.network_id);
    r.number("organisation_id", out.organisation_id);
  }
  r.choice("role", out.role, domain::parse_membership_role);
  r.text("since", out.since);
  r.text("until", out.until);
}

void read_tie(Reader& r, domain::Tie& out) {
  r.number("organisation_a_id", out.organisation_a_id);
  r.number("organisation_b_id", out.organisation_b_id);
  r.choice("kind", out.kind, domain::parse_tie_kind);
  r.flag("directed", out.directed);
  r.number("intensity", out.intensity);
  r.text("since", out.since);
  r.text("until", out.until);
  r.text("note", out.note);
}

void read_transfer(Reader& r, domain::Transfer& out) {
  r.text("date", out.date);
  r.text("topic", out.topic);
  r.end("from", out.from);
  r.end("to", out.to);
  r.text("result", out.result);
}

// ----- contacts -----

http::Response list_contacts(Services& s, http::Request& req) {
  const auto page = paging(req);
  if (!page) return paging_error(s, req);
  storage::ContactQuery query;
  query.search = req.query.get_or("q", "");
  if (auto v = req.query.get_or("organisation_id", ""); !v.empty()) query.organisation_id = parse_int(v).value_or(-1);
  if (auto flag = parse_flag(req.query.get_or("include_anonymised", ""))) query.include_anonymised = *flag;
  query.limit = page->first;
  query.offset = page->second;
  auto found = service(s).list_contacts(region_of(req), query);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& c : found->items) items.push_back(contact_json(c));
  return json_response(
      json::object{{"items", items}, {"total", found->total}, {"limit", query.limit}, {"offset", query.offset}});
}

http::Response get_contact(Services& s, http::Request& req) {
  auto found = service(s).find_contact(region_of(req), *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  return json_response(contact_json(**found));
}

http::Response create_contact(Services& s, http::Request& req) {
  domain::Contact input;
  if (auto res = read_body(s, req, input, read_contact)) return std::move(*res);
  auto id = service(s).create_contact(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto found = service(s).find_contact(region_of(req), *id);
  if (!found || !found->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return created(contact_json(**found), "/api/v1/contacts/" + std::to_string(*id));
}

http::Response patch_contact(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto current = service(s).find_contact(region_of(req), id);
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  domain::Contact input = **current;  // PATCH: absent fields keep their value
  if (auto res = read_body(s, req, input, read_contact)) return std::move(*res);
  input.id = id;
  auto updated = service(s).update_contact(caller_of(req), input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_contact(s, req);
}

http::Response delete_contact(Services& s, http::Request& req) {
  auto deleted = service(s).delete_contact(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

http::Response anonymise_contact(Services& s, http::Request& req) {
  auto done = service(s).anonymise_contact(caller_of(req), *req.int_param("id"), unix_now());
  if (!done) return json_error(s, req, done.error());
  return get_contact(s, req);
}

// ----- memberships -----

json::object membership_view_json(const storage::MembershipView& v) {
  auto j = membership_json(v.membership);
  j["network_name"] = v.network_name;
  j["organisation_name"] = v.organisation_name;
  return j;
}

// By network_id or organisation_id (one of them), on as_of (empty: every period).
http::Response list_memberships(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  const auto as_of = req.query.get_or("as_of", "");
  if (!as_of.empty() && !domain::is_iso_date(as_of))
    return json_error(s, req, Error::invalid("validation.form", {{"as_of", "validation.date"}}));
  const auto network = req.query.get_or("network_id", "");
  const auto organisation = req.query.get_or("organisation_id", "");
  Result<std::vector<storage::MembershipView>> found = std::vector<storage::MembershipView>{};
  if (!network.empty()) {
    const auto id = parse_int(network);
    if (!id) return json_error(s, req, Error::invalid("validation.form", {{"network_id", "validation.number"}}));
    auto exists = service(s).find_network(region_id, *id);
    if (!exists) return json_error(s, req, exists.error());
    if (!exists->has_value()) return json_error(s, req, Error::not_found());
    found = service(s).members_of(region_id, *id, as_of);
  } else if (!organisation.empty()) {
    const auto id = parse_int(organisation);
    if (!id) return json_error(s, req, Error::invalid("validation.form", {{"organisation_id", "validation.number"}}));
    auto exists = service(s).find_organisation(region_id, *id);
    if (!exists) return json_error(s, req, exists.error());
    if (!exists->has_value()) return json_error(s, req, Error::not_found());
    found = service(s).networks_of(region_id, *id, as_of);
  } else {
    return json_error(s, req, Error::invalid("validation.form", {{"network_id", "validation.required"}}));
  }
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& v : *found) items.push_back(membership_view_json(v));
  return json_response(json::object{{"items", items}, {"as_of", as_of}});
}

Result<std::optional<domain::Membership>> find_membership(Services& s, const http::Request& req, domain::Id id) {
  const auto region_id = region_of(req);
  return s.db.read_value([&](storage::UnitOfWork& uow) { return uow.memberships().find(region_id, id); });
}

http::Response get_membership(Services& s, http::Request& req) {
  auto found = find_membership(s, req, *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  return json_response(membership_json(**found));
}

http::Response create_membership(Services& s, http::Request& req) {
  domain::Membership input;
  if (auto res = read_body(s, req, input, [](Reader& r, domain::Membership& m) { read_membership(r, m, true); }))
    return std::move(*res);
  auto id = service(s).create_membership(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto found = find_membership(s, req, *id);
  if (!found || !found->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return created(membership_json(**found), "/api/v1/memberships/" + std::to_string(*id));
}

http::Response patch_membership(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto current = find_membership(s, req, id);
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  domain::Membership input = **current;
  if (auto res = read_body(s, req, input, [](Reader& r, domain::Membership& m) { read_membership(r, m, false); }))
    return std::move(*res);
  auto updated = service(s).update_membership(caller_of(req), input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_membership(s, req);
}

http::Response delete_membership(Services& s, http::Request& req) {
  auto deleted = service(s).delete_membership(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

// ----- ties -----

json::object tie_view_json(const storage::TieView& v) {
  auto j = tie_json(v.tie);
  j["organisation_a_name"] = v.organisation_a_name;
  j["organisation_b_name"] = v.organisation_b_name;
  return j;
}

// Every tie of the region, or those of one organisation (organisation_id).
http::Response list_ties(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  Result<std::vector<storage::TieView>> found = std::vector<storage::TieView>{};
  if (const auto organisation = req.query.get_or("organisation_id", ""); !organisation.empty()) {
    const auto id = parse_int(organisation);
    if (!id) return json_error(s, req, Error::invalid("validation.form", {{"organisation_id", "validation.number"}}));
    auto exists = service(s).find_organisation(region_id, *id);
    if (!exists) return json_error(s, req, exists.error());
    if (!exists->has_value()) return json_error(s, req, Error::not_found());
    found = service(s).ties_of(region_id, *id);
  } else {
    found = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.ties().list(region_id); });
  }
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& v : *found) items.push_back(tie_view_json(v));
  return json_response(json::object{{"items", items}, {"total", items.size()}});
}

Result<std::optional<domain::Tie>> find_tie(Services& s, const http::Request& req, domain::Id id) {
  const auto region_id = region_of(req);
  return s.db.read_value([&](storage::UnitOfWork& uow) { return uow.ties().find(region_id, id); });
}

http::Response get_tie(Services& s, http::Request& req) {
  auto found = find_tie(s, req, *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  return json_response(tie_json(**found));
}

http::Response create_tie(Services& s, http::Request& req) {
  domain::Tie input;
  if (auto res = read_body(s, req, input, read_tie)) return std::move(*res);
  auto id = service(s).create_tie(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto found = find_tie(s, req, *id);
  if (!found || !found->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return created(tie_json(**found), "/api/v1/ties/" + std::to_string(*id));
}

http::Response patch_tie(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto current = find_tie(s, req, id);
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  domain::Tie input = **current;
  if (auto res = read_body(s, req, input, read_tie)) return std::move(*res);
  input.id = id;
  auto updated = service(s).update_tie(caller_of(req), input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_tie(s, req);
}

http::Response delete_tie(Services& s, http::Request& req) {
  auto deleted = service(s).delete_tie(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

// ----- transfers -----

// With network_id: what came into that network and what went out of it; else every transfer
// of the region, newest first, paged.
http::Response list_transfers(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  if (const auto network = req.query.get_or("network_id", ""); !network.empty()) {
    const auto id = parse_int(network);
    if (!id) return json_error(s, req, Error::invalid("validation.form", {{"network_id", "validation.number"}}));
    auto exists = service(s).find_network(region_id, *id);
    if (!exists) return json_error(s, req, exists.error());
    if (!exists->has_value()) return json_error(s, req, Error::not_found());
    auto found = service(s).transfers_of(region_id, *id);
    if (!found) return json_error(s, req, found.error());
    json::array incoming;
    json::array outgoing;
    for (const auto& v : found->incoming) incoming.push_back(transfer_view_json(v));
    for (const auto& v : found->outgoing) outgoing.push_back(transfer_view_json(v));
    return json_response(json::object{{"network_id", *id}, {"incoming", incoming}, {"outgoing", outgoing}});
  }
  const auto page = paging(req);
  if (!page) return paging_error(s, req);
  auto found = service(s).list_transfers(region_id, page->first, page->second);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& v : found->items) items.push_back(transfer_view_json(v));
  return json_response(
      json::object{{"items", items}, {"total", found->total}, {"limit", page->first}, {"offset", page->second}});
}

Result<std::optional<domain::Transfer>> find_transfer(Services& s, const http::Request& req, domain::Id id) {
  const auto region_id = region_of(req);
  return s.db.read_value([&](storage::UnitOfWork& uow) { return uow.transfers().find(region_id, id); });
}

http::Response get_transfer(Services& s, http::Request& req) {
  auto found = find_transfer(s, req, *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  return json_response(transfer_json(**found));
}

http::Response create_transfer(Services& s, http::Request& req) {
  domain::Transfer input;
  if (auto res = read_body(s, req, input, read_transfer)) return std::move(*res);
  auto id = service(s).create_transfer(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto found = find_transfer(s, req, *id);
  if (!found || !found->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return created(transfer_json(**found), "/api/v1/transfers/" + std::to_string(*id));
}

http::Response patch_transfer(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto current = find_transfer(s, req, id);
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  domain::Transfer input = **current;
  if (auto res = read_body(s, req, input, read_transfer)) return std::move(*res);
  input.id = id;
  auto updated = service(s).update_transfer(caller_of(req), input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_transfer(s, req);
}

http::Response delete_transfer(Services& s, http::Request& req) {
  auto deleted = service(s).delete_transfer(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

}  // namespace

void register_register_more_api_routes(Routes& routes) {
  const auto readers = Access::api(domain::RoleSet::regional());
  const auto staff = Access::api({Role::admin, Role::staff});
  const auto contact_editors = Access::api({Role::admin, Role::staff, Role::partner});
  using http::Method;
  routes.get("/api/v1/contacts", readers, list_contacts);
  routes.post("/api/v1/contacts", contact_editors, create_contact);
  routes.get("/api/v1/contacts/{id:int}", readers, get_contact);
  routes.add(Method::patch, "/api/v1/contacts/{id:int}", contact_editors, patch_contact);
  routes.add(Method::delete_, "/api/v1/contacts/{id:int}", contact_editors, delete_contact);
  routes.post("/api/v1/contacts/{id:int}/anonymise", contact_editors, anonymise_contact);

  routes.get("/api/v1/memberships", readers, list_memberships);
  routes.post("/api/v1/memberships", staff, create_membership);
  routes.get("/api/v1/memberships/{id:int}", readers, get_membership);
  routes.add(Method::patch, "/api/v1/memberships/{id:int}", staff, patch_membership);
  routes.add(Method::delete_, "/api/v1/memberships/{id:int}", staff, delete_membership);

  routes.get("/api/v1/ties", readers, list_ties);
  routes.post("/api/v1/ties", staff, create_tie);
  routes.get("/api/v1/ties/{id:int}", readers, get_tie);
  routes.add(Method::patch, "/api/v1/ties/{id:int}", staff, patch_tie);
  routes.add(Method::delete_, "/api/v1/ties/{id:int}", staff, delete_tie);

  routes.get("/api/v1/transfers", readers, list_transfers);
  routes.post("/api/v1/transfers", staff, create_transfer);
  routes.get("/api/v1/transfers/{id:int}", readers, get_transfer);
  routes.add(Method::patch, "/api/v1/transfers/{id:int}", staff, patch_transfer);
  routes.add(Method::delete_, "/api/v1/transfers/{id:int}", staff, delete_transfer);
}

}  // namespace bb::web
