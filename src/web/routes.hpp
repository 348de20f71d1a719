#pragma once
// Route declarations: each route says who may call it. The App's middleware is the one place
// that enforces it (login, role, CSRF); handlers then only parse, call a service and render.

#include "domain/role.hpp"
#include "http/router.hpp"
#include "web/services.hpp"

#include <functional>
#include <string_view>

namespace bb::web {

struct Access {
  bool requires_login = true;
  domain::RoleSet roles = domain::RoleSet::all();
  bool accepts_api_token = false;  // API routes: Authorization: Bearer ...

  static Access anyone() { return Access{false, domain::RoleSet::all(), false}; }
  static Access signed_in() { return Access{true, domain::RoleSet::all(), false}; }
  static Access roles_only(domain::RoleSet roles) { return Access{true, roles, false}; }
  static Access api(domain::RoleSet roles = domain::RoleSet::all()) { return Access{true, roles, true}; }
};

using Handler = std::function<http::Response(Services&, http::Request&)>;

class Routes {
 public:
  Routes(http::Router& router, Services& services) : router_(router), services_(services) {}
  void add(http::Method method, std::string_view pattern, Access access, Handler handler);
  void get(std::string_view pattern, Access access, Handler handler) {
    add(http::Method::get, pattern, access, std::move(handler));
  }
  void post(std::string_view pattern, Access access, Handler handler) {
    add(http::Method::post, pattern, access, std::move(handler));
  }

 private:
  http::Router& router_;
  Services& services_;
};

// Each module registers its routes in one function.
void register_session_routes(Routes& routes);
void register_dashboard_routes(Routes& routes);
void register_account_routes(Routes& routes);
void register_admin_routes(Routes& routes);
void register_api_routes(Routes& routes);
// The register of issue 3 (Akteure & Netzwerke): its pages, which also add its JSON API.
void register_register_routes(Routes& routes);
void register_register_api_routes(Routes& routes);
void register_contact_routes(Routes& routes);        // web/pages/contact_pages.cpp
void register_tie_transfer_routes(Routes& routes);   // web/pages/tie_transfer_pages.cpp
void register_register_more_api_routes(Routes& routes);  // web/api/register_more_api.cpp
void register_import_export_routes(Routes& routes);      // web/pages/register_import_export_pages.cpp
// Events (issue 7): pages, public pages and API (web/pages/event_*.cpp, web/api/event_api.cpp).
void register_event_routes(Routes& routes);
// The network map of issue 4: its page and the layout/export API (web/pages/map_pages.cpp).
void register_map_routes(Routes& routes);
void register_map_api_routes(Routes& routes);  // web/api/map_api.cpp
// The network analysis of issue 4 (Netzwerkkarte & Brückenanalyse).
void register_analysis_routes(Routes& routes);           // web/pages/analysis_pages.cpp
void register_analysis_api_routes(Routes& routes);       // web/api/analysis_api.cpp
// Offers & needs (issue 5): the offer pages register the others and the JSON API.
void register_offer_routes(Routes& routes);       // web/pages/offer_pages.cpp
void register_assessment_routes(Routes& routes);  // web/pages/assessment_pages.cpp
void register_need_routes(Routes& routes);        // web/pages/need_pages.cpp
void register_offer_api_routes(Routes& routes);   // web/api/offer_api.cpp
void register_import_routes(Routes& routes);             // web/pages/import_pages.cpp (all kinds)
void register_register_admin_routes(Routes& routes);     // web/pages/register_admin_pages.cpp (types)
void register_register_admin_api_routes(Routes& routes);  // web/api/register_admin_api.cpp
// The action plan of issue 6 (Handlungsplan): pages (plan_pages.cpp, plan_version_pages.cpp) and API.
void register_plan_routes(Routes& routes);
void register_plan_api_routes(Routes& routes);           // web/api/plan_api.cpp
// The Azubi-Speeddating planner (issue 7): pages and API (web/pages/speeddating_pages.cpp, web/api/speeddating_api.cpp).
void register_speeddating_routes(Routes& routes);

}  // namespace bb::web
