// JSON API under /api/v1. Same authorisation as the pages (declared per route, enforced by the
// App's middleware); API tokens (Authorization: Bearer) are accepted here, sessions too (with
// the X-CSRF-Token header on writes).
#include "core/clock.hpp"
#include "web/api/json_body.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <boost/json.hpp>

namespace bb::web {

namespace {

using domain::Role;
namespace json = boost::json;

services::Actor actor_of(const http::Request& req) {
  const auto& user = state(req).principal->user;
  return services::Actor{user.id, user.region_id, req.request_id};
}

json::object user_json(const domain::User& u) {
  json::object o;
  o["id"] = u.id;
  o["email"] = u.email;
  o["display_name"] = u.display_name;
  o["role"] = std::string(domain::to_string(u.role));
  o["language"] = std::string(domain::to_string(u.language));
  o["active"] = u.active;
  o["created_at"] = u.created_at;
  return o;
}

json::object token_json(const domain::ApiToken& t) {
  json::object o{{"id", t.id}, {"name", t.name}, {"prefix", t.prefix}, {"created_at", t.created_at}};
  o["last_used_at"] = t.last_used_at ? json::value(*t.last_used_at) : json::value(nullptr);
  o["revoked_at"] = t.revoked_at ? json::value(*t.revoked_at) : json::value(nullptr);
  return o;
}

std::string string_field(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

http::Response me(Services&, http::Request& req) {
  const auto& st = state(req);
  json::object o = user_json(st.principal->user);
  if (st.region) o["region"] = json::object{{"slug", st.region->slug}, {"name", st.region->name}};
  return json_response(o);
}

http::Response region(Services& s, http::Request& req) {
  const auto& st = state(req);
  auto municipalities = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(st.region->id); });
  if (!municipalities) return json_error(s, req, municipalities.error());
  json::array names;
  for (const auto& m : *municipalities) names.push_back(json::object{{"id", m.id}, {"name", m.name}});
  return json_response(json::object{{"id", st.region->id}, {"slug", st.region->slug}, {"name", st.region->name},
                                    {"municipalities", names}});
}

// Figures per region for the national coordination office; no person appears.
http::Response regions(Services& s, http::Request& req) {
  auto data = s.db.read_value([&](storage::UnitOfWork& uow) -> Result<json::array> {
    auto all = uow.regions().list();
    if (!all) return all.error();
    auto users = uow.users().list_all();
    if (!users) return users.error();
    json::array out;
    for (const auto& r : *all) {
      auto municipalities = uow.regions().municipalities(r.id);
      if (!municipalities) return municipalities.error();
      std::int64_t active_users = 0;
      for (const auto& u : *users)
        if (u.region_id == r.id && u.active) ++active_users;
      out.push_back(json::object{{"slug", r.slug}, {"name", r.name},
                                 {"municipalities", static_cast<std::int64_t>(municipalities->size())},
                                 {"active_users", active_users}});
    }
    return out;
  });
  if (!data) return json_error(s, req, data.error());
  return json_response(json::object{{"regions", *data}});
}

http::Response list_users(Services& s, http::Request& req) {
  auto users = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.users().list_in_region(state(req).region->id); });
  if (!users) return json_error(s, req, users.error());
  json::array items;
  for (const auto& u : *users) items.push_back(user_json(u));
  return json_response(json::object{{"items", items}, {"total", static_cast<std::int64_t>(items.size())}});
}

http::Response get_user(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto user = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.users().find_in_region(state(req).region->id, id); });
  if (!user) return json_error(s, req, user.error());
  if (!user->has_value()) return json_error(s, req, Error::not_found());
  return json_response(user_json(**user));
}

http::Response create_user(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  services::CreateUserInput input;
  input.region_id = state(req).region->id;
  input.email = string_field(o, "email");
  input.display_name = string_field(o, "display_name");
  input.role = string_field(o, "role");
  input.language = o.contains("language") ? string_field(o, "language") : "de";
  input.password = string_field(o, "password");
  if (input.role == "national") return json_error(s, req, Error::invalid("validation.form", {{"role", "validation.role"}}));
  auto id = s.users.create(actor_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto user = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.users().find(*id); });
  if (!user || !user->has_value()) return json_error(s, req, Error::internal("error.internal"));
  auto res = json_response(user_json(**user), http::Status::created);
  res.headers.set("Location", "/api/v1/users/" + std::to_string(*id));
  return res;
}

