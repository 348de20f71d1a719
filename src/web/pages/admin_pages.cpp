// Region administration: the region's users and the audit log. Only role admin reaches these
// routes, and every query is scoped to the admin's own region.
#include "core/clock.hpp"
#include "web/page.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/parse.hpp>

namespace bb::web {

namespace {

using domain::Role;
constexpr Role kAssignableRoles[] = {Role::admin, Role::staff, Role::counsellor, Role::partner};
constexpr int kAuditPageSize = 50;

services::Actor actor_of(const http::Request& req) {
  const auto& user = state(req).principal->user;
  return services::Actor{user.id, user.region_id, req.request_id};
}

domain::Id region_of(const http::Request& req) { return state(req).region->id; }

void add_role_options(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& dict,
                      std::string_view selected) {
  for (Role role : kAssignableRoles) {
    auto* option = dict.AddSectionDictionary("ROLE_OPTION");
    option->SetValue("VALUE", std::string(domain::to_string(role)));
    option->SetValue("LABEL", s.catalog.text(state(req).language, "role." + std::string(domain::to_string(role))));
    if (domain::to_string(role) == selected) option->ShowSection("SELECTED");
  }
}

http::Response list_users(Services& s, http::Request& req) {
  const auto& st = state(req);
  auto users = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.users().list_in_region(region_of(req)); });
  if (!users) return error_response(s, req, users.error());
  Page page(s, req, "users", "users.title", "nav.users");
  for (const auto& u : *users) {
    auto* row = page.content().AddSectionDictionary("USER");
    row->SetIntValue("ID", static_cast<long>(u.id));
    row->SetValue("NAME", u.display_name);
    row->SetValue("EMAIL", u.email);
    row->SetValue("ROLE", s.catalog.text(st.language, "role." + std::string(domain::to_string(u.role))));
    row->SetValue("STATUS", s.catalog.text(st.language, u.active ? "users.active" : "users.inactive"));
  }
  if (req.query.get_or("saved", "") == "created") page.set_notice("users.created");
  return page.respond();
}

http::Response new_user_form(Services& s, http::Request& req, const services::CreateUserInput& input,
                             const std::optional<Error>& error, http::Status status) {
  Page page(s, req, "user_new", "users.new_title", "nav.users");
  auto& c = page.content();
  c.SetValue("EMAIL", input.email);
  c.SetValue("NAME", input.display_name);
  add_role_options(s, req, c, input.role.empty() ? "staff" : input.role);
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_user(Services& s, http::Request& req) {
  return new_user_form(s, req, {}, std::nullopt, http::Status::ok);
}

http::Response create_user(Services& s, http::Request& req) {
  const auto form = req.form().value_or(http::Params{});
  services::CreateUserInput input;
  input.region_id = region_of(req);
  input.email = form.get_or("email", "");
  input.display_name = form.get_or("display_name", "");
  input.role = form.get_or("role", "");
  input.language = form.get_or("language", "de");
  input.password = form.get_or("password", "");
  // Region admins cannot create national accounts; that is an operator's job (CLI).
  if (input.role == "national") return new_user_form(s, req, input, Error::invalid("validation.form", {{"role", "validation.role"}}), http::Status::unprocessable_entity);
  auto created = s.users.create(actor_of(req), input, unix_now());
  if (!created) return new_user_form(s, req, input, created.error(), status_for(created.error().code));
  return http::Response::redirect("/admin/users?saved=created");
}

http::Response user_page(Services& s, http::Request& req, domain::Id user_id, const std::optional<Error>& error,
                         std::string_view notice, http::Status status) {
  const auto& st = state(req);
  struct Loaded {
    domain::User user;
    std::vector<domain::AuditEntry> history;
  };
  auto loaded = s.db.read_value([&](storage::UnitOfWork& uow) -> Result<Loaded> {
    auto user = uow.users().find_in_region(region_of(req), user_id);
    if (!user) return user.error();
    if (!user->has_value()) return Error::not_found();
    auto history = uow.audit().list_for_object(region_of(req), "user", std::to_string(user_id));
    if (!history) return history.error();
    return Loaded{**user, std::move(*history)};
  });
  if (!loaded) return error_response(s, req, loaded.error());
  const auto& user = loaded->user;
  Page page(s, req, "user_edit", "users.edit_title", "nav.users");
  page.set_title(user.display_name);
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(user.id));
  c.SetValue("NAME", user.display_name);
  c.SetValue("EMAIL", user.email);
  if (user.active) c.ShowSection("ACTIVE_CHECKED");
  add_role_options(s, req, c, domain::to_string(user.role));
  if (error) page.set_form_errors(*error);
  if (!notice.empty()) page.set_notice(notice);
  for (const auto& entry : loaded->history) {
    auto* row = c.AddSectionDictionary("HISTORY");
    row->SetValue("AT", format_time(entry.at, st.language));
    row->SetValue("WHO", entry.user_name.empty() ? s.catalog.text(st.language, "audit.system") : entry.user_name);
    row->SetValue("ACTION", s.catalog.text(st.language, "audit.action." + entry.action));
    row->SetValue("CHANGES", describe_changes(entry.before_json, entry.after_json));
  }
  return page.respond(status);
}

}  // namespace

