#pragma once
// Shared by the register's pages and API (issue 3): the caller of a register write, today's
// date, and the parsing of numbers and choices that both accept.

#include "core/clock.hpp"
#include "domain/validation.hpp"
#include "services/register_service.hpp"
#include "web/request_state.hpp"

#include <charconv>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace bb::web::register_support {

inline services::RegisterCaller caller_of(const http::Request& req) {
  return services::RegisterCaller::of(state(req).principal->user, req.request_id);
}

inline domain::Id region_of(const http::Request& req) { return state(req).region->id; }

inline bool is_staff(const http::Request& req) {
  const auto role = state(req).principal->user.role;
  return role == domain::Role::admin || role == domain::Role::staff;
}

// "YYYY-MM-DD" of today (UTC).
inline std::string today() {
  const std::time_t t = unix_now();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

inline std::optional<std::int64_t> parse_int(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "1"/"true" -> true, "0"/"false" -> false, anything else: no filter.
inline std::optional<bool> parse_flag(std::string_view text) {
  if (text == "1" || text == "true") return true;
  if (text == "0" || text == "false") return false;
  return std::nullopt;
}

inline storage::OrganisationQuery::Sort organisation_sort(std::string_view text) {
  using S = storage::OrganisationQuery::Sort;
  if (text == "type") return S::type;
  if (text == "municipality") return S::municipality;
  if (text == "updated") return S::updated;
  return S::name;
}

// The filters of the organisation list (/organisations) from its query string, without paging:
// the list page and its CSV/XLSX exports read the same parameters.
inline storage::OrganisationQuery organisation_query_from(const http::Params& q) {
  storage::OrganisationQuery query;
  query.search = q.get_or("q", "");
  if (auto type = q.get_or("type", ""); !type.empty()) query.type = type;
  if (auto m = parse_int(q.get_or("municipality", ""))) query.municipality_id = *m;
  if (auto n = parse_int(q.get_or("network", ""))) {
    query.network_id = *n;
    query.as_of = today();
  }
  if (auto tag = domain::trim(q.get_or("tag", "")); !tag.empty()) query.tag = tag;
  query.migrant_led = parse_flag(q.get_or("migrant_led", ""));
  query.active = parse_flag(q.get_or("active", ""));
  query.sort = organisation_sort(q.get_or("sort", "name"));
  query.descending = q.get_or("order", "") == "desc";
  return query;
}

inline storage::NetworkQuery::Sort network_sort(std::string_view text) {
  using S = storage::NetworkQuery::Sort;
  if (text == "status") return S::status;
  if (text == "updated") return S::updated;
  return S::name;
}

// The filters of the network list (/networks) from its query string, without paging.
inline storage::NetworkQuery network_query_from(const http::Params& q) {
  storage::NetworkQuery query;
  query.search = q.get_or("q", "");
  query.focus = domain::parse_network_focus(q.get_or("focus", ""));
  query.status = domain::parse_network_status(q.get_or("status", ""));
  if (auto m = parse_int(q.get_or("municipality", ""))) query.municipality_id = *m;
  query.sort = network_sort(q.get_or("sort", "name"));
  query.descending = q.get_or("order", "") == "desc";
  return query;
}

}  // namespace bb::web::register_support
