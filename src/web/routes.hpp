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
// The Azubi-Speeddating planner (issue 7): pages and API (web/pages/speeddating_pages.cpp, web/api/speeddating_api.cpp).
void register_speeddating_routes(Routes& routes);

}  // namespace bb::web
