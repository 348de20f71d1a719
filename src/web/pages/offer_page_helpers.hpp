#pragma once
// Shared by the pages of offers & needs (issue 5): the services, the labels of the closed value
// sets, the names of municipalities and organisations, option lists and the list pager. The
// register's helpers (register_page_helpers.hpp) provide texts, options and the history.

#include "services/offer_service.hpp"
#include "web/pages/register_page_helpers.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace bb::web::offer_pages {

using namespace register_pages;

inline services::OfferService offers(Services& s) { return services::OfferService(s.db); }
inline services::AssessmentService checks(Services& s) { return services::AssessmentService(s.db); }
inline services::NeedService needs(Services& s) { return services::NeedService(s.db); }

inline constexpr int kPageSize = 25;

// "offers.<set>.<key>" in the UI language ("offers.target_group.parents" -> "Eltern").
inline std::string label(const Services& s, const http::Request& req, std::string_view set, std::string_view key) {
  return text(s, req, "offers." + std::string(set) + "." + std::string(key));
}

template <std::size_t N>
void add_choices(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c, const char* section,
                 std::string_view set, const std::array<std::string_view, N>& keys, std::string_view selected) {
  for (auto key : keys) add_option(c, section, std::string(key), label(s, req, set, key), key == selected);
}

inline std::string labels(const Services& s, const http::Request& req, std::string_view set,
                          const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + label(s, req, set, k);
  return out;
}

inline int page_number(const http::Request& req) {
  return static_cast<int>(std::clamp<std::int64_t>(parse_int(req.query.get_or("page", "1")).value_or(1), 1, 1000000));
}

// PAGE_INFO, PREV and NEXT of a list with the current filters (register.page_info texts).
inline void add_pager(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                      const std::string& base, int page, std::int64_t total) {
  const auto pages = std::max<std::int64_t>(1, (total + kPageSize - 1) / kPageSize);
  c.SetValue("PAGE_INFO", s.catalog.format(state(req).language, "register.page_info",
                                           {{"page", std::to_string(page)}, {"pages", std::to_string(pages)},
                                            {"total", std::to_string(total)}}));
  const std::string filters = filter_query(req.query);
  const std::string joiner = filters.empty() ? "?" : "&";
  if (page > 1) c.AddSectionDictionary("PREV")->SetValue("HREF", base + filters + joiner + "page=" + std::to_string(page - 1));
  if (page < pages) c.AddSectionDictionary("NEXT")->SetValue("HREF", base + filters + joiner + "page=" + std::to_string(page + 1));
}

inline Result<std::vector<domain::Municipality>> municipalities(Services& s, domain::Id region_id) {
  return s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
}

inline std::string municipality_name(const std::vector<domain::Municipality>& all, std::optional<domain::Id> id) {
  if (!id) return {};
  for (const auto& m : all)
    if (m.id == *id) return m.name;
  return {};
}

// "Garbsen, Hannover", or the whole region when the list is empty.
inline std::string served_names(const Services& s, const http::Request& req,
                                const std::vector<domain::Municipality>& all, const std::vector<domain::Id>& ids) {
  if (ids.empty()) return text(s, req, "offers.whole_region");
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ", ") + municipality_name(all, id);
  return out;
}

inline std::optional<domain::Id> optional_id_param(const http::Params& params, std::string_view key) {
  const auto v = params.get_or(key, "");
  if (v.empty()) return std::nullopt;
  return parse_int(v).value_or(0);
}

}  // namespace bb::web::offer_pages
