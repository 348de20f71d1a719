#include "demo/demo_speeddating.hpp"

#include "demo/demo_register.hpp"
#include "services/event_service.hpp"
#include "services/register_service.hpp"
#include "services/speeddating_service.hpp"

#include <array>
#include <random>
#include <string>
#include <vector>

namespace bb::demo {

namespace {

using domain::Id;

// Occupations of the crafts the companies offer, and what the youths ask for most.
constexpr std::array<const char*, 16> kCrafts = {
    "anlagenmechaniker_shk", "elektroniker_energie_gebaeude", "kfz_mechatroniker", "tischler", "maler_lackierer",
    "friseur",               "baecker",                       "fleischer",         "dachdecker", "metallbauer",
    "zimmerer",              "augenoptiker",                  "zahntechniker",     "maurer",     "konditor",
    "fachverkaeufer_lebensmittelhandwerk"};

constexpr std::array<const char*, 20> kSchools = {
    "BBS Me Hannover",         "BBS Otto-Brenner-Schule", "BBS Alice-Salomon-Schule", "BBS Anna-Siemsen-Schule",
    "IGS Linden",              "IGS Mühlenberg",          "IGS Roderbruch",           "IGS Garbsen",
    "Oberschule Langenhagen",  "Oberschule Laatzen",      "Oberschule Ronnenberg",    "KGS Sehnde",
    "KGS Gronau",              "Realschule Burgdorf",     "Realschule Lehrte",        "Hauptschule Vahrenheide",
    "Sprachlernklasse BBS 6",  "Sprachlernklasse BBS 14", "Elisabeth-Granier-Schule", "Kurt-Schwitters-Schule"};

constexpr std::array<const char*, 6> kLanguages = {"ar", "uk", "fa", "tr", "ru", "en"};

}  // namespace

Result<DemoSpeeddatingSummary> create_demo_speeddating(storage::Database& db, Id region_id, std::int64_t now) {
  DemoSpeeddatingSummary summary;
  services::EventService events(db);
  services::RegisterService register_service(db);
  services::SpeeddatingService planner(db);
  const auto who = services::RegisterCaller::operator_in(region_id);
  std::mt19937 engine(20260422);  // specified bit for bit, so the demo is the same everywhere
  const auto below = [&](std::size_t n) { return n == 0 ? std::size_t{0} : static_cast<std::size_t>(engine() % n); };

  storage::EventQuery query;
  query.format = domain::EventFormat::azubi_speeddating;
  auto found = events.list_events(region_id, query);
  if (!found) return found.error();
  if (found->items.empty()) return summary;
  const Id event_id = found->items.front().event.id;

  domain::SpeeddatingSettings settings;  // 09:00, 10-minute rounds, 6 + 6 + 6 in three blocks
  settings.event_id = event_id;
  settings.start_time = "09:00";
  settings.slot_minutes = 10;
  settings.blocks = {6, 6, 6};
  settings.break_minutes = 15;
  settings.guaranteed_min = 3;
  if (auto r = planner.save_settings(who, settings, now); !r) return r.error();

  auto municipalities = db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
  if (!municipalities) return municipalities.error();
  storage::OrganisationQuery company_query;
  company_query.type = "company";
  company_query.limit = 30;
  auto companies = register_service.list_organisations(region_id, company_query);
  if (!companies) return companies.error();

  // 30 companies, the first five with two interviewers: 35 tables.
  std::vector<Id> company_ids;
  for (std::size_t i = 0; i < companies->items.size() && i < 30; ++i) {
    const auto& o = companies->items[i];
    domain::SpeeddatingCompany c;
    c.event_id = event_id;
    c.organisation_id = o.id;
    c.name = o.name;
    c.municipality_id = o.municipality_id;
    c.tables = i < 5 ? 2 : 1;
    c.places = 1 + static_cast<int>(below(3));
    c.occupations = {kCrafts[i % kCrafts.size()]};
    if (below(2) == 0) c.occupations.push_back(kCrafts[(i + 5) % kCrafts.size()]);
    if (below(3) == 0) c.languages = {kLanguages[below(kLanguages.size())]};
    if (i % 10 == 9) c.last_slot = 11;  // leaves after the second block
    auto id = planner.add_company(who, c, now);
    if (!id) return id.error();
    company_ids.push_back(*id);
    summary.tables += c.tables;
  }
  summary.companies = static_cast<int>(company_ids.size());

  const auto first_names = demo_first_names();
  const auto last_names = demo_last_names();
  std::vector<Id> youth_ids;
  for (int i = 0; i < 150; ++i) {
    domain::SpeeddatingYouth y;
    y.event_id = event_id;
    // Fictional: first name and the initial of a last name, as staff often write them.
    const std::string first(first_names[below(first_names.size())]);
    const std::string last(last_names[below(last_names.size())]);
    // The initial is the first character, not the first byte ("Ö" is two bytes in UTF-8).
    std::size_t initial = 1;
    while (initial < last.size() && (static_cast<unsigned char>(last[initial]) & 0xC0) == 0x80) ++initial;
    y.name = first + " " + last.substr(0, initial) + ". (" + std::to_string(i + 1) + ")";
    y.school = kSchools[static_cast<std::size_t>(i) % kSchools.size()];
    const std::size_t a = below(kCrafts.size());
    y.occupations = {kCrafts[a]};
    if (below(3) != 0) y.occupations.push_back(kCrafts[(a + 1 + below(kCrafts.size() - 1)) % kCrafts.size()]);
    if (below(4) != 0) y.occupations.push_back(kCrafts[below(kCrafts.size())]);
    if (y.occupations.size() == 3 && y.occupations[2] == y.occupations[0]) y.occupations.pop_back();
    y.languages = {kLanguages[below(kLanguages.size())]};
    y.prepared = below(10) < 7;
    y.max_talks = 4 + static_cast<int>(below(2));
    if (!municipalities->empty() && below(2) == 0) y.municipality_id = (*municipalities)[below(municipalities->size())].id;
    if (i % 15 == 7) y.first_slot = 6;  // arrives for the second block (school lessons first)
    auto id = planner.add_youth(who, y, now);
    if (!id) return id.error();
    youth_ids.push_back(*id);
  }
  summary.youths = static_cast<int>(youth_ids.size());

  // Wishes of both sides and a few exclusions (e.g. a relative works there).
  for (std::size_t i = 0; i < youth_ids.size() && !company_ids.empty(); ++i) {
    if (below(3) == 0) {
      domain::SpeeddatingPreference p{youth_ids[i], company_ids[below(company_ids.size())], domain::PreferenceKind::youth_wish};
      if (auto r = planner.add_preference(who, event_id, p, now); !r) return r.error();
    }
    if (below(6) == 0) {
      domain::SpeeddatingPreference p{youth_ids[i], company_ids[below(company_ids.size())], domain::PreferenceKind::company_wish};
      if (auto r = planner.add_preference(who, event_id, p, now); !r) return r.error();
    }
    if (below(40) == 0) {
      domain::SpeeddatingPreference p{youth_ids[i], company_ids[below(company_ids.size())], domain::PreferenceKind::excluded};
      if (auto r = planner.add_preference(who, event_id, p, now); !r) return r.error();
    }
  }

  auto plan = planner.compute_plan(who, event_id, now);
  if (!plan) return plan.error();
  summary.talks = static_cast<int>(plan->talks.size());
  return summary;
}

}  // namespace bb::demo
