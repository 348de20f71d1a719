#include "demo/demo_region.hpp"

#include "auth/crypto.hpp"
#include "demo/demo_events.hpp"
#include "demo/demo_offers.hpp"
#include "demo/demo_plan.hpp"
#include "demo/demo_speeddating.hpp"
#include "demo/demo_register.hpp"
#include "services/register_service.hpp"

#include <array>
#include <utility>
#include <vector>

namespace bb::demo {

namespace {

constexpr std::array<const char*, 21> kMunicipalities = {
    "Barsinghausen", "Burgdorf",  "Burgwedel", "Garbsen",  "Gehrden",    "Hannover",
    "Hemmingen",     "Isernhagen", "Laatzen",  "Langenhagen", "Lehrte",  "Neustadt am Rübenberge",
    "Pattensen",     "Ronnenberg", "Seelze",   "Sehnde",   "Springe",    "Uetze",
    "Wedemark",      "Wennigsen",  "Wunstorf"};

struct DemoPerson {
  const char* email;
  const char* name;
  const char* role;
  const char* organisation;  // partners: the key of the organisation they represent
};

// Fictional people; the addresses use the reserved .example domain.
constexpr std::array<DemoPerson, 6> kTeam = {{
    {"koordination1@region-hannover.example", "Miriam Albers", "staff", nullptr},
    {"koordination2@region-hannover.example", "Deniz Yıldırım", "staff", nullptr},
    {"beratung@region-hannover.example", "Olena Kovalenko", "counsellor", nullptr},
    {"partner.kammer@region-hannover.example", "Jonas Brinkmann", "partner", "hwk"},
    {"partner.jobcenter@region-hannover.example", "Sabine Köhler", "partner", "jobcenter"},
    {"partner.miso@region-hannover.example", "Karim Haddad", "partner", "miso"},
}};

}  // namespace

Result<std::optional<DemoCredentials>> create_demo_region(storage::Database& db, services::UserService& users,
                                                          std::int64_t now) {
  auto region_id = db.write_value([&](storage::UnitOfWork& uow) -> Result<std::optional<domain::Id>> {
    auto existing = uow.regions().find_by_slug(kDemoRegionSlug);
    if (!existing) return existing.error();
    if (existing->has_value()) return std::optional<domain::Id>();
    auto id = uow.regions().create(kDemoRegionSlug, "Region Hannover", now);
    if (!id) return id.error();
    for (const char* name : kMunicipalities) {
      auto added = uow.regions().add_municipality(*id, name);
      if (!added) return added.error();
    }
    return std::optional<domain::Id>(*id);
  });
  if (!region_id) return region_id.error();
  if (!region_id->has_value()) return std::optional<DemoCredentials>();

  DemoCredentials credentials{"admin@region-hannover.example", auth::random_password()};
  services::CreateUserInput admin{**region_id, credentials.admin_email, "Administration Servicestelle", "admin", "de",
                                  credentials.admin_password};
  auto created = users.create(services::Actor::cli(), admin, now);
  if (!created) return created.error();
  std::vector<std::pair<domain::Id, const char*>> partners;
  for (const auto& person : kTeam) {
    services::CreateUserInput input{**region_id, person.email, person.name, person.role, "de", auth::random_password()};
    auto member = users.create(services::Actor::cli(), input, now);
    if (!member) return member.error();
    if (person.organisation) partners.emplace_back(*member, person.organisation);
  }

  // The register: organisations, contacts, networks, memberships, ties and transfers.
  auto summary = create_demo_register(db, **region_id, now);
  if (!summary) return summary.error();
  // Partners represent their organisation (an admin's write, as in the web UI).
  const services::RegisterCaller admin_caller{services::Actor{std::nullopt, **region_id, "cli"}, **region_id,
                                              domain::Role::admin};
  services::RegisterService register_service(db);
  for (const auto& [user_id, key] : partners) {
    auto organisation = summary->key_organisations.find(key);
    if (organisation == summary->key_organisations.end()) continue;
    auto linked = register_service.set_partner_organisation(admin_caller, user_id, organisation->second, now);
    if (!linked) return linked.error();
  }
  // The events (issue 7) with registrations and attendance of people of those organisations.
  auto events = create_demo_events(db, **region_id, summary->key_organisations, now);
  if (!events) return events.error();
  // Offers, the migration-sensitivity check and needs (issue 5).
  auto offers = create_demo_offers(db, **region_id, now);
  if (!offers) return offers.error();
  // The action plan (issue 6): an adopted version and a revision in progress.
  auto plan = create_demo_plan(db, **region_id, summary->key_organisations, now);
  if (!plan) return plan.error();
  // The HWK-style speed-dating of that event list, planned (issue 7).
  auto speeddating = create_demo_speeddating(db, **region_id, now);
  if (!speeddating) return speeddating.error();
  return std::optional<DemoCredentials>(credentials);
}

}  // namespace bb::demo
