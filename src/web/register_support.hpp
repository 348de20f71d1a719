#pragma once
// Shared by the register's pages and API (issue 3): the caller of a register write, today's
// date, and the parsing of numbers and choices that both accept.

#include "core/clock.hpp"
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

inline storage::NetworkQuery::Sort network_sort(std::string_view text) {
  using S = storage::NetworkQuery::Sort;
  if (text == "status") return S::status;
  if (text == "updated") return S::updated;
  return S::name;
}

}  // namespace bb::web::register_support
