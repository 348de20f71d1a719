// Export of the register's organisation list (issue 3): GET /organisations/export.csv and
// /organisations/export.xlsx give the list exactly as filtered by the same query parameters as
// /organisations, all pages (services/spreadsheet.hpp: BOM, semicolons, formula cells
// neutralised). The imports of all kinds are in import_pages.cpp.
#include "core/clock.hpp"
#include "domain/normalise.hpp"
#include "http/multipart.hpp"
#include "services/import.hpp"
#include "services/spreadsheet.hpp"
#include "web/page.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using namespace register_pages;

// ======================================================================= export

Result<services::Table> organisation_table(Services& s, const http::Request& req) {
  const auto region_id = region_of(req);
  const auto language = state(req).language;
  auto municipalities =
      s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
  if (!municipalities) return municipalities.error();
  auto types = service(s).organisation_types(region_id);
  if (!types) return types.error();
  const auto municipality = [&](std::optional<domain::Id> id) -> std::string {
    if (!id) return {};
    for (const auto& m : *municipalities)
      if (m.id == *id) return m.name;
    return {};
  };
  const auto type_label = [&](const std::string& key) -> std::string {
    for (const auto& t : *types)
      if (t.key == key) return t.label_key.empty() ? t.label : s.catalog.text(language, t.label_key);
    return key;
  };
  const auto flag = [&](bool b) { return s.catalog.text(language, b ? "register.filter.yes" : "register.filter.no"); };

  services::Table table;
  // The headings are the import's field names, so that an export can be imported again.
  for (const auto& field : services::import_fields(services::ImportKind::organisations))
    table.header.push_back(s.catalog.text(language, "import.field." + std::string(field.key)));
  storage::OrganisationQuery query = organisation_query_from(req.query);
  query.limit = 1000;  // the repository's largest page: all pages are fetched in turn
  for (query.offset = 0;; query.offset += query.limit) {
    auto page = service(s).list_organisations(region_id, query);
    if (!page) return page.error();
    for (const auto& o : page->items) {
      table.rows.push_back({std::to_string(o.id), o.name, type_label(o.type), municipality(o.municipality_id),
                            o.address, o.website, o.email, o.phone, readable_list(o.languages), readable_list(o.tags),
                            o.notes, flag(o.active), o.size ? std::string(domain::to_string(*o.size)) : std::string(),
                            o.sector, flag(o.migrant_led), flag(o.may_train), flag(o.trains_now)});
    }
    if (page->items.size() < static_cast<std::size_t>(query.limit)) break;
  }
  return table;
}

http::Response download(std::string body, const char* type, const std::string& filename) {
  auto res = http::Response::text(std::move(body));
  res.headers.set("Content-Type", type);
  res.headers.set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return res;
}

std::string export_name(const char* extension) {
  return "organisations-" + today() + extension;
}

http::Response export_organisations_csv(Services& s, http::Request& req) {
  auto table = organisation_table(s, req);
  if (!table) return error_response(s, req, table.error());
  return download(services::to_csv(*table), "text/csv; charset=utf-8", export_name(".csv"));
}

http::Response export_organisations_xlsx(Services& s, http::Request& req) {
  auto table = organisation_table(s, req);
  if (!table) return error_response(s, req, table.error());
  auto bytes = services::to_xlsx(*table, text(s, req, "register.organisations.title"));
  if (!bytes) return error_response(s, req, bytes.error());
  return download(std::move(*bytes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  export_name(".xlsx"));
}

}  // namespace

void register_import_export_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  routes.get("/organisations/export.csv", readers, export_organisations_csv);
  routes.get("/organisations/export.xlsx", readers, export_organisations_xlsx);
  register_import_routes(routes);  // web/pages/import_pages.cpp
}

}  // namespace bb::web
