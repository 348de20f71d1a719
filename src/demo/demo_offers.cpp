#include "demo/demo_offers.hpp"

#include "demo/demo_rng.hpp"
#include "domain/offers.hpp"
#include "services/offer_service.hpp"

#include <array>
#include <ctime>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace bb::demo {

namespace {

using domain::Id;

// Three title variants per field of issue 5 (in the order of domain::kOfferFields).
constexpr std::array<std::array<std::string_view, 3>, 7> kTitles = {{
    {"Berufsorientierung kompakt", "Praxistage im Handwerk", "Berufe entdecken – Werkstatttage"},
    {"Bewerbungstraining", "Bewerbungswerkstatt", "Ausbildungsplatzvermittlung für Geflüchtete"},
    {"Einstiegsqualifizierung mit Sprachförderung", "Ausbildungsvorbereitung", "Vorbereitungskurs Ausbildung"},
    {"Ausbildungsbegleitende Hilfen", "Nachhilfe für Auszubildende", "Berufssprachkurs für Auszubildende"},
    {"Elterncafé Ausbildung", "Elternabend duale Ausbildung", "Elternlotsinnen und Elternlotsen"},
    {"Betriebsberatung Ausbildung von Geflüchteten", "AEVO-Vorbereitung für migrantische Unternehmen",
     "Ausbildungsberechtigung erwerben"},
    {"Anerkennungsberatung", "Beratung zu Aufenthalt und Ausbildungsduldung",
     "Sprechstunde Anerkennung ausländischer Abschlüsse"},
}};

constexpr std::array<std::string_view, 7> kFieldSentences = {
    "Jugendliche lernen Berufe und Betriebe der Region kennen, probieren Tätigkeiten aus und klären ihre Stärken.",
    "Lebenslauf, Anschreiben und Vorstellungsgespräch werden geübt; passende Ausbildungsstellen werden vermittelt.",
    "Vorbereitung auf die Ausbildung mit Sprachförderung, Praktikum und Begleitung in der Einstiegsqualifizierung.",
    "Nachhilfe in Fachtheorie und Fachsprache, Prüfungsvorbereitung und Hilfe bei Konflikten im Betrieb.",
    "Eltern erfahren, wie die duale Ausbildung funktioniert und wie sie ihre Kinder bei der Berufswahl unterstützen.",
    "Betriebe werden beraten, wie sie Geflüchtete ausbilden, die Ausbildereignung erwerben und Förderung nutzen.",
    "Beratung zur Anerkennung ausländischer Abschlüsse und zu aufenthaltsrechtlichen Fragen rund um die Ausbildung.",
};

// The target groups each field mostly serves (keys of domain::kTargetGroups).
constexpr std::array<std::array<std::string_view, 2>, 7> kGroups = {{
    {"young_refugees", "migration_background"},
    {"young_refugees", "migration_background"},
    {"young_refugees", "migration_background"},
    {"migration_background", "young_refugees"},
    {"parents", "multipliers"},
    {"migrant_led_companies", "companies"},
    {"young_refugees", "multipliers"},
}};

constexpr std::array<std::string_view, 7> kFormats = {"event", "course", "course", "coaching", "event", "counselling",
                                                       "counselling"};
constexpr std::array<std::string_view, 5> kFunding = {"ESF Plus", "Land Niedersachsen", "Jobcenter Region Hannover",
                                                      "Region Hannover", "Stiftung"};

// Translations of some titles (career orientation, application, parents' work) for a subset of
// offers: the language, then the translation of each title variant.
struct TitleTranslations {
  std::string_view language;
  std::array<std::array<std::string_view, 3>, 3> titles;  // fields 0, 1, 4
  std::string_view description;
};
constexpr std::array<TitleTranslations, 4> kTranslations = {{
    {"en",
     {{{"Career orientation in brief", "Practice days in the trades", "Discover trades – workshop days"},
       {"Application training", "Application workshop", "Apprenticeship placement for refugees"},
       {"Parents' café on apprenticeships", "Parents' evening on dual training", "Parent guides"}}},
     "A free offer for young people and their families in the Hannover region."},
    {"tr",
     {{{"Kısa meslek yönlendirmesi", "Zanaatta uygulama günleri", "Meslekleri keşfet – atölye günleri"},
       {"Başvuru eğitimi", "Başvuru atölyesi", "Mülteciler için çıraklık yeri aracılığı"},
       {"Meslek eğitimi veli kafesi", "İkili meslek eğitimi veli toplantısı", "Veli rehberleri"}}},
     "Hannover bölgesindeki gençler ve aileleri için ücretsiz bir hizmet."},
    {"ar",
     {{{"توجيه مهني مختصر", "أيام تطبيقية في الحرف", "اكتشف المهن – أيام الورش"},
       {"تدريب على التقديم", "ورشة التقديم", "التوسط في أماكن التدريب المهني للاجئين"},
       {"مقهى الأهل حول التدريب المهني", "أمسية الأهل حول التدريب المزدوج", "مرشدو الأهل"}}},
     "عرض مجاني للشباب وعائلاتهم في منطقة هانوفر."},
    {"uk",
     {{{"Профорієнтація коротко", "Практичні дні в ремеслі", "Відкрий професії – дні майстерень"},
       {"Тренінг із подання заявок", "Майстерня заявок", "Посередництво в місцях навчання для біженців"},
       {"Батьківське кафе про навчання", "Батьківський вечір про дуальну освіту", "Батьківські провідники"}}},
     "Безкоштовна пропозиція для молоді та їхніх родин у регіоні Ганновер."},
}};

constexpr std::array<std::string_view, 12> kProviderTypes = {
    "education_provider", "migrant_organisation", "welfare_organisation", "jobcenter",  "employment_agency",
    "youth_employment_agency", "ihk", "hwk", "vocational_school", "parents_association", "volunteer_initiative",
    "service_centre"};

std::string today_of(std::int64_t now) {
  const std::time_t t = now;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

}  // namespace

Result<DemoOffersSummary> create_demo_offers(storage::Database& db, domain::Id region_id, std::int64_t now) {
  DemoOffersSummary summary;
  const auto who = services::OfferCaller::operator_in(region_id);
  services::RegisterService register_service(db);
  services::OfferService offers(db);
  services::AssessmentService checks(db);
  services::NeedService needs(db);
  const std::string today = today_of(now);
  Rng rng(20261125);

  auto places = db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
  if (!places) return places.error();
  // Providers by kind: regional institutions and local ones (by municipality).
  std::vector<domain::Organisation> providers;
  for (auto type : kProviderTypes) {
    storage::OrganisationQuery query;
    query.type = std::string(type);
    query.limit = 500;
    auto page = register_service.list_organisations(region_id, query);
    if (!page) return page.error();
    for (auto& o : page->items) providers.push_back(std::move(o));
  }
  if (providers.empty() || places->empty()) return summary;
  std::map<Id, std::vector<Id>> contacts_of;  // provider -> its contacts
  {
    storage::ContactQuery query;
    query.include_anonymised = false;
    query.limit = 1000;
    auto page = register_service.list_contacts(region_id, query);
    if (!page) return page.error();
    for (const auto& c : page->items) contacts_of[c.organisation_id].push_back(c.id);
  }
  auto provider_for = [&](Id municipality) -> const domain::Organisation& {
    // Half of the time a provider from the town itself, if there is one.
    std::vector<const domain::Organisation*> local;
    for (const auto& p : providers)
      if (p.municipality_id == municipality) local.push_back(&p);
    if (!local.empty() && rng.percent(50)) return *local[rng.below(local.size())];
    return providers[rng.below(providers.size())];
  };

  struct Made {
    Id id;
    std::size_t field;
    std::size_t variant;
  };
  std::vector<Made> made;
  auto add_offer = [&](const domain::Municipality& place, std::size_t field, std::size_t variant,
                       const domain::Organisation& provider, bool whole_region) -> Result<void> {
    domain::Offer o;
    o.provider_id = provider.id;
    o.title = std::string(kTitles[field][variant]) + (whole_region ? std::string() : " " + place.name);
    o.description = std::string(kFieldSentences[field]) +
                    (whole_region ? " Für Teilnehmende aus der ganzen Region." : " Vor Ort in " + place.name + ".");
    o.field = std::string(domain::kOfferFields[field]);
    o.format = std::string(kFormats[field]);
    o.target_groups = {std::string(kGroups[field][0])};
    if (rng.percent(40)) o.target_groups.push_back(std::string(kGroups[field][1]));
    if (!whole_region) o.municipality_ids = {place.id};
    o.languages = {"de"};
    for (const auto& language : provider.languages)
      if (language != "de" && o.languages.size() < 4 && rng.percent(50)) o.languages.push_back(language);
    o.free_of_charge = !rng.percent(10);
    o.cost = o.free_of_charge ? "kostenlos" : "Eigenanteil 20 € pro Monat";
    o.schedule = rng.pick(std::array<std::string_view, 4>{"wöchentlich, dienstags 15–17 Uhr", "nach Vereinbarung",
                                                          "Blockwoche in den Herbstferien", "monatlich, abends"});
    o.starts_on = rng.percent(50) ? "2025-08-01" : "2026-02-01";
    const auto status_draw = rng.below(10);
    o.status = status_draw == 0 ? "planned" : status_draw == 1 ? "ended" : "running";
    if (o.status == "ended") o.ends_on = "2026-06-30";
    if (o.status == "planned") o.starts_on = "2027-02-01";
    if (rng.percent(70)) {
      o.funding_source = std::string(rng.pick(kFunding));
      // Temporary funding: some run out within the warning period from today, others later.
      o.funding_ends_on = rng.percent(25) ? domain::add_days(today, static_cast<int>(20 + rng.below(60))) : "2027-12-31";
    }
    if (rng.percent(60)) o.capacity = static_cast<std::int64_t>(8 + rng.below(20));
    if (const auto& contacts = contacts_of[provider.id]; !contacts.empty() && rng.percent(60))
      o.contact_id = contacts[rng.below(contacts.size())];
    o.last_verified_on = domain::add_days(today, -static_cast<int>(rng.below(400)));
    o.published = o.status != "ended" && rng.percent(70);
    auto id = offers.create_offer(who, o, now);
    if (!id) return id.error();
    made.push_back({*id, field, variant});
    ++summary.offers;
    return success();
  };

  for (std::size_t m = 0; m < places->size(); ++m) {
    const auto& place = (*places)[m];
    const bool city = place.name == "Hannover";
    for (std::size_t f = 0; f < domain::kOfferFields.size(); ++f) {
      const auto field = domain::kOfferFields[f];
      std::size_t count = city ? 5 : 1 + rng.below(3);
      // Planted gaps: no parents' work in every fourth town; recognition and residence-law
      // counselling only in the city and a few towns (the regional offers below cover the rest).
      if (field == "parents_work" && m % 4 == 3) count = 0;
      if (field == "recognition_residence" && !city && m % 5 != 0) count = 0;
      if (field == "company_counselling" && !city && m % 3 == 1) count = 0;
      for (std::size_t k = 0; k < count; ++k)
        if (auto r = add_offer(place, f, (m + f + k) % 3, provider_for(place.id), false); !r) return r.error();
    }
  }
  // Region-wide offers (no municipality listed).
  const auto& hannover = places->front();
  for (std::size_t f = 0; f < domain::kOfferFields.size(); ++f)
    if (auto r = add_offer(hannover, f, f % 3, providers[rng.below(providers.size())], true); !r) return r.error();
  // Planted overlaps: the same application training by a second provider in four towns.
  for (std::size_t m : {3U, 8U, 9U, 14U}) {
    if (m >= places->size()) continue;
    if (auto r = add_offer((*places)[m], 1, 0, provider_for((*places)[m].id), false); !r) return r.error();
  }

  // Translations for a subset: career orientation, application and parents' work offers.
  for (std::size_t i = 0; i < made.size(); i += 3) {
    const auto& entry = made[i];
    const int slot = entry.field == 0 ? 0 : entry.field == 1 ? 1 : entry.field == 4 ? 2 : -1;
    if (slot < 0) continue;
    auto offer = offers.find_offer(region_id, entry.id);
    if (!offer || !offer->has_value()) continue;
    const std::string suffix = (*offer)->title.substr(kTitles[entry.field][entry.variant].size());
    for (std::size_t l = 0; l < kTranslations.size(); ++l) {
      if (l > 0 && (i / 3 + l) % 3 == 0) continue;  // not every offer in every language
      const auto& tr = kTranslations[l];
      domain::OfferTranslation t;
      t.offer_id = entry.id;
      t.language = std::string(tr.language);
      t.title = std::string(tr.titles[static_cast<std::size_t>(slot)][entry.variant]) + suffix;
      t.description = l == 0 || i % 2 == 0 ? std::string(tr.description) : std::string();  // some only the title
      if (auto r = offers.put_translation(who, t, now); !r) return r.error();
      ++summary.translations;
    }
  }

  // The migration-sensitivity check: the default catalogue, and assessments of every sixth offer.
  auto criteria = checks.criteria(region_id, now);
  if (!criteria) return criteria.error();
  constexpr std::array<std::string_view, 4> kLevels = {"met", "partly", "not_met", "not_applicable"};
  auto assess = [&](Id offer_id, const std::string& on, const std::string& next, unsigned strength) -> Result<void> {
    domain::Assessment a;
    a.offer_id = offer_id;
    a.assessed_on = on;
    a.next_review_on = next;
    a.assessor_name = "Miriam Albers";
    for (const auto& c : *criteria) {
      if (!c.active) continue;
      // Parents and usage data are the region's weak spots.
      const bool weak_spot = c.key == "parents_reached" || c.key == "usage_data";
      const auto draw = rng.below(100);
      const unsigned met_share = weak_spot ? strength / 3 : strength;
      std::string_view level = draw < met_share ? kLevels[0] : draw < met_share + 25 ? kLevels[1] : draw < 95 ? kLevels[2] : kLevels[3];
      a.ratings.push_back({c.id, std::string(level),
                           level == "met" ? "Im Gespräch mit dem Träger belegt." : std::string()});
    }
    if (strength < 60) a.actions = {"Flyer in Arabisch, Ukrainisch und Türkisch erstellen", "Elternabend gemeinsam mit MiSO anbieten"};
    auto id = checks.create_assessment(who, a, now);
    if (!id) return id.error();
    ++summary.assessments;
    return success();
  };
  for (std::size_t i = 0; i < made.size(); i += 6) {
    if (i % 12 == 0) {  // checked twice: first weaker, a year later better; the next review is due
      if (auto r = assess(made[i].id, domain::add_days(today, -500), domain::add_days(today, -135), 40); !r) return r.error();
      if (auto r = assess(made[i].id, domain::add_days(today, -400), domain::add_days(today, -35), 65); !r) return r.error();
    } else {
      if (auto r = assess(made[i].id, domain::add_days(today, -90), domain::add_days(today, 275), 55); !r) return r.error();
    }
  }

  // Needs: mostly where gaps were planted; some already answered by an offer.
  constexpr std::array<std::string_view, 6> kNeedTexts = {
      "Eltern fragen nach Informationsabenden zur Ausbildung in ihrer Sprache.",
      "Geflüchtete Jugendliche brauchen Unterstützung bei Anerkennung und Aufenthalt während der Ausbildung.",
      "Betriebe suchen Beratung, wie sie Geflüchtete ausbilden können.",
      "Auszubildende brechen wegen Sprachproblemen in der Berufsschule ab; Nachhilfe fehlt.",
      "Jugendliche kennen die Ausbildungsberufe vor Ort kaum; Praxistage werden gewünscht.",
      "Migrantische Unternehmen möchten ausbilden, haben aber keine Ausbildereignung.",
  };
  constexpr std::array<std::size_t, 6> kNeedFields = {4, 6, 5, 3, 0, 5};
  constexpr std::array<std::string_view, 6> kNeedGroups = {"parents", "young_refugees", "companies",
                                                            "migration_background", "young_refugees",
                                                            "migrant_led_companies"};
  std::vector<Id> reporters;
  for (const auto& p : providers)
    if (p.type == "migrant_organisation" || p.type == "parents_association" || p.type == "vocational_school" ||
        p.type == "welfare_organisation")
      reporters.push_back(p.id);
  if (reporters.empty()) reporters.push_back(providers.front().id);
  for (std::size_t i = 0; i < 36; ++i) {
    const auto kind = i % 6;
    domain::Need n;
    n.source_kind = i % 9 == 4 ? "counselling" : i % 9 == 7 ? "event" : "organisation";
    if (n.source_kind == "organisation") n.organisation_id = reporters[rng.below(reporters.size())];
    if (n.source_kind == "counselling") n.source_note = "Beratungsgespräche im Herbst";
    if (n.source_kind == "event") n.source_note = "Azubi-Speeddating Frühjahr";
    n.target_group = std::string(kNeedGroups[kind]);
    n.field = std::string(domain::kOfferFields[kNeedFields[kind]]);
    n.municipality_id = (*places)[(i * 7 + 3) % places->size()].id;
    n.description = std::string(kNeedTexts[kind]);
    n.urgency = i % 5 == 0 ? "high" : i % 3 == 0 ? "low" : "medium";
    n.reported_on = domain::add_days(today, -static_cast<int>(10 + i * 9));
    if (i % 7 == 2) {  // answered by an offer of the same field
      for (const auto& entry : made)
        if (domain::kOfferFields[entry.field] == n.field) {
          n.status = "addressed";
          n.offer_id = entry.id;
          break;
        }
    } else if (i % 11 == 5) {
      n.status = "closed";
    }
    if (auto id = needs.create_need(who, n, now); !id) return id.error();
    ++summary.needs;
  }
  return summary;
}

}  // namespace bb::demo
