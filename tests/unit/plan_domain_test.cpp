// The action plan's pure parts (issue 6): validation, the canonical snapshot of a version, the
// diff of two versions, and the timeline SVG.
#include "domain/plan.hpp"
#include "domain/plan_diff.hpp"
#include "domain/plan_snapshot.hpp"
#include "services/plan_timeline.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace bb::domain;

namespace {

PlanDocument sample() {
  PlanDocument d;
  d.plan.id = 7;
  d.plan.title = "Handlungsplan Region Hannover";
  d.plan.period_start = "2025-01-01";
  d.plan.period_end = "2027-12-31";
  d.plan.preamble = "Gemeinsam mit den Partnern.";
  d.fields = {{1, 7, 0, "Betriebe gewinnen", "KMU und migrantische Betriebe"},
              {2, 7, 1, "Eltern", ""}};
  d.goals = {{10, 1, 0, "Mehr Ausbildungsbetriebe", ""}, {11, 2, 0, "Eltern informiert", ""}};
  d.indicators = {{20, 10, "Neue Ausbildungsbetriebe", "Betriebe", 12, 40.5, "2027-12-31"}};
  PlanMeasure m;
  m.id = 30;
  m.goal_id = 10;
  m.title = "Azubi-Speeddating";
  m.description = "Zweimal im Jahr";
  m.lead_organisation_id = 100;
  m.partner_organisation_ids = {101, 102};
  m.target_groups = "Jugendliche, Betriebe";
  m.municipality_ids = {5};
  m.start_on = "2025-03-01";
  m.end_on = "2026-06-30";
  m.status = MeasureStatus::running;
  m.links = {{std::string(kLinkNetwork), 200}};
  m.anchoring_organisation_id = 101;
  m.anchoring_state = AnchoringState::talks;
  m.anchoring_note = "IHK prüft";
  d.measures = {m};
  d.organisation_names = {{100, "Region Hannover"}, {101, "IHK Hannover"}, {102, "Handwerkskammer Hannover"}};
  d.municipality_names = {{5, "Garbsen"}};
  d.network_names = {{200, "Arbeitskreis Ausbildung"}};
  return d;
}

bool has_change(const std::vector<PlanChange>& changes, PlanChange::Kind kind, const std::string& type,
                const std::string& field = "", const std::string& before = "", const std::string& after = "") {
  return std::any_of(changes.begin(), changes.end(), [&](const PlanChange& c) {
    return c.kind == kind && c.item_type == type && (field.empty() || c.field == field) &&
           (before.empty() || c.before == before) && (after.empty() || c.after == after);
  });
}

}  // namespace

TEST(PlanSnapshot, RoundTripKeepsEveryItemFieldAndName) {
  const auto d = sample();
  auto back = from_snapshot_json(to_snapshot_json(d));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->plan.title, d.plan.title);
  EXPECT_EQ(back->plan.preamble, d.plan.preamble);
  ASSERT_EQ(back->fields.size(), 2u);
  EXPECT_EQ(back->fields[0].description, "KMU und migrantische Betriebe");
  ASSERT_EQ(back->indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(back->indicators[0].target_value, 40.5);
  ASSERT_EQ(back->measures.size(), 1u);
  const auto& m = back->measures[0];
  EXPECT_EQ(m.partner_organisation_ids, (std::vector<Id>{101, 102}));
  EXPECT_EQ(m.municipality_ids, (std::vector<Id>{5}));
  EXPECT_EQ(m.links, d.measures[0].links);
  EXPECT_EQ(m.anchoring_state, AnchoringState::talks);
  EXPECT_EQ(m.anchoring_organisation_id, std::optional<Id>(101));
  EXPECT_EQ(back->organisation_names.at(102), "Handwerkskammer Hannover");
  // And the text is canonical: serialising what was read gives the same text again.
  EXPECT_EQ(to_snapshot_json(*back), to_snapshot_json(d));
}

TEST(PlanSnapshot, RefusesTextThatIsNoSnapshot) {
  EXPECT_FALSE(from_snapshot_json("not json").ok());
  EXPECT_FALSE(from_snapshot_json("{\"fields\":[]}").ok());
}

TEST(PlanDiff, IdenticalVersionsHaveNoChanges) {
  EXPECT_TRUE(diff(sample(), sample()).empty());
}

TEST(PlanDiff, ListsAddedRemovedAndChangedItemsFieldByField) {
  const auto older = sample();
  auto newer = sample();
  newer.plan.preamble = "Neu gefasst.";
  newer.fields.pop_back();  // "Eltern" removed (with its goal)
  newer.goals.pop_back();
  newer.fields.push_back({3, 7, 2, "Interkulturelle Öffnung", ""});
  auto& m = newer.measures[0];
  m.status = MeasureStatus::done;
  m.partner_organisation_ids = {101};
  m.anchoring_state = AnchoringState::agreed;
  newer.indicators[0].target_value = 45;

  const auto changes = diff(older, newer);
  EXPECT_TRUE(has_change(changes, PlanChange::Kind::changed, "plan", "preamble", "Gemeinsam mit den Partnern.",
                         "Neu gefasst."));
  EXPECT_TRUE(has_change(changes, PlanChange::Kind::added, "field"));
  EXPECT_TRUE(has_change(changes, PlanChange::Kind::removed, "field"));
  EXPECT_TRUE(has_change(changes, PlanChange::Kind::removed, "goal"));
  EXPECT_TRUE(has_change(changes, PlanChange::Kind::changed, "measure", "status", "running", "done"));
  EXPECT_TRUE(has_change(changes, PlanChange::Kind::changed, "measure", "partner_organisations",
                         "IHK Hannover, Handwerkskammer Hannover", "IHK Hannover"));
  EXPECT_TRUE(has_change(changes, PlanChange::Kind::changed, "measure", "anchoring_state", "talks", "agreed"));
  EXPECT_TRUE(has_change(changes, PlanChange::Kind::changed, "indicator", "target_value", "40,5", "45"));
  // Enum values are keys for the catalog, names are shown as they are.
  for (const auto& c : changes) {
    if (c.field == "status" || c.field == "anchoring_state") {
      EXPECT_TRUE(c.value_is_key);
    }
    if (c.field == "partner_organisations") {
      EXPECT_FALSE(c.value_is_key);
    }
  }
  EXPECT_EQ(changes.size(), 8u);
}