// "role: staff → admin; active: true → false" from the audit entry's before/after objects.
std::string describe_changes(std::string_view before_json, std::string_view after_json) {
  boost::system::error_code ec1;
  boost::system::error_code ec2;
  auto before = boost::json::parse(before_json, ec1);
  auto after = boost::json::parse(after_json, ec2);
  if (ec1 || ec2 || !before.is_object() || !after.is_object()) return {};
  std::string out;
  auto text = [](const boost::json::value* v) {
    if (!v) return std::string("–");
    if (v->is_string()) return std::string(v->as_string());
    return boost::json::serialize(*v);
  };
  std::vector<std::string> keys;
  for (const auto& [k, _] : after.as_object()) keys.emplace_back(k);
  for (const auto& [k, _] : before.as_object())
    if (!after.as_object().contains(k)) keys.emplace_back(k);
  for (const auto& key : keys) {
    const auto* b = before.as_object().if_contains(key);
    const auto* a = after.as_object().if_contains(key);
    if (b && a && *b == *a) continue;
    if (!out.empty()) out += "; ";
    out += key + ": " + text(b) + " → " + text(a);
  }
  return out;
}

namespace {

http::Response show_user(Services& s, http::Request& req) {
  const auto saved = req.query.get_or("saved", "");
  return user_page(s, req, *req.int_param("id"), std::nullopt,
                   saved == "password" ? "users.password_reset_done" : (saved == "1" ? "common.saved" : ""),
                   http::Status::ok);
}

http::Response update_user(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  services::UpdateUserInput input{form.get_or("display_name", ""), form.get_or("role", ""),
                                  form.get_or("active", "") == "1"};
  if (input.role == "national") return user_page(s, req, id, Error::invalid("validation.form", {{"role", "validation.role"}}), "", http::Status::unprocessable_entity);
  auto updated = s.users.update(actor_of(req), region_of(req), id, input, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::not_found) return error_response(s, req, updated.error());
    return user_page(s, req, id, updated.error(), "", status_for(updated.error().code));
  }
  return http::Response::redirect("/admin/users/" + std::to_string(id) + "?saved=1");
}

http::Response reset_password(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  auto reset = s.users.reset_password(actor_of(req), id, form.get_or("password", ""), unix_now());
  if (!reset) {
    if (reset.error().code == ErrorCode::not_found) return error_response(s, req, reset.error());
    return user_page(s, req, id, reset.error(), "", status_for(reset.error().code));
  }
  return http::Response::redirect("/admin/users/" + std::to_string(id) + "?saved=password");
}

http::Response audit_log(Services& s, http::Request& req) {
  const auto& st = state(req);
  int page_number = 1;
  try {
    page_number = std::max(1, std::stoi(req.query.get_or("page", "1")));
  } catch (const std::exception&) {
    page_number = 1;
  }
  struct Loaded {
    std::vector<domain::AuditEntry> entries;
    std::int64_t total = 0;
  };
  auto loaded = s.db.read_value([&](storage::UnitOfWork& uow) -> Result<Loaded> {
    auto entries = uow.audit().list_for_region(region_of(req), kAuditPageSize, (page_number - 1) * kAuditPageSize);
    if (!entries) return entries.error();
    auto total = uow.audit().count_for_region(region_of(req));
    if (!total) return total.error();
    return Loaded{std::move(*entries), *total};
  });
  if (!loaded) return error_response(s, req, loaded.error());
  Page page(s, req, "audit", "audit.title", "nav.audit");
  auto& c = page.content();
  for (const auto& entry : loaded->entries) {
    auto* row = c.AddSectionDictionary("ENTRY");
    row->SetValue("AT", format_time(entry.at, st.language));
    row->SetValue("WHO", entry.user_name.empty() ? s.catalog.text(st.language, "audit.system") : entry.user_name);
    row->SetValue("ACTION", s.catalog.text(st.language, "audit.action." + entry.action));
    row->SetValue("OBJECT", s.catalog.text(st.language, "audit.object." + entry.object_type));
    row->SetValue("OBJECT_ID", entry.object_id);
    row->SetValue("CHANGES", describe_changes(entry.before_json, entry.after_json));
  }
  const auto pages = std::max<std::int64_t>(1, (loaded->total + kAuditPageSize - 1) / kAuditPageSize);
  c.SetValue("PAGE_INFO", s.catalog.format(st.language, "audit.page_info",
                                           {{"page", std::to_string(page_number)}, {"pages", std::to_string(pages)}}));
  if (page_number > 1) c.AddSectionDictionary("PREV")->SetIntValue("PAGE", page_number - 1);
  if (page_number < pages) c.AddSectionDictionary("NEXT")->SetIntValue("PAGE", page_number + 1);
  return page.respond();
}

}  // namespace

void register_admin_routes(Routes& routes) {
  const auto admin = Access::roles_only({Role::admin});
  routes.get("/admin/users", admin, list_users);
  routes.get("/admin/users/new", admin, show_new_user);
  routes.post("/admin/users", admin, create_user);
  routes.get("/admin/users/{id:int}", admin, show_user);
  routes.post("/admin/users/{id:int}", admin, update_user);
  routes.post("/admin/users/{id:int}/password", admin, reset_password);
  routes.get("/admin/audit", admin, audit_log);
}

}  // namespace bb::web
