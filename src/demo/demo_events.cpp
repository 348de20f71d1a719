#include "demo/demo_events.hpp"

#include "demo/demo_register.hpp"
#include "domain/normalise.hpp"
#include "services/event_service.hpp"

#include <algorithm>
#include <random>
#include <vector>

namespace bb::demo {

namespace {

using domain::EventFormat;
using domain::Id;

struct Attendee {
  std::optional<Id> organisation;  // nullopt: a private person (parents' evenings)
};

struct EventSpec {
  EventFormat format;
  const char* title;
  const char* starts_at;
  const char* ends_at;
  const char* place;
  const char* municipality;
  const char* organiser;                        // key organisation
  std::vector<const char*> co_organisers;        // key organisations
  const char* audience;
  int capacity;
  const char* languages;
  const char* description;
  std::vector<domain::EventTranslation> translations;
  std::vector<const char*> institutions;  // key organisations that send someone
  int companies = 0;                      // how many companies send someone
  int private_people = 0;                 // registrants without an organisation
  bool past = true;                       // past events: attendance recorded, registration closed
  std::vector<const char*> topics;
};

std::vector<EventSpec> specs() {
  using T = domain::EventTranslation;
  return {
      {EventFormat::netzwerkkonferenz, "Auftaktkonferenz Ausbildung und Migration", "2025-02-12T09:30",
       "2025-02-12T16:00", "Haus der Region, Hildesheimer Straße 18", "Hannover", "service_centre",
       {"region_integration", "agency"}, "alle Akteure der Region", 120, "de,en",
       "Auftakt der Servicestelle: Akteure aus Kammern, Agentur, Jobcenter, Schulen, Migrantenorganisationen und "
       "Betrieben lernen sich kennen und verabreden die ersten Vorhaben.",
       {T{"en", "Kick-off conference on training and migration", "Kick-off of the service centre."},
        T{"tr", "Eğitim ve Göç Açılış Konferansı", ""}},
       {"ihk", "hwk", "agency", "jobcenter", "jba_hannover", "jba_garbsen", "hannoverimpuls", "region_economy",
        "region_integration", "lhh", "town_garbsen", "town_langenhagen", "bbs_cora", "bbs_me", "bbs_otto", "vhs",
        "miso", "kargah", "caritas", "awo", "diakonie", "drk", "khs", "dehoga"},
       14, 0, true,
       {"Sprachförderung während der Ausbildung", "Ansprechpersonen in den Kommunen bekannt machen"}},
      {EventFormat::ausbilder_fruehstueck, "Ausbilder-Frühstück Garbsen", "2025-04-08T08:00", "2025-04-08T10:00",
       "Rathaus Garbsen, Ratssaal", "Garbsen", "service_centre", {"econ_garbsen", "ihk"},
       "Ausbilderinnen und Ausbilder in Betrieben", 25, "de",
       "Frühstück für Ausbildende: Erfahrungen mit Auszubildenden mit Flucht- und Migrationsgeschichte, "
       "Unterstützungsangebote und kurze Wege zu Beratung.",
       {}, {"econ_garbsen", "ihk", "jba_garbsen", "bbs_otto", "v_garbsen"}, 15, 0, true,
       {"Ausbildungsbegleitung bei Prüfungsangst"}},
      {EventFormat::dialogforum, "Dialogforum Wirtschaft und Integration I", "2025-05-20T17:00", "2025-05-20T19:00",
       "hannoverimpuls, Vahrenwalder Straße 7", "Hannover", "hannoverimpuls", {"service_centre"},
       "Betriebe, Kammern, Wirtschaftsförderung", 30, "de",
       "Regelmäßiges Forum mit der Wirtschaftsförderung: Fachkräftesicherung durch Ausbildung Geflüchteter.", {},
       {"hannoverimpuls", "region_economy", "ihk", "hwk", "agency"}, 10, 0, true,
       {"Wohnraum für Auszubildende"}},
      {EventFormat::elternabend, "Elternabend: Was ist eine duale Ausbildung?", "2025-06-05T18:00", "2025-06-05T20:00",
       "kargah e.V., Zur Bettfedernfabrik 1", "Hannover", "kargah", {"service_centre", "agency"},
       "Eltern von Jugendlichen ab Klasse 8", 40, "de,fa,ar,tr",
       "Wie funktioniert die Ausbildung in Betrieb und Berufsschule, was verdienen Auszubildende, und wo gibt es "
       "Beratung? Mit Übersetzung.",
       {T{"fa", "شب والدین: آموزش حرفه‌ای دوگانه چیست؟", ""}, T{"ar", "أمسية الوالدين: ما هو التدريب المهني المزدوج؟", ""},
        T{"tr", "Veli Akşamı: İkili meslek eğitimi nedir?", "Meslek eğitimi, okul ve işletmede nasıl işler?"}},
       {"kargah", "miso", "agency"}, 0, 22, true, {}},
      {EventFormat::dialogforum, "Dialogforum Wirtschaft und Integration II", "2025-09-16T17:00", "2025-09-16T19:00",
       "hannoverimpuls, Vahrenwalder Straße 7", "Hannover", "hannoverimpuls", {"service_centre"},
       "Betriebe, Kammern, Wirtschaftsförderung", 30, "de",
       "Zweites Forum: Einstiegsqualifizierung und Teilzeitausbildung.", {},
       {"hannoverimpuls", "region_economy", "ihk", "jobcenter", "bnw"}, 12, 0, true, {}},
      {EventFormat::elternabend, "Elternabend Garbsen", "2025-10-16T18:00", "2025-10-16T20:00",
       "Stadtteilzentrum Garbsen-Mitte", "Garbsen", "p_arab", {"service_centre", "jba_garbsen"},
       "Eltern", 30, "de,ar",
       "Ausbildung statt Aushilfsjob: Informationen für Eltern, mit arabischer Übersetzung.",
       {T{"ar", "أمسية الوالدين في غاربسن", "معلومات للوالدين حول التدريب المهني."}},
       {"p_arab", "jba_garbsen", "v_garbsen"}, 0, 16, true, {}},
      {EventFormat::dialogforum, "Dialogforum Wirtschaft und Integration III", "2025-11-25T17:00", "2025-11-25T19:00",
       "Region Hannover, Haus der Wirtschaftsförderung", "Hannover", "region_economy", {"service_centre"},
       "Betriebe, Kammern, Wirtschaftsförderung", 30, "de", "Drittes Forum: Ausbildungsverbünde für Kleinbetriebe.",
       {}, {"region_economy", "hannoverimpuls", "carrier", "hwk", "khs"}, 11, 0, true, {}},
      {EventFormat::dialogforum, "Dialogforum Wirtschaft und Integration IV", "2026-02-24T17:00", "2026-02-24T19:00",
       "hannoverimpuls, Vahrenwalder Straße 7", "Hannover", "hannoverimpuls", {"service_centre"},
       "Betriebe, Kammern, Wirtschaftsförderung", 30, "de", "Viertes Forum: Bilanz der Ausbildungssaison.", {},
       {"hannoverimpuls", "region_economy", "ihk", "agency", "dehoga"}, 12, 0, true, {"Mentoring durch Azubis"}},
      {EventFormat::ausbilder_fruehstueck, "Ausbilder-Frühstück Langenhagen", "2026-03-17T08:00", "2026-03-17T10:00",
       "Rathaus Langenhagen", "Langenhagen", "service_centre", {"econ_langenhagen", "hwk"},
       "Ausbilderinnen und Ausbilder im Handwerk", 20, "de",
       "Frühstück für Ausbildende im Handwerk: Sprache im Betrieb, Berufsschule, Prüfungsvorbereitung.", {},
       {"econ_langenhagen", "hwk", "khs", "v_langenhagen"}, 20, 0, true, {}},
      {EventFormat::azubi_speeddating, "Azubi-Speeddating Handwerk", "2026-04-22T09:00", "2026-04-22T13:00",
       "Handwerkskammer Hannover, Berufsbildungszentrum", "Hannover", "hwk", {"service_centre", "jobcenter", "agency"},
       "Jugendliche mit Migrations- oder Fluchtgeschichte und Handwerksbetriebe", 180, "de,en,ar,uk",
       "Rund 150 Jugendliche aus 20 Schulen treffen 30 Handwerksbetriebe an 35 Tischen: zehnminütige Gespräche in "
       "drei Blöcken. Die Jugendlichen werden in Vorbereitungskursen auf die Gespräche vorbereitet.",
       {T{"en", "Apprenticeship speed dating in the crafts", ""}, T{"uk", "Швидкі співбесіди з ремісничими підприємствами", ""},
        T{"ar", "لقاءات سريعة للتدريب المهني في الحرف", ""}},
       {"hwk", "khs", "jobcenter", "agency", "bbs_me", "bbs_otto", "bbs_alice", "bbs_anna", "jba_hannover"}, 30, 0,
       true, {"Praktikumsplätze nach dem Speeddating vermitteln"}},
      {EventFormat::elternabend, "Elternabend Langenhagen", "2026-05-21T18:00", "2026-05-21T20:00",
       "Griechische Gemeinde Langenhagen", "Langenhagen", "m_greek", {"service_centre"}, "Eltern", 25, "de,el",
       "Wege in die Ausbildung: Eltern fragen, Betriebe antworten.", {}, {"m_greek", "v_langenhagen"}, 3, 12, true,
       {}},
      {EventFormat::dialogforum, "Dialogforum Wirtschaft und Integration V", "2026-06-16T17:00", "2026-06-16T19:00",
       "hannoverimpuls, Vahrenwalder Straße 7", "Hannover", "hannoverimpuls", {"service_centre"},
       "Betriebe, Kammern, Wirtschaftsförderung", 30, "de", "Fünftes Forum: Übergänge nach der Einstiegsqualifizierung.",
       {}, {"hannoverimpuls", "region_economy", "ihk", "jobcenter"}, 10, 0, true, {}},
      {EventFormat::dialogforum, "Dialogforum Wirtschaft und Integration VI", "2026-12-08T17:00", "2026-12-08T19:00",
       "hannoverimpuls, Vahrenwalder Straße 7", "Hannover", "hannoverimpuls", {"service_centre"},
       "Betriebe, Kammern, Wirtschaftsförderung", 30, "de", "Sechstes Forum: Planung für 2027.",
       {T{"en", "Business and integration dialogue forum VI", "Planning for 2027."}},
       {"hannoverimpuls", "ihk"}, 6, 0, false, {}},
      {EventFormat::workshop, "Workshop: Interkulturell ausbilden", "2027-01-19T09:00", "2027-01-19T15:00",
       "Bildungswerk der Niedersächsischen Wirtschaft", "Hannover", "bnw", {"service_centre", "ihk"},
       "Ausbilderinnen und Ausbilder", 16, "de", "Praxisworkshop für Ausbildende: Kommunikation, Konflikte, Sprache.",
       {}, {"bnw"}, 8, 0, false, {}},
      {EventFormat::informationsveranstaltung, "Info-Abend Ausbildung in Teilzeit", "2027-02-10T18:00",
       "2027-02-10T19:30", "Jobcenter Region Hannover, Vahrenwalder Straße 245", "Hannover", "jobcenter",
       {"service_centre", "agency"}, "junge Eltern, Beratende", 40, "de,uk,ru",
       "Ausbildung in Teilzeit: Voraussetzungen, Finanzierung, Kinderbetreuung.",
       {T{"uk", "Інформаційний вечір: навчання за сумісництвом", ""}, T{"ru", "Информационный вечер: обучение с неполной занятостью", ""}},
       {"jobcenter", "awo"}, 0, 5, false, {}},
  };
}

std::string email_of(const std::string& name, const std::string& domain) {
  std::string local;
  for (char c : domain::normalise_for_search(name)) local += (c == ' ') ? '.' : c;
  return local + "@" + domain;
}

}  // namespace

Result<DemoEventsSummary> create_demo_events(storage::Database& db, Id region_id,
                                             const std::map<std::string, Id>& organisations, std::int64_t now) {
  DemoEventsSummary summary;
  services::EventService events(db);
  services::RegisterService register_service(db);
  const auto who = services::RegisterCaller::operator_in(region_id);
  std::mt19937 engine(20250212);  // specified bit for bit, so the demo is the same everywhere
  const auto below = [&](std::size_t n) { return n == 0 ? std::size_t{0} : static_cast<std::size_t>(engine() % n); };
  const auto first_names = demo_first_names();
  const auto last_names = demo_last_names();

  auto municipalities = db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
  if (!municipalities) return municipalities.error();
  storage::OrganisationQuery company_query;
  company_query.type = "company";
  company_query.limit = 5000;
  auto companies = register_service.list_organisations(region_id, company_query);
  if (!companies) return companies.error();
  storage::NetworkQuery network_query;
  network_query.limit = 500;
  auto networks = register_service.list_networks(region_id, network_query);
  if (!networks) return networks.error();

  const auto key = [&](const char* k) -> std::optional<Id> {
    auto it = organisations.find(k);
    if (it == organisations.end()) return std::nullopt;
    return it->second;
  };
  const auto municipality = [&](const char* name) -> std::optional<Id> {
    for (const auto& m : *municipalities)
      if (m.name == name) return m.id;
    return std::nullopt;
  };

  int topic_count = 0;
  bool transferred = false;
  for (const auto& spec : specs()) {
    domain::Event e;
    e.format = spec.format;
    e.title = spec.title;
    e.description = spec.description;
    e.starts_at = spec.starts_at;
    e.ends_at = spec.ends_at;
    e.place = spec.place;
    e.municipality_id = municipality(spec.municipality);
    e.organiser_id = key(spec.organiser);
    for (const char* co : spec.co_organisers)
      if (auto id = key(co); id && id != e.organiser_id) e.co_organiser_ids.push_back(*id);
    e.audience = spec.audience;
    e.capacity = spec.capacity;
    e.languages = domain::split_list(spec.languages);
    e.translations = spec.translations;
    e.registration_open = true;
    // Networks whose name fits the format: the employer networks for forums and breakfasts.
    for (const auto& n : networks->items) {
      const bool employers = n.focus == domain::NetworkFocus::sector;
      const bool parents = n.focus == domain::NetworkFocus::migration;
      if ((employers && (spec.format == EventFormat::dialogforum || spec.format == EventFormat::ausbilder_fruehstueck)) ||
          (parents && spec.format == EventFormat::elternabend))
        if (e.network_ids.size() < 2) e.network_ids.push_back(n.id);
    }
    auto event_id = events.create_event(who, e, now);
    if (!event_id) return Error{event_id.error().code, "demo event " + e.title + ": " + event_id.error().message, {}};
    ++summary.events;

    // Invitations: the linked networks and the institutions.
    for (Id n : e.network_ids) {
      domain::Invitation i{0, region_id, *event_id, domain::InvitationKind::network, n,
                           std::string(spec.starts_at).substr(0, 8) + "01", "", 0};
      if (auto r = events.invite(who, i, now); !r) return r.error();
    }

    // Registrations: someone from each institution, from some companies, and private people.
    std::vector<Attendee> people;
    for (const char* k : spec.institutions)
      if (auto id = key(k)) people.push_back({*id});
    std::vector<Id> picked;
    for (int i = 0; i < spec.companies && !companies->items.empty(); ++i) {
      Id company = companies->items[below(companies->items.size())].id;
      if (std::find(picked.begin(), picked.end(), company) != picked.end()) continue;
      picked.push_back(company);
      people.push_back({company});
    }
    for (int i = 0; i < spec.private_people; ++i) people.push_back({std::nullopt});

    std::vector<services::RegistrationReceipt> receipts;
    int serial = 0;
    for (const auto& person : people) {
      domain::Registration r;
      r.event_id = *event_id;
      r.name = std::string(first_names[below(first_names.size())]) + " " +
               std::string(last_names[below(last_names.size())]);
      r.email = email_of(r.name + " " + std::to_string(++serial), "teilnahme.example");
      r.organisation_id = person.organisation;
      r.consent_given = true;
      auto receipt = events.register_by_staff(who, r, now);
      if (!receipt) {
        if (receipt.error().code == ErrorCode::conflict) continue;  // the same address twice: skip
        return Error{receipt.error().code, "demo registration: " + receipt.error().message, {}};
      }
      receipts.push_back(*receipt);
      ++summary.registrations;
    }

    if (spec.past) {
      // About one in ten cancelled before the day (the waiting list moves up), and most of the
      // others came.
      for (const auto& receipt : receipts) {
        if (below(10) == 0) {
          if (auto c = events.cancel_registration(who, *event_id, receipt.registration_id, now); !c) return c.error();
        }
      }
      auto list = events.registrations(region_id, *event_id);
      if (!list) return list.error();
      for (const auto& v : *list) {
        if (v.registration.status != domain::RegistrationStatus::registered || below(100) >= 85) continue;
        if (auto c = events.check_in(who, *event_id, v.registration.id, true, now); !c) return c.error();
        ++summary.attended;
      }
      domain::Event closed = e;
      closed.id = *event_id;
      closed.registration_open = false;
      if (auto u = events.update_event(who, closed, now); !u) return u.error();
    }

    for (const char* topic_text : spec.topics) {
      domain::EventTopic t;
      t.event_id = *event_id;
      t.topic = topic_text;
      auto topic_id = events.add_topic(who, t, now);
      if (!topic_id) return topic_id.error();
      ++topic_count;
      if (!transferred && !networks->items.empty()) {
        domain::TransferEnd to;
        to.network_id = networks->items.front().id;
        auto transfer = events.follow_up_as_transfer(who, *event_id, *topic_id, to, "", "im Netzwerk aufgegriffen", now);
        if (!transfer) return transfer.error();
        transferred = true;
      }
    }
  }
  summary.topics = topic_count;
  return summary;
}

}  // namespace bb::demo