TEST(PlanDiff, DescribesEachVersionWithItsOwnNames) {
  // The register renamed the lead organisation after the older version was adopted: each
  // version reads with the name it was adopted with, so the diff shows the name as it changed.
  auto older = sample();
  auto newer = sample();
  newer.organisation_names[100] = "Region Hannover (Team Ausbildung)";
  const auto changes = diff(older, newer);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].field, "lead_organisation");
  EXPECT_EQ(changes[0].before, "Region Hannover");
}

TEST(PlanDiff, LargePlanDiffsToExactlyTheChangedMeasures) {
  auto older = sample();
  for (int i = 0; i < 500; ++i) {
    auto m = older.measures[0];
    m.id = 1000 + i;
    older.measures.push_back(m);
  }
  auto newer = older;
  for (int i = 0; i < 500; i += 5) newer.measures[static_cast<std::size_t>(i) + 1].title += " (neu)";
  EXPECT_EQ(diff(older, newer).size(), 100u);
}

TEST(PlanValidation, MeasureRulesNameTheirField) {
  PlanMeasure m;
  m.goal_id = 1;
  m.title = "X";
  m.lead_organisation_id = 5;
  m.partner_organisation_ids = {5};
  m.start_on = "2026-02-01";
  m.end_on = "2026-01-01";
  m.anchoring_state = AnchoringState::agreed;
  const auto e = validate(m);
  EXPECT_EQ(e.at("partner_organisation_ids"), "plans.validation.lead_is_partner");
  EXPECT_EQ(e.at("end_on"), "validation.date_order");
  EXPECT_EQ(e.at("anchoring_organisation_id"), "plans.validation.anchoring_partner");
  m.title = "";
  EXPECT_EQ(validate(m).at("title"), "validation.required");
}

TEST(PlanValidation, PlanNeedsTitleAndOrderedPeriod) {
  Plan p;
  auto e = validate(p);
  EXPECT_TRUE(e.contains("title"));
  EXPECT_TRUE(e.contains("period_start"));
  p.title = "Plan";
  p.period_start = "2027-01-01";
  p.period_end = "2025-01-01";
  EXPECT_EQ(validate(p).at("period_end"), "validation.date_order");
}

TEST(PlanValidation, AdoptionNeedsDateOccasionAndPersonPerAgreement) {
  PlanVersion v;
  v.agreements = {{1, "IHK", "", "2026-01-01"}};
  const auto e = validate(v);
  EXPECT_TRUE(e.contains("adopted_on"));
  EXPECT_TRUE(e.contains("occasion"));
  EXPECT_EQ(e.at("agreements"), "plans.validation.agreement_person");
}

TEST(PlanValidation, OnlyDraftsAndPlansInConsultationAreEditable) {
  EXPECT_TRUE(is_editable(PlanStatus::draft));
  EXPECT_TRUE(is_editable(PlanStatus::consultation));
  EXPECT_FALSE(is_editable(PlanStatus::adopted));
  EXPECT_FALSE(is_editable(PlanStatus::superseded));
}

TEST(PlanDiff, NumbersReadAsInGerman) {
  EXPECT_EQ(format_number(12), "12");
  EXPECT_EQ(format_number(12.5), "12,5");
  EXPECT_EQ(format_number(0.25), "0,25");
}

TEST(PlanTimeline, OneBarPerMeasureWithEscapedTextsAndMilestones) {
  auto d = sample();
  d.measures[0].title = "Speeddating <Betriebe & Jugendliche>";
  auto second = d.measures[0];
  second.id = 31;
  second.title = "Zweite Maßnahme";
  second.start_on = "";  // open start: from the plan's start
  d.measures.push_back(second);
  const auto svg = bb::services::timeline_svg(d, [](std::string_view key) { return std::string(key); }, "Zeitplan");
  EXPECT_EQ(svg.rfind("<svg ", 0), 0u);
  EXPECT_NE(svg.find("Speeddating &lt;Betriebe &amp; Jugendliche&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<Betriebe"), std::string::npos);
  std::size_t bars = 0;
  for (auto pos = svg.find("rx=\"2\""); pos != std::string::npos; pos = svg.find("rx=\"2\"", pos + 1)) ++bars;
  EXPECT_EQ(bars, 2u);
  EXPECT_NE(svg.find("plans.timeline.milestone: Neue Ausbildungsbetriebe (2027-12-31)"), std::string::npos);
  EXPECT_NE(svg.find(">2026<"), std::string::npos) << "year marks";
}

TEST(PlanTimeline, CivilDaysRoundTrip) {
  using bb::services::days_from_iso;
  using bb::services::iso_from_days;
  EXPECT_EQ(days_from_iso("1970-01-01"), std::optional<long>(0));
  EXPECT_EQ(iso_from_days(*days_from_iso("2024-02-29") + 1), "2024-03-01");
  EXPECT_EQ(iso_from_days(*days_from_iso("2025-12-31") + 90), "2026-03-31");
  EXPECT_FALSE(days_from_iso("2025-02-30").has_value());
}
