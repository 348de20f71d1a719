#include "demo/demo_plan.hpp"

#include "services/plan_service.hpp"

#include <array>
#include <vector>

namespace bb::demo {

namespace {

using domain::AnchoringState;
using domain::MeasureStatus;

struct DemoIndicator {
  const char* name;
  const char* unit;
  double baseline;
  double target;
  const char* target_date;
  std::array<double, 2> actuals;  // 2025-06-30, 2025-12-31 (negative: none)
};

struct DemoMeasure {
  const char* title;
  const char* description;
  const char* lead;                       // key of the register's organisation
  std::array<const char*, 3> partners;    // keys, nullptr = none
  const char* target_groups;
  const char* start_on;
  const char* end_on;
  MeasureStatus status;
  const char* resources;
  const char* risks;
  const char* anchoring_by;  // key or nullptr
  AnchoringState anchoring;
};

struct DemoGoal {
  const char* title;
  const char* description;
  DemoIndicator indicator;
  std::vector<DemoMeasure> measures;
};

struct DemoField {
  const char* title;
  const char* description;
  std::vector<DemoGoal> goals;
};

std::vector<DemoField> fields() {
  return {
      {"Betriebe für Ausbildung gewinnen",
       "Kleine und mittlere Betriebe, besonders migrantisch geführte, bilden (wieder) aus.",
       {{"Mehr Ausbildungsbetriebe unter migrantisch geführten Unternehmen",
         "Erstausbildende Betriebe werden bis zum ersten Ausbildungsvertrag begleitet.",
         {"Neue Ausbildungsbetriebe (migrantisch geführt)", "Betriebe", 12, 40, "2027-12-31", {18, 24}},
         {{"Azubi-Speeddating im Frühjahr und Herbst",
           "Jugendliche und Betriebe lernen sich in kurzen Gesprächen kennen; Vorbereitung in den Sprachkursen.",
           "hwk", {"ihk", "jobcenter", "agency"}, "Jugendliche, junge Geflüchtete, KMU", "2025-03-01", "2027-11-30",
           MeasureStatus::running, "Räume der HWK; 2 Personentage je Termin", "Zu wenige Betriebe in ländlichen Kommunen",
           "hwk", AnchoringState::agreed},
          {"Ausbildungslotsen für migrantisch geführte Betriebe",
           "Beratung zur Ausbildungsberechtigung (AEVO) und zu Förderungen, auf Wunsch in der Herkunftssprache.",
           "ihk", {"miso", "hannoverimpuls", nullptr}, "Migrantisch geführte Betriebe", "2025-02-01", "2026-12-31",
           MeasureStatus::running, "0,5 Stelle Lotsin", "Förderende 2026", nullptr, AnchoringState::talks},
          {"Unternehmerfrühstück in den Kommunen", "Kommunale Wirtschaftsförderungen laden Betriebe ein.",
           "region_economy", {"econ_garbsen", "econ_langenhagen", "econ_laatzen"}, "Betriebe der Umlandkommunen",
           "2025-09-01", "2025-12-15", MeasureStatus::planned, "", "", nullptr, AnchoringState::open}}}}},
      {"Jugendliche und junge Geflüchtete in Ausbildung",
       "Übergänge von Schule und Sprachkurs in die duale Ausbildung gelingen.",
       {{"Mehr junge Geflüchtete beginnen eine Ausbildung", "",
         {"Ausbildungsbeginne junger Geflüchteter", "Personen", 85, 140, "2027-09-30", {96, 112}},
         {{"Sprachkurs plus Betriebspraktikum",
           "Berufssprachkurse mit begleitetem Praktikum in Ausbildungsbetrieben.", "vhs", {"jobcenter", "bnw", nullptr},
           "Junge Geflüchtete ab 18", "2025-04-01", "2027-03-31", MeasureStatus::running, "Finanziert über das Jobcenter",
           "Wartezeiten auf Kursplätze", "vhs", AnchoringState::regular},
          {"Ausbildungsbegleitung in den ersten sechs Monaten", "Ehrenamtliche Patenschaften und Nachhilfe.", "caritas",
           {"jba_hannover", nullptr, nullptr}, "Auszubildende mit Fluchtgeschichte", "2025-08-01", "2025-10-31",
           MeasureStatus::planned, "", "Zu wenige Ehrenamtliche", nullptr, AnchoringState::open}}}}},
      {"Eltern einbeziehen", "Eltern kennen die duale Ausbildung und unterstützen ihre Kinder bei der Wahl.",
       {{"Eltern sind über die duale Ausbildung informiert", "",
         {"Elternabende in Migrantenorganisationen", "Veranstaltungen", 4, 24, "2027-12-31", {7, 12}},
         {{"Elternabende in Migrantenorganisationen", "Mehrsprachige Abende mit Auszubildenden als Vorbildern.", "miso",
           {"kargah", "p_turkey", "p_arab"}, "Eltern", "2025-01-15", "2027-12-31", MeasureStatus::running,
           "Honorare für Sprachmittlung", "", "miso", AnchoringState::talks}}}}},
      {"Netzwerke und Verortung",
       "Die Strukturen tragen auch nach dem Ende der Förderung der Servicestelle.",
       {{"Die Brückenfunktion der Servicestelle ist verortet", "",
         {"Netzwerke mit verabredeter Übergabe", "Netzwerke", 2, 12, "2027-12-31", {4, -1}},
         {{"Übergabe der Netzwerkmoderation", "Jedes Netzwerk bekommt eine moderierende Organisation.",
           "service_centre", {"region_integration", "jobcenter", nullptr}, "Netzwerke der Region", "2026-01-01",
           "2027-12-31", MeasureStatus::planned, "", "Keine Organisation übernimmt die Moderation",
           "region_integration", AnchoringState::talks}}}}},
      {"Interkulturelle Öffnung der Regelangebote",
       "Berufsorientierung und Beratung erreichen junge Menschen mit Migrationsgeschichte.",
       {{"Regelangebote sind migrationssensibel", "",
         {"Beratungsstellen mit Öffnungsplan", "Stellen", 0, 10, "2027-06-30", {2, 3}},
         {{"Schulungen zu migrationssensibler Beratung", "Für Berufsberatung, Jugendberufsagenturen und Kammern.",
           "agency", {"jba_hannover", "jba_garbsen", "ihk"}, "Fachkräfte der Beratung", "2025-05-01", "2026-04-30",
           MeasureStatus::done, "Referentinnen aus Migrantenorganisationen", "", "agency", AnchoringState::regular}}}}},
  };
}

std::optional<domain::Id> id_of(const std::map<std::string, domain::Id>& organisations, const char* key) {
  if (!key) return std::nullopt;
  auto it = organisations.find(key);
  if (it == organisations.end()) return std::nullopt;
  return it->second;
}

}  // namespace

Result<DemoPlanSummary> create_demo_plan(storage::Database& db, domain::Id region_id,
                                         const std::map<std::string, domain::Id>& organisations, std::int64_t now) {
  services::PlanService plans(db);
  const auto who = services::PlanCaller::operator_in(region_id);
  DemoPlanSummary summary;
  domain::Plan plan;
  plan.title = "Regionaler Handlungsplan Ausbildung und Migration Region Hannover 2025–2027";
  plan.period_start = "2025-01-01";
  plan.period_end = "2027-12-31";
  plan.preamble =
      "Die Servicestelle Ausbildung und Migration und ihre Partner in der Region Hannover verabreden mit diesem "
      "Handlungsplan, wie mehr junge Menschen mit Migrations- und Fluchtgeschichte eine duale Ausbildung beginnen "
      "und abschließen.\n"
      "Der Plan wurde in den Netzwerken der Region gemeinsam erarbeitet. Er wird jährlich fortgeschrieben; die "
      "Maßnahmen sollen nach dem Ende der Förderung der Servicestelle bei den Partnern verortet sein.";
  auto plan_id = plans.create_plan(who, plan, now);
  if (!plan_id) return plan_id.error();
  summary.plan_id = *plan_id;
  std::vector<std::pair<domain::Id, DemoIndicator>> indicators;
  domain::Id parents_measure = 0;
  for (const auto& f : fields()) {
    auto field_id = plans.create_field(who, *plan_id, {0, *plan_id, 0, f.title, f.description}, now);
    if (!field_id) return field_id.error();
    for (const auto& g : f.goals) {
      auto goal_id = plans.create_goal(who, *plan_id, {0, *field_id, 0, g.title, g.description}, now);
      if (!goal_id) return goal_id.error();
      const auto& i = g.indicator;
      auto indicator_id = plans.create_indicator(
          who, *plan_id, {0, *goal_id, i.name, i.unit, i.baseline, i.target, i.target_date}, now);
      if (!indicator_id) return indicator_id.error();
      indicators.emplace_back(*indicator_id, i);
      for (const auto& dm : g.measures) {
        domain::PlanMeasure m;
        m.goal_id = *goal_id;
        m.title = dm.title;
        m.description = dm.description;
        m.lead_organisation_id = id_of(organisations, dm.lead);
        for (const char* key : dm.partners)
          if (auto id = id_of(organisations, key)) m.partner_organisation_ids.push_back(*id);
        m.target_groups = dm.target_groups;
        m.start_on = dm.start_on;
        m.end_on = dm.end_on;
        m.status = dm.status;
        m.resources = dm.resources;
        m.risks = dm.risks;
        m.anchoring_organisation_id = id_of(organisations, dm.anchoring_by);
        m.anchoring_state = m.anchoring_organisation_id ? dm.anchoring : AnchoringState::open;
        auto measure_id = plans.create_measure(who, *plan_id, m, now);
        if (!measure_id) return measure_id.error();
        if (std::string(dm.lead) == "miso") parents_measure = *measure_id;
        ++summary.measures;
      }
    }
  }
  for (const auto& [id, i] : indicators) {
    const std::array<const char*, 2> periods{"2025-06-30", "2025-12-31"};
    for (std::size_t k = 0; k < periods.size(); ++k) {
      if (i.actuals[k] < 0) continue;
      auto r = plans.record_indicator_value(who, *plan_id, {0, id, periods[k], i.actuals[k], "", 0}, now);
      if (!r) return r.error();
    }
  }
  // Version 1, adopted at the network conference with the partners' agreement.
  domain::PlanVersion v;
  v.adopted_on = "2025-11-20";
  v.occasion = "Netzwerkkonferenz Ausbildung und Migration 2025";
  const std::array<std::pair<const char*, const char*>, 5> agreed{{{"ihk", "Dr. Katrin Wolters"},
                                                                   {"hwk", "Jonas Brinkmann"},
                                                                   {"jobcenter", "Sabine Köhler"},
                                                                   {"agency", "Thomas Neumann"},
                                                                   {"miso", "Karim Haddad"}}};
  for (const auto& [key, person] : agreed)
    if (auto id = id_of(organisations, key)) v.agreements.push_back({*id, "", person, "2025-11-18"});
  auto number = plans.adopt(who, *plan_id, v, now);
  if (!number) return number.error();
  ++summary.versions;
  // The revision in progress: a new measure, and the parents' evenings' anchoring agreed.
  if (auto r = plans.start_revision(who, *plan_id, now); !r) return r.error();
  auto doc = plans.document(region_id, *plan_id);
  if (!doc || !doc->has_value()) return Error::internal("demo plan: document");
  if (const auto* m = (*doc)->measure(parents_measure)) {
    domain::PlanMeasure changed = *m;
    changed.anchoring_state = AnchoringState::agreed;
    changed.anchoring_note = "Der MiSO-Dachverband übernimmt die Elternabende ab 2027 in seine Regelarbeit.";
    if (auto r = plans.update_measure(who, *plan_id, changed, now); !r) return r.error();
  }
  if (!(*doc)->goals.empty()) {
    domain::PlanMeasure m;
    m.goal_id = (*doc)->goals.front().id;
    m.title = "Ausbildungsmesse „Vielfalt im Handwerk“";
    m.description = "Betriebe mit Auszubildenden aus vielen Ländern stellen sich vor.";
    m.lead_organisation_id = id_of(organisations, "hwk");
    if (auto id = id_of(organisations, "m_africa")) m.partner_organisation_ids.push_back(*id);
    m.start_on = "2026-09-01";
    m.end_on = "2026-09-30";
    auto id = plans.create_measure(who, *plan_id, m, now);
    if (!id) return id.error();
    ++summary.measures;
  }
  return summary;
}

}  // namespace bb::demo
