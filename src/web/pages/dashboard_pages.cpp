// The region dashboard, the region page (municipalities) and the national overview.
#include "web/page.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <cstdint>
#include <map>

namespace bb::web {

namespace {

using domain::Role;

struct RegionFigures {
  std::int64_t municipalities = 0;
  std::map<Role, std::int64_t> users_by_role;
  std::vector<domain::AuditEntry> recent_changes;
};

constexpr Role kRoles[] = {Role::admin, Role::staff, Role::counsellor, Role::partner};

// The dashboard's variable and section names as static template strings (see web/page.cpp).
const ctemplate::StaticTemplateString kRegionName = STS_INIT(kRegionName, "REGION_NAME");
const ctemplate::StaticTemplateString kGreeting = STS_INIT(kGreeting, "GREETING");
const ctemplate::StaticTemplateString kMunicipalityCount = STS_INIT(kMunicipalityCount, "MUNICIPALITY_COUNT");
const ctemplate::StaticTemplateString kRoleCount = STS_INIT(kRoleCount, "ROLE_COUNT");
const ctemplate::StaticTemplateString kRole = STS_INIT(kRole, "ROLE");
const ctemplate::StaticTemplateString kCount = STS_INIT(kCount, "COUNT");
const ctemplate::StaticTemplateString kRecentChanges = STS_INIT(kRecentChanges, "RECENT_CHANGES");
const ctemplate::StaticTemplateString kChange = STS_INIT(kChange, "CHANGE");
const ctemplate::StaticTemplateString kAt = STS_INIT(kAt, "AT");
const ctemplate::StaticTemplateString kWho = STS_INIT(kWho, "WHO");
const ctemplate::StaticTemplateString kAction = STS_INIT(kAction, "ACTION");
const ctemplate::StaticTemplateString kObject = STS_INIT(kObject, "OBJECT");
const ctemplate::StaticTemplateString kNoChanges = STS_INIT(kNoChanges, "NO_CHANGES");

http::Response dashboard(Services& s, http::Request& req) {
  const auto& st = state(req);
  if (st.principal->user.role == Role::national) return http::Response::redirect("/national");
  const auto region_id = st.region->id;
  const bool admin = st.principal->user.role == Role::admin;
  auto figures = s.db.read_value([&](storage::UnitOfWork& uow) -> Result<RegionFigures> {
    RegionFigures f;
    auto municipalities = uow.regions().count_municipalities(region_id);
    if (!municipalities) return municipalities.error();
    f.municipalities = *municipalities;
    auto users = uow.users().count_active_by_role(region_id);
    if (!users) return users.error();
    f.users_by_role = std::move(*users);
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
  c.SetValue(kRegionName, st.region->name);
  c.SetValue(kGreeting, s.catalog.format(st.language, "dashboard.greeting", {{"name", st.principal->user.display_name}}));
  c.SetValue(kMunicipalityCount,
             s.catalog.format(st.language, "dashboard.municipality_count",
                              {{"count", std::to_string(figures->municipalities)}}));
  for (Role role : kRoles) {
    auto* row = c.AddSectionDictionary(kRoleCount);
    row->SetValue(kRole, s.catalog.text(st.language, "role." + std::string(domain::to_string(role))));
    row->SetIntValue(kCount, static_cast<long>(figures->users_by_role[role]));
  }
  if (admin) {
    auto* recent = c.AddSectionDictionary(kRecentChanges);
    for (const auto& entry : figures->recent_changes) {
      auto* row = recent->AddSectionDictionary(kChange);
      row->SetValue(kAt, format_time(entry.at, st.language));
      row->SetValue(kWho, entry.user_name.empty() ? s.catalog.text(st.language, "audit.system") : entry.user_name);
      row->SetValue(kAction, s.catalog.text(st.language, "audit.action." + entry.action));
      row->SetValue(kObject, s.catalog.text(st.language, "audit.object." + entry.object_type) + " " + entry.object_id);
    }
    if (figures->recent_changes.empty()) recent->ShowSection(kNoChanges);
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
    auto municipalities = uow.regions().count_municipalities(region.id);
    if (!municipalities) return municipalities.error();
    a.municipalities = static_cast<std::size_t>(*municipalities);
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
