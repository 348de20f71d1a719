#pragma once
// Small helpers shared by the register's further pages (contacts, ties, transfers; issue 3):
// the service, catalog texts, <option> sections, and who may edit an organisation's contacts.
#include <ctemplate/template.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "services/spreadsheet.hpp"
#include "web/cookies.hpp"
#include "web/page.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/services.hpp"

namespace bb::web::register_pages {

using namespace register_support;

inline services::RegisterService service(Services& s) {
  return services::RegisterService(s.db);
}

inline const std::string& text(const Services& s, const http::Request& req, std::string_view key) {
  return s.catalog.text(state(req).language, key);
}

inline void add_option(ctemplate::TemplateDictionary& dict, const char* section, const std::string& value,
                       const std::string& label, bool selected) {
  auto* option = dict.AddSectionDictionary(section);
  option->SetValue("VALUE", value);
  option->SetValue("LABEL", label);
  if (selected) option->ShowSection("SELECTED");
}

inline std::string readable_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// The partner user's own organisation (nullopt for everybody else or when none is linked).
inline std::optional<domain::Id> own_organisation(Services& s, const http::Request& req) {
  const auto& user = state(req).principal->user;
  if (user.role != domain::Role::partner) return std::nullopt;
  auto own = service(s).partner_organisation(region_of(req), user.id);
  if (!own || !own->has_value()) return std::nullopt;
  return **own;
}

// Whether the page offers changes to this organisation's profile and contacts (the service
// decides again on every write).
inline bool may_edit_contacts_of(Services& s, const http::Request& req, domain::Id organisation_id) {
  if (is_staff(req)) return true;
  const auto own = own_organisation(s, req);
  return own && *own == organisation_id;
}

// All organisations (id, name, active) / networks of the region by name, for the choices of
// forms: never cut off (a list page stops at 1000 rows, and a large region has ~15k
// organisations; networks are a few hundred at most, read page by page).
inline Result<std::vector<storage::OrganisationName>> all_organisations(Services& s, domain::Id region_id) {
  return service(s).organisation_names(region_id);
}

inline Result<std::vector<domain::Network>> all_networks(Services& s, domain::Id region_id) {
  constexpr int kChunk = 1000;  // the repository's largest page
  std::vector<domain::Network> out;
  storage::NetworkQuery query;
  query.limit = kChunk;
  for (;; query.offset += kChunk) {
    auto page = service(s).list_networks(region_id, query);
    if (!page) return page.error();
    for (auto& n : page->items) out.push_back(std::move(n));
    if (static_cast<std::int64_t>(out.size()) >= page->total || page->items.empty()) break;
  }
  return out;
}

inline void add_history(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                        const std::vector<domain::AuditEntry>& history) {
  const auto language = state(req).language;
  for (const auto& entry : history) {
    auto* row = c.AddSectionDictionary("HISTORY");
    row->SetValue("AT", format_time(entry.at, language));
    row->SetValue("WHO", entry.user_name.empty() ? s.catalog.text(language, "audit.system") : entry.user_name);
    row->SetValue("ACTION", s.catalog.text(language, "audit.action." + entry.action));
    row->SetValue("CHANGES", describe_changes(entry.before_json, entry.after_json));
  }
  if (history.empty()) c.ShowSection("NO_HISTORY");
}

// A table as a download: CSV (German Excel: BOM, semicolons) or XLSX, named
// "<base>-YYYY-MM-DD.<ext>". Formula cells are neutralised by services/spreadsheet.cpp.
inline http::Response table_download(const services::Table& table, bool xlsx, const std::string& base,
                                     const std::string& sheet_name) {
  std::string body;
  if (xlsx) {
    auto bytes = services::to_xlsx(table, sheet_name);
    if (!bytes) return http::Response::text("export failed", http::Status::internal_server_error);
    body = std::move(*bytes);
  } else {
    body = services::to_csv(table);
  }
  auto res = http::Response::text(std::move(body));
  res.headers.set("Content-Type", xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                       : "text/csv; charset=utf-8");
  res.headers.set("Content-Disposition",
                  "attachment; filename=\"" + base + "-" + today() + (xlsx ? ".xlsx" : ".csv") + "\"");
  return res;
}

// The query string of a list's filters (without page and notice), for its export links.
inline std::string filter_query(const http::Params& q) {
  std::string out;
  for (const auto& [key, value] : q.all()) {
    if (key == "page" || key == "saved" || value.empty()) continue;
    out += (out.empty() ? "?" : "&") + url_encode(key) + "=" + url_encode(value);
  }
  return out;
}

}  // namespace bb::web::register_pages

namespace bb::web {
// One tie on an organisation's page (seen from `perspective`): its direction and period, and
// for staff the edit and end actions (tie_transfer_pages.cpp).
void add_tie_details(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& row,
                     const domain::Tie& tie, domain::Id perspective);
}  // namespace bb::web
