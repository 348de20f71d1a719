// The region dashboard, the region page (municipalities) and the national overview.
#include "web/page.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <map>

namespace bb::web {

namespace {

using domain::Role;

struct RegionFigures {
  std::vector<domain::Municipality> municipalities;
  std::map<Role, int> users_by_role;
  std::vector<domain::AuditEntry> recent_changes;
};

constexpr Role kRoles[] = {Role::admin, Role::staff, Role::counsellor, Role::partner};

http::Response dashboard(Services& s, http::Request& req) {
  const auto& st = state(req);
  if (st.principal->user.role == Role::national) return http::Response::redirect("/national");
  const auto region_id = st.region->id;
  const bool admin = st.principal->user.role == Role::admin;
  auto figures = s.db.read_value([&](storage::UnitOfWork& uow) -> Result<RegionFigures> {
    RegionFigures f;
    auto municipalities = uow.regions().municipalities(region_id);
    if (!municipalities) return municipalities.error();
    f.municipalities = std::move(*municipalities);
    auto users = uow.users().list_in_region(region_id);
    if (!users) return users.error();
    for (const auto& u : *users)
      if (u.active) ++f.users_by_role[u.role];
    if (admin) {
      auto recent = uow.audit().list_for_region(region_id, 5, 0);
      if (!recent) return recent.error();
      f.recent_changes = std::move(*recent);
    }
    return f;
  });
  if (!figures) return error_response(s, req, figures.error());

  Page page(s, req, "dashboard", "dashboard.title", "nav.dashboard");
  auto& c = page.content();
  c.SetValue("REGION_NAME", st.region->name);
  c.SetValue("GREETING", s.catalog.format(st.language, "dashboard.greeting", {{"name", st.principal->user.display_name}}));
  c.SetValue("MUNICIPALITY_COUNT",
             s.catalog.format(st.language, "dashboard.municipality_count",
                              {{"count", std::to_string(figures->municipalities.size())}}));
  for (Role role : kRoles) {
    auto* row = c.AddSectionDictionary("ROLE_COUNT");
    row->SetValue("ROLE", s.catalog.text(st.language, "role." + std::string(domain::to_string(role))));
    row->SetIntValue("COUNT", figures->users_by_role[role]);
  }
  if (admin) {
    auto* recent = c.AddSectionDictionary("RECENT_CHANGES");
    for (const auto& entry : figures->recent_changes) {
      auto* row = recent->AddSectionDictionary("CHANGE");
      row->SetValue("AT", format_time(entry.at, st.language));
      row->SetValue("WHO", entry.user_name.empty() ? s.catalog.text(st.language, "audit.system") : entry.user_name);
      row->SetValue("ACTION", s.catalog.text(st.language, "audit.action." + entry.action));
      row->SetValue("OBJECT", s.catalog.text(st.language, "audit.object." + entry.object_type) + " " + entry.object_id);
    }
    if (figures->recent_changes.empty()) recent->ShowSection("NO_CHANGES");
  }
  return page.respond();
}

http::Response region_page(Services& s, http::Request& req) {
  const auto& st = state(req);
  auto municipalities =
      s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(st.region->id); });
  if (!municipalities) return error_response(s, req, municipalities.error());
  Page page(s, req, "region", "region.title", "nav.region");
  page.content().SetValue("REGION_NAME", st.region->name);
  page.content().SetValue("REGION_SLUG", st.region->slug);
  for (const auto& m : *municipalities) page.content().AddSectionDictionary("MUNICIPALITY")->SetValue("NAME", m.name);
  return page.respond();
}

struct RegionAggregate {
  domain::Region region;
  std::size_t municipalities = 0;
  std::size_t users = 0;
};

// National coordination sees figures per region, never a person.
Result<std::vector<RegionAggregate>> region_aggregates(storage::UnitOfWork& uow) {
  auto regions = uow.regions().list();
  if (!regions) return regions.error();
  auto users = uow.users().list_all();
  if (!users) return users.error();
  std::vector<RegionAggregate> out;
  for (const auto& region : *regions) {
    RegionAggregate a{region, 0, 0};
    auto municipalities = uow.regions().municipalities(region.id);
    if (!municipalities) return municipalities.error();
    a.municipalities = municipalities->size();
    for (const auto& u : *users)
      if (u.region_id == region.id && u.active) ++a.users;
    out.push_back(std::move(a));
  }
  return out;
}

http::Response national_page(Services& s, http::Request& req) {
  auto aggregates = s.db.read_value(region_aggregates);
  if (!aggregates) return error_response(s, req, aggregates.error());
  Page page(s, req, "national", "national.title", "nav.national");
  for (const auto& a : *aggregates) {
    auto* row = page.content().AddSectionDictionary("REGION");
    row->SetValue("NAME", a.region.name);
    row->SetIntValue("MUNICIPALITIES", static_cast<long>(a.municipalities));
    row->SetIntValue("USERS", static_cast<long>(a.users));
  }
  return page.respond();
}

}  // namespace


void register_dashboard_routes(Routes& routes) {
  routes.get("/", Access::signed_in(), dashboard);
  routes.get("/region", Access::roles_only(domain::RoleSet::regional()), region_page);
  routes.get("/national", Access::roles_only({Role::national}), national_page);
}

}  // namespace bb::web