http::Response patch_user(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  const auto region_id = state(req).region->id;
  auto current = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.users().find_in_region(region_id, id); });
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  // PATCH: absent fields keep their value.
  services::UpdateUserInput input{(*current)->display_name, std::string(domain::to_string((*current)->role)),
                                  (*current)->active};
  if (o.contains("display_name")) input.display_name = string_field(o, "display_name");
  if (o.contains("role")) input.role = string_field(o, "role");
  if (const auto* active = o.if_contains("active")) {
    if (!active->is_bool()) return json_error(s, req, Error::invalid("validation.form", {{"active", "validation.boolean"}}));
    input.active = active->as_bool();
  }
  if (input.role == "national") return json_error(s, req, Error::invalid("validation.form", {{"role", "validation.role"}}));
  auto updated = s.users.update(actor_of(req), region_id, id, input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_user(s, req);
}

http::Response audit(Services& s, http::Request& req) {
  int limit = 50;
  int offset = 0;
  try {
    limit = std::clamp(std::stoi(req.query.get_or("limit", "50")), 1, 500);
    offset = std::max(0, std::stoi(req.query.get_or("offset", "0")));
  } catch (const std::exception&) {
    return json_error(s, req, Error::invalid("validation.form", {{"limit", "validation.number"}}));
  }
  const auto region_id = state(req).region->id;
  auto entries = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.audit().list_for_region(region_id, limit, offset); });
  if (!entries) return json_error(s, req, entries.error());
  json::array items;
  for (const auto& e : *entries) {
    json::object o{{"id", e.id}, {"at", e.at}, {"action", e.action}, {"object_type", e.object_type},
                   {"object_id", e.object_id}, {"user", e.user_name}, {"request_id", e.request_id}};
    boost::system::error_code ec;
    o["before"] = json::parse(e.before_json, ec);
    o["after"] = json::parse(e.after_json, ec);
    items.push_back(std::move(o));
  }
  return json_response(json::object{{"items", items}, {"limit", limit}, {"offset", offset}});
}

http::Response list_tokens(Services& s, http::Request& req) {
  auto tokens = s.users.tokens(state(req).principal->user.id);
  if (!tokens) return json_error(s, req, tokens.error());
  json::array items;
  for (const auto& t : *tokens) items.push_back(token_json(t));
  return json_response(json::object{{"items", items}});
}

http::Response create_token(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  auto created = s.users.create_token(actor_of(req), state(req).principal->user.id,
                                      string_field(std::get<json::object>(body), "name"), unix_now());
  if (!created) return json_error(s, req, created.error());
  return json_response(json::object{{"id", created->id}, {"token", created->token}}, http::Status::created);
}

http::Response revoke_token(Services& s, http::Request& req) {
  auto revoked = s.users.revoke_token(actor_of(req), state(req).principal->user.id, *req.int_param("id"), unix_now());
  if (!revoked) return json_error(s, req, revoked.error());
  return http::Response::empty(http::Status::no_content);
}

}  // namespace

void register_api_routes(Routes& routes) {
  const auto anyone_signed_in = Access::api();
  const auto regional = Access::api(domain::RoleSet::regional());
  const auto admin = Access::api({Role::admin});
  routes.get("/api/v1/me", anyone_signed_in, me);
  routes.get("/api/v1/region", regional, region);
  routes.get("/api/v1/regions", Access::api({Role::national}), regions);
  routes.get("/api/v1/users", admin, list_users);
  routes.post("/api/v1/users", admin, create_user);
  routes.get("/api/v1/users/{id:int}", admin, get_user);
  routes.add(http::Method::patch, "/api/v1/users/{id:int}", admin, patch_user);
  routes.get("/api/v1/audit", admin, audit);
  routes.get("/api/v1/me/tokens", anyone_signed_in, list_tokens);
  routes.post("/api/v1/me/tokens", anyone_signed_in, create_token);
  routes.add(http::Method::delete_, "/api/v1/me/tokens/{id:int}", anyone_signed_in, revoke_token);
}

}  // namespace bb::web
