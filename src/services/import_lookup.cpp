// References of imported rows by name or id (services/import_kinds.hpp): municipalities,
// organisations and networks of the region, each loaded once per import.
#include <charconv>

#include "domain/normalise.hpp"
#include "services/import_kinds.hpp"

namespace bb::services::import_detail {

namespace {
constexpr int kPage = 1000;  // the repositories' largest page
}

std::optional<Id> parse_id(std::string_view text) {
  Id id = 0;
  const auto* end = text.data() + text.size();
  const auto parsed = std::from_chars(text.data(), end, id);
  if (text.empty() || parsed.ec != std::errc() || parsed.ptr != end || id <= 0) return std::nullopt;
  return id;
}

// ----- municipalities ---------------------------------------------------------------------------

Result<void> MunicipalityLookup::load(storage::UnitOfWork& uow, Id region_id) {
  auto all = uow.regions().municipalities(region_id);
  if (!all) return all.error();
  for (const auto& m : *all) {
    by_name_[domain::normalise_for_search(m.name)] = m.id;
    names_[m.id] = m.name;
  }
  return success();
}

std::optional<Id> MunicipalityLookup::find(std::string_view name) const {
  const auto found = by_name_.find(domain::normalise_for_search(name));
  if (found == by_name_.end()) return std::nullopt;
  return found->second;
}

std::string MunicipalityLookup::name_of(Id id) const {
  const auto found = names_.find(id);
  return found == names_.end() ? std::string() : found->second;
}

// ----- organisations ----------------------------------------------------------------------------

Result<void> OrganisationLookup::load(storage::UnitOfWork& uow, Id region_id) {
  storage::OrganisationQuery query;
  query.limit = kPage;
  for (query.offset = 0;; query.offset += kPage) {
    auto page = uow.organisations().list(region_id, query);
    if (!page) return page.error();
    for (auto& o : page->items) {
      by_name_[domain::normalise_for_search(o.name)].push_back(o.id);
      const auto id = o.id;
      by_id_.emplace(id, std::move(o));
    }
    if (page->items.size() < static_cast<std::size_t>(kPage)) break;
  }
  return success();
}

const domain::Organisation* OrganisationLookup::find(Id id) const {
  const auto found = by_id_.find(id);
  return found == by_id_.end() ? nullptr : &found->second;
}

std::string OrganisationLookup::name_of(Id id) const {
  const auto* o = find(id);
  return o ? o->name : std::string();
}

std::optional<Id> OrganisationLookup::resolve(ImportRow& row, std::string_view id_field, std::string_view name_field,
                                              std::string_view municipality_field,
                                              const MunicipalityLookup& municipalities) const {
  if (auto text = row.given(id_field)) {
    const auto id = parse_id(*text);
    if (!id || !by_id_.contains(*id)) {
      row.problem(id_field, "import.error.unknown_organisation_id", *text);
      return std::nullopt;
    }
    return *id;
  }
  auto name = row.given(name_field);
  if (!name) return std::nullopt;
  const auto found = by_name_.find(domain::normalise_for_search(*name));
  if (found == by_name_.end()) {
    row.problem(name_field, "import.error.unknown_organisation", *name);
    return std::nullopt;
  }
  std::vector<Id> candidates = found->second;
  if (auto town = row.given(municipality_field)) {
    const auto municipality = municipalities.find(*town);
    if (!municipality) {
      row.problem(municipality_field, "validation.municipality", *town);
      return std::nullopt;
    }
    std::erase_if(candidates, [&](Id id) { return by_id_.at(id).municipality_id != municipality; });
    if (candidates.empty()) {
      row.problem(name_field, "import.error.unknown_organisation_in_municipality", *name + " (" + *town + ")");
      return std::nullopt;
    }
  }
  if (candidates.size() > 1) {
    row.problem(name_field, "import.error.ambiguous_organisation", *name);
    return std::nullopt;
  }
  return candidates.front();
}

// ----- networks ---------------------------------------------------------------------------------

Result<void> NetworkLookup::load(storage::UnitOfWork& uow, Id region_id) {
  storage::NetworkQuery query;
  query.limit = kPage;
  for (query.offset = 0;; query.offset += kPage) {
    auto page = uow.networks().list(region_id, query);
    if (!page) return page.error();
    for (auto& n : page->items) {
      by_name_[domain::normalise_for_search(n.name)].push_back(n.id);
      const auto id = n.id;
      by_id_.emplace(id, std::move(n));
    }
    if (page->items.size() < static_cast<std::size_t>(kPage)) break;
  }
  return success();
}

const domain::Network* NetworkLookup::find(Id id) const {
  const auto found = by_id_.find(id);
  return found == by_id_.end() ? nullptr : &found->second;
}

std::string NetworkLookup::name_of(Id id) const {
  const auto* n = find(id);
  return n ? n->name : std::string();
}

std::optional<Id> NetworkLookup::resolve(ImportRow& row, std::string_view id_field, std::string_view name_field) const {
  if (auto text = row.given(id_field)) {
    const auto id = parse_id(*text);
    if (!id || !by_id_.contains(*id)) {
      row.problem(id_field, "import.error.unknown_network_id", *text);
      return std::nullopt;
    }
    return *id;
  }
  auto name = row.given(name_field);
  if (!name) return std::nullopt;
  const auto found = by_name_.find(domain::normalise_for_search(*name));
  if (found == by_name_.end()) {
    row.problem(name_field, "import.error.unknown_network", *name);
    return std::nullopt;
  }
  if (found->second.size() > 1) {
    row.problem(name_field, "import.error.ambiguous_network", *name);
    return std::nullopt;
  }
  return found->second.front();
}

}  // namespace bb::services::import_detail
