// GET /api/v1/organisation-types: the organisation types the caller's region offers (built-in
// and the region's active own ones), with both labels, for API clients that fill their own
// forms. Every user of a region may read it; another region's types are never listed (the
// service reads the caller's region only).
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <boost/json.hpp>

namespace bb::web {

namespace {

using namespace register_support;
namespace json = boost::json;

http::Response list_types(Services& s, http::Request& req) {
  auto types = services::RegisterService(s.db).organisation_types(region_of(req));
  if (!types) return json_error(s, req, types.error());
  json::array items;
  for (const auto& t : *types) {
    const bool builtin = !t.label_key.empty();
    items.push_back(json::object{
        {"key", t.key},
        {"builtin", builtin},
        {"label_de", builtin ? s.catalog.text(domain::UiLanguage::de, t.label_key) : t.label},
        {"label_en", builtin ? s.catalog.text(domain::UiLanguage::en, t.label_key) : t.display_label(domain::UiLanguage::en)}});
  }
  return json_response(json::object{{"items", items}});
}

}  // namespace

void register_register_admin_api_routes(Routes& routes) {
  routes.get("/api/v1/organisation-types", Access::api(domain::RoleSet::regional()), list_types);
}

}  // namespace bb::web
