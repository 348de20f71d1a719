// The region admin's organisation types (issue 3: "Region admins can add types"): the list of
// built-in and region-defined types with their use, a form for a new type (German and English
// label, key), renaming, and deactivating an unused region-defined type. Only role admin
// reaches these routes; the service checks the role again and scopes every query to the
// admin's region, so another region's types are neither listed nor found.
#include "core/clock.hpp"
#include "web/page.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <algorithm>

namespace bb::web {

namespace {

using namespace register_support;
using register_pages::service;
using register_pages::text;

// The label a type shows in the request's language.
std::string label_of(const Services& s, const http::Request& req, const services::OrganisationTypeOption& t) {
  return t.label_key.empty() ? t.display_label(state(req).language) : text(s, req, t.label_key);
}

http::Response types_page(Services& s, http::Request& req, const services::OrganisationTypeInput& input,
                          const std::optional<Error>& error, http::Status status) {
  auto types = service(s).region_types(caller_of(req));
  if (!types) return error_response(s, req, types.error());
  Page page(s, req, "organisation_types", "register_admin.types.title", "nav.types");
  auto& c = page.content();
  for (const auto& row : *types) {
    auto* r = c.AddSectionDictionary("TYPE");
    r->SetValue("LABEL", label_of(s, req, row.type));
    r->SetValue("KEY", row.type.key);
    r->SetValue("ORIGIN", text(s, req, row.type.label_key.empty() ? "register_admin.types.origin_region"
                                                                   : "register_admin.types.origin_builtin"));
    r->SetIntValue("COUNT", static_cast<long>(row.organisations));
    r->SetValue("STATUS", text(s, req, row.type.active ? "register_admin.types.active" : "register_admin.types.inactive"));
    if (row.type.label_key.empty()) r->ShowSection("CUSTOM");
  }
  c.SetValue("NEW_LABEL", input.label);
  c.SetValue("NEW_LABEL_EN", input.label_en);
  c.SetValue("NEW_KEY", input.key);
  if (error) page.set_form_errors(*error);
  const auto saved = req.query.get_or("saved", "");
  if (saved == "created") page.set_notice("register_admin.types.created");
  return page.respond(status);
}

http::Response list_types(Services& s, http::Request& req) { return types_page(s, req, {}, std::nullopt, http::Status::ok); }

services::OrganisationTypeInput type_input(const http::Params& form) {
  return {form.get_or("key", ""), form.get_or("label", ""), form.get_or("label_en", "")};
}

http::Response create_type(Services& s, http::Request& req) {
  const auto input = type_input(req.form().value_or(http::Params{}));
  auto created = service(s).add_organisation_type(caller_of(req), input, unix_now());
  if (!created) return types_page(s, req, input, created.error(), status_for(created.error().code));
  return http::Response::redirect("/admin/types?saved=created");
}

// One region-defined type: rename it, and deactivate (or activate) it.
http::Response type_page(Services& s, http::Request& req, const std::string& key,
                         const std::optional<services::OrganisationTypeInput>& input, const std::optional<Error>& error,
                         http::Status status) {
  auto types = service(s).region_types(caller_of(req));
  if (!types) return error_response(s, req, types.error());
  const auto row = std::find_if(types->begin(), types->end(), [&](const services::RegionTypeUse& r) {
    return r.type.key == key && r.type.label_key.empty();
  });
  if (row == types->end()) return error_response(s, req, Error::not_found());
  Page page(s, req, "organisation_type_form", "register_admin.types.edit_title", "nav.types");
  page.set_title(label_of(s, req, row->type));
  auto& c = page.content();
  c.SetValue("KEY", row->type.key);
  c.SetValue("LABEL", input ? input->label : row->type.label);
  c.SetValue("LABEL_EN", input ? input->label_en : row->type.label_en);
  c.SetValue("USED_BY", s.catalog.format(state(req).language, "register_admin.types.used_by",
                                         {{"count", std::to_string(row->organisations)}}));
  c.ShowSection(row->type.active ? "ACTIVE" : "INACTIVE");
  if (error) page.set_form_errors(*error);
  if (error && error->code == ErrorCode::conflict) c.ShowSection("IN_USE");
  const auto saved = req.query.get_or("saved", "");
  if (saved == "renamed") page.set_notice("register_admin.types.renamed");
  if (saved == "deactivated") page.set_notice("register_admin.types.deactivated");
  if (saved == "activated") page.set_notice("register_admin.types.activated");
  return page.respond(status);
}

std::string key_of(const http::Request& req) {
  const auto found = req.path_params.find("key");
  return found == req.path_params.end() ? std::string() : found->second;
}

http::Response show_type(Services& s, http::Request& req) {
  return type_page(s, req, key_of(req), std::nullopt, std::nullopt, http::Status::ok);
}

http::Response rename_type(Services& s, http::Request& req) {
  const auto key = key_of(req);
  const auto input = type_input(req.form().value_or(http::Params{}));
  auto renamed = service(s).rename_organisation_type(caller_of(req), key, input, unix_now());
  if (!renamed) {
    if (renamed.error().code == ErrorCode::not_found) return error_response(s, req, renamed.error());
    return type_page(s, req, key, input, renamed.error(), status_for(renamed.error().code));
  }
  return http::Response::redirect("/admin/types/" + key + "?saved=renamed");
}

http::Response set_type_active(Services& s, http::Request& req) {
  const auto key = key_of(req);
  const bool active = req.form().value_or(http::Params{}).get_or("active", "") == "1";
  auto changed = service(s).set_organisation_type_active(caller_of(req), key, active, unix_now());
  if (!changed) {
    if (changed.error().code == ErrorCode::not_found) return error_response(s, req, changed.error());
    Error shown = changed.error();
    shown.fields.clear();  // the summary says why (the page adds the count), not "correct the fields"
    return type_page(s, req, key, std::nullopt, shown, status_for(shown.code));
  }
  return http::Response::redirect("/admin/types/" + key + (active ? "?saved=activated" : "?saved=deactivated"));
}

}  // namespace

void register_register_admin_routes(Routes& routes) {
  const auto admin = Access::roles_only({domain::Role::admin});
  routes.get("/admin/types", admin, list_types);
  routes.post("/admin/types", admin, create_type);
  routes.get("/admin/types/{key}", admin, show_type);
  routes.post("/admin/types/{key}", admin, rename_type);
  routes.post("/admin/types/{key}/active", admin, set_type_active);
  register_register_admin_api_routes(routes);
}

}  // namespace bb::web
