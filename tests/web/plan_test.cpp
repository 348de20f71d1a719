// The action plan (issue 6) through a real server: forms with errors next to the fields, the
// outline, adoption freezing a version that no route can change, revisions and the diff in
// German, partners' proposals limited to their organisation's measures, the PDF read back with
// pdftotext, and the JSON API with tenant isolation.
#include "domain/plan_snapshot.hpp"
#include "services/plan_service.hpp"
#include "services/register_service.hpp"
#include "web_fixture.hpp"

#include <boost/json.hpp>

#include <cstdio>
#include <fstream>

namespace json = boost::json;
namespace bhttp = boost::beast::http;
using bb::domain::Id;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
std::vector<std::pair<std::string, std::string>> bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}

class PlanWeb : public WebFixture {
 protected:
  void SetUp() override {
    WebFixture::SetUp();
    if (HasFatalFailure()) return;
    ihk_ = make_organisation("IHK Hannover", "ihk");
    hwk_ = make_organisation("Handwerkskammer Hannover", "hwk");
    migrants_ = make_organisation("Migrantenverein Garbsen", "migrant_organisation");
    bb::domain::Plan p;
    p.title = "Handlungsplan Ausbildung und Migration";
    p.period_start = "2025-01-01";
    p.period_end = "2027-12-31";
    p.preamble = "Gemeinsam mit den Partnern der Region.";
    plan_ = *svc().create_plan(staff(), p, 100);
    field_ = *svc().create_field(staff(), plan_, {0, plan_, 0, "Betriebe für Ausbildung gewinnen", ""}, 100);
    goal_ = *svc().create_goal(staff(), plan_, {0, field_, 0, "Mehr Ausbildungsbetriebe", ""}, 100);
    indicator_ = *svc().create_indicator(staff(), plan_, {0, goal_, "Neue Ausbildungsbetriebe", "Betriebe", 12, 40, "2027-12-31"}, 100);
    bb::domain::PlanMeasure m;
    m.goal_id = goal_;
    m.title = "Azubi-Speeddating";
    m.lead_organisation_id = ihk_;
    m.partner_organisation_ids = {hwk_};
    m.end_on = "2026-06-30";
    auto measure = svc().create_measure(staff(), plan_, m, 100);
    EXPECT_TRUE(measure.ok()) << (measure.ok() ? "" : measure.error().message);
    measure_ = measure.ok() ? *measure : 0;
    m.title = "Elternabende in Moscheegemeinden";
    m.lead_organisation_id = migrants_;
    m.partner_organisation_ids = {};
    other_measure_ = *svc().create_measure(staff(), plan_, m, 100);
  }

  bb::services::PlanService svc() { return bb::services::PlanService(*db_); }
  bb::services::PlanCaller staff() { return bb::services::PlanCaller::operator_in(region_a_); }
  Id make_organisation(const std::string& name, const std::string& type) {
    bb::services::RegisterService r(*db_);
    bb::domain::Organisation o;
    o.name = name;
    o.type = type;
    auto id = r.create_organisation(bb::services::RegisterCaller::operator_in(region_a_), o, 50);
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
  }
  void link_partner(Id organisation) {
    bb::services::RegisterService r(*db_);
    bb::services::RegisterCaller admin{bb::services::Actor{admin_a_, region_a_, "test"}, region_a_,
                                       bb::domain::Role::admin};
    ASSERT_TRUE(r.set_partner_organisation(admin, partner_a_, organisation, 60).ok());
  }
  std::string plan_path() const { return "/plans/" + std::to_string(plan_); }
  std::string document_json() {
    auto d = svc().document(region_a_, plan_);
    return d.ok() && d->has_value() ? bb::domain::to_snapshot_json(**d) : std::string();
  }
  std::string version_snapshot(int number) {
    auto v = svc().version(region_a_, plan_, number);
    return v.ok() && v->has_value() ? (*v)->snapshot_json : std::string();
  }
  int adopt_by_page(bb::testing::TestClient& c, const std::string& occasion) {
    const auto token = c.csrf_token_from(plan_path() + "/adopt");
    const auto ihk = std::to_string(ihk_);
    return c.post_form(plan_path() + "/adopt", {{"_csrf", token},
                                                {"adopted_on", "2026-11-20"},
                                                {"occasion", occasion},
                                                {"agree", ihk},
                                                {"person_" + ihk, "Dr. Anna Beispiel"},
                                                {"agreed_on_" + ihk, "2026-11-19"}})
        .status;
  }

  Id ihk_ = 0, hwk_ = 0, migrants_ = 0, plan_ = 0, field_ = 0, goal_ = 0, indicator_ = 0, measure_ = 0,
     other_measure_ = 0;
};

}  // namespace

TEST_F(PlanWeb, OutlineShowsFieldsGoalsIndicatorsAndMeasuresWithAnchoringFlag) {
  auto c = signed_in("admin-a@example.org");
  auto page = c.get(plan_path());
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Betriebe für Ausbildung gewinnen"));
  EXPECT_TRUE(contains(page.body, "Mehr Ausbildungsbetriebe"));
  EXPECT_TRUE(contains(page.body, "Neue Ausbildungsbetriebe"));
  EXPECT_TRUE(contains(page.body, "Azubi-Speeddating"));
  EXPECT_TRUE(contains(page.body, "Handwerkskammer Hannover"));
  EXPECT_TRUE(contains(page.body, "Verortung nicht vereinbart"));
  EXPECT_TRUE(contains(page.body, "href=\"/plans\" aria-current=\"page\"")) << "the main navigation entry";
  auto svg = c.get(plan_path() + "/timeline.svg");
  EXPECT_EQ(svg.status, 200);
  EXPECT_EQ(svg.header("content-type"), "image/svg+xml; charset=utf-8");
  EXPECT_TRUE(contains(svg.body, "Azubi-Speeddating"));
  // Another region's staff does not see the plan.
  auto b = signed_in("admin-b@example.org");
  EXPECT_EQ(b.get(plan_path()).status, 404);
}

TEST_F(PlanWeb, FormsShowErrorsNextToTheirFields) {
  auto c = signed_in("admin-a@example.org");
  auto token = c.csrf_token_from("/plans/new");
  auto bad = c.post_form("/plans", {{"_csrf", token}, {"title", ""}, {"period_start", "2027-01-01"},
                                    {"period_end", "2026-01-01"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "id=\"title-error\""));
  EXPECT_TRUE(contains(bad.body, "id=\"period_end-error\""));
  auto good = c.post_form("/plans", {{"_csrf", token}, {"title", "Neuer Plan"}, {"period_start", "2026-01-01"},
                                     {"period_end", "2028-12-31"}});
  EXPECT_EQ(good.status, 303);

  token = c.csrf_token_from(plan_path() + "/measures/new?goal=" + std::to_string(goal_));
  auto measure = c.post_form(plan_path() + "/measures",
                             {{"_csrf", token}, {"goal_id", std::to_string(goal_)}, {"title", "Maßnahme"},
                              {"lead_organisation_id", std::to_string(ihk_)},
                              {"partner_organisation_ids", std::to_string(ihk_)}, {"start_on", "2026-05-01"},
                              {"end_on", "2026-01-01"}, {"anchoring_state", "agreed"}});
  EXPECT_EQ(measure.status, 422);
  EXPECT_TRUE(contains(measure.body, "id=\"partner_organisation_ids-error\""));
  EXPECT_TRUE(contains(measure.body, "id=\"end_on-error\""));
  EXPECT_TRUE(contains(measure.body, "id=\"anchoring_organisation_id-error\""));
  auto ok = c.post_form(plan_path() + "/measures",
                        {{"_csrf", token}, {"goal_id", std::to_string(goal_)}, {"title", "Betriebsbesuche"},
                         {"lead_organisation_id", std::to_string(hwk_)}, {"anchoring_state", "agreed"},
                         {"anchoring_organisation_id", std::to_string(hwk_)}, {"status", "running"}});
  EXPECT_EQ(ok.status, 303) << ok.body;
  EXPECT_TRUE(contains(c.get(plan_path()).body, "Betriebsbesuche"));
}

TEST_F(PlanWeb, NoRouteChangesAnAdoptedVersion) {
  link_partner(hwk_);
  // An open proposal from before the adoption, to try deciding it afterwards.
  auto partner = signed_in("partner-a@example.org");
  auto ptoken = partner.csrf_token_from(plan_path() + "/measures/" + std::to_string(measure_) + "/propose");
  ASSERT_EQ(partner.post_form(plan_path() + "/measures/" + std::to_string(measure_) + "/propose",
                              {{"_csrf", ptoken}, {"title", "Azubi-Speeddating XXL"}, {"reason", "größer"}})
                .status,
            303);
  const auto proposal = (*svc().proposals(region_a_, plan_))[0].id;

  auto c = signed_in("admin-a@example.org");
  ASSERT_EQ(adopt_by_page(c, "Netzwerkkonferenz 2026"), 303);
  const auto adopted = version_snapshot(1);
  ASSERT_FALSE(adopted.empty());
  const auto living = document_json();

  const auto token = c.csrf_token_from(plan_path());
  const auto m = std::to_string(measure_), f = std::to_string(field_), g = std::to_string(goal_),
             i = std::to_string(indicator_);
  const std::vector<std::string> page_routes = {
      plan_path(),
      plan_path() + "/fields",
      plan_path() + "/fields/" + f,
      plan_path() + "/fields/" + f + "/delete",
      plan_path() + "/goals",
      plan_path() + "/goals/" + g,
      plan_path() + "/goals/" + g + "/delete",
      plan_path() + "/indicators",
      plan_path() + "/indicators/" + i,
      plan_path() + "/indicators/" + i + "/delete",
      plan_path() + "/measures",
      plan_path() + "/measures/" + m,
      plan_path() + "/measures/" + m + "/delete",
      plan_path() + "/proposals/" + std::to_string(proposal) + "/accept",
      plan_path() + "/proposals/" + std::to_string(proposal) + "/reject",
      plan_path() + "/adopt",
      plan_path() + "/versions/1",
      plan_path() + "/versions/1/plan.pdf",
  };
  for (const auto& route : page_routes) {
    auto res = c.post_form(route, {{"_csrf", token}, {"title", "Geändert"}, {"goal_id", g}, {"field_id", f},
                                   {"name", "X"}, {"unit", "Y"}, {"baseline", "1"}, {"target_value", "2"},
                                   {"target_date", "2027-01-01"}, {"period_start", "2025-01-01"},
                                   {"period_end", "2027-12-31"}, {"adopted_on", "2026-12-01"}, {"occasion", "X"}});
    EXPECT_TRUE(res.status == 409 || res.status == 404 || res.status == 405) << route << " answered " << res.status;
  }
  auto p = partner.post_form(plan_path() + "/measures/" + m + "/propose", {{"_csrf", ptoken}, {"title", "Noch mal"}});
  EXPECT_EQ(p.status, 409);

  const auto api = token_for(admin_a_);
  const std::string base = "/api/v1/plans/" + std::to_string(plan_);
  const std::vector<std::pair<bhttp::verb, std::string>> api_routes = {
      {bhttp::verb::patch, base},
      {bhttp::verb::post, base + "/fields"},
      {bhttp::verb::post, base + "/goals"},
      {bhttp::verb::post, base + "/indicators"},
      {bhttp::verb::post, base + "/measures"},
      {bhttp::verb::patch, base + "/measures/" + m},
      {bhttp::verb::delete_, base + "/measures/" + m},
      {bhttp::verb::post, base + "/versions"},
      {bhttp::verb::post, base + "/proposals/" + std::to_string(proposal) + "/decision"},
      {bhttp::verb::put, base + "/versions/1"},
      {bhttp::verb::patch, base + "/versions/1"},
      {bhttp::verb::delete_, base + "/versions/1"},
      {bhttp::verb::post, base + "/versions/1"},
  };
  const std::string body = R"({"title":"Geändert","field_id":)" + f + R"(,"goal_id":)" + g +
                           R"(,"name":"X","unit":"Y","baseline":1,"target_value":2,"target_date":"2027-01-01",)"
                           R"("adopted_on":"2026-12-01","occasion":"X","accept":true})";
  for (const auto& [verb, route] : api_routes) {
    auto res = c.send(verb, route, body, "application/json", bearer(api));
    EXPECT_TRUE(res.status == 409 || res.status == 404 || res.status == 405)
        << route << " answered " << res.status << " " << res.body;
  }
  EXPECT_EQ(version_snapshot(1), adopted);
  EXPECT_EQ(document_json(), living);

  // Progress is tracked on the living plan; the version stays as adopted.
  auto status = c.post_form(plan_path() + "/measures/" + m + "/status", {{"_csrf", token}, {"status", "done"}});
  EXPECT_EQ(status.status, 303);
  EXPECT_EQ(version_snapshot(1), adopted);
  // A revision starts a new draft; editing it leaves version 1 untouched.
  ASSERT_EQ(c.post_form(plan_path() + "/revise", {{"_csrf", token}}).status, 303);
  auto edit = c.post_form(plan_path() + "/fields/" + f, {{"_csrf", token}, {"title", "Betriebe gewinnen (neu)"}});
  EXPECT_EQ(edit.status, 303);
  EXPECT_EQ(version_snapshot(1), adopted);
  auto v1 = c.get(plan_path() + "/versions/1");
  EXPECT_TRUE(contains(v1.body, "Betriebe für Ausbildung gewinnen"));
  EXPECT_FALSE(contains(v1.body, "Betriebe gewinnen (neu)"));
}

TEST_F(PlanWeb, PartnerProposesChangesOnlyToTheirOrganisationsMeasuresAndStaffDecides) {
  link_partner(hwk_);  // the Handwerkskammer supports the speeddating, not the parents' evenings
  auto partner = signed_in("partner-a@example.org");
  const auto own = plan_path() + "/measures/" + std::to_string(measure_);
  const auto others = plan_path() + "/measures/" + std::to_string(other_measure_);
  auto outline = partner.get(plan_path());
  EXPECT_TRUE(contains(outline.body, own + "/propose"));
  EXPECT_FALSE(contains(outline.body, others + "/propose"));
  EXPECT_FALSE(contains(outline.body, own + "/edit"));

  const auto token = partner.csrf_token_from(own + "/propose");
  // Direct edits are staff work; proposals on other organisations' measures are refused.
  EXPECT_EQ(partner.post_form(own, {{"_csrf", token}, {"title", "Gekapert"}, {"goal_id", std::to_string(goal_)}}).status, 403);
  EXPECT_EQ(partner.post_form(others, {{"_csrf", token}, {"title", "Gekapert"}, {"goal_id", std::to_string(goal_)}}).status,
            403);
  EXPECT_EQ(partner.get(others + "/propose").status, 403);
  EXPECT_EQ(partner.post_form(others + "/propose", {{"_csrf", token}, {"title", "Gekapert"}}).status, 403);
  const auto api = token_for(partner_a_);
  auto via_api = partner.send(bhttp::verb::patch, "/api/v1/plans/" + std::to_string(plan_) + "/measures/" +
                                                      std::to_string(other_measure_),
                              R"({"title":"Gekapert"})", "application/json", bearer(api));
  EXPECT_EQ(via_api.status, 403);
  auto via_api_proposal = partner.send(bhttp::verb::post, "/api/v1/plans/" + std::to_string(plan_) + "/measures/" +
                                                              std::to_string(other_measure_) + "/proposals",
                                       R"({"title":"Gekapert"})", "application/json", bearer(api));
  EXPECT_EQ(via_api_proposal.status, 403);
  EXPECT_TRUE(contains(document_json(), "Elternabende in Moscheegemeinden"));

  // A proposal on their own measure: the measure stays as it is until staff accept.
  auto proposed = partner.post_form(own + "/propose", {{"_csrf", token},
                                                       {"title", "Azubi-Speeddating mit Handwerk"},
                                                       {"lead_organisation_id", std::to_string(ihk_)},
                                                       {"partner_organisation_ids", std::to_string(hwk_)},
                                                       {"end_on", "2026-06-30"},
                                                       {"reason", "Das Handwerk ist dabei."}});
  EXPECT_EQ(proposed.status, 303) << proposed.body;
  EXPECT_FALSE(contains(document_json(), "Azubi-Speeddating mit Handwerk"));
  auto comment = partner.post_form(plan_path() + "/comments",
                                   {{"_csrf", token}, {"item_type", "measure"}, {"item_id", std::to_string(other_measure_)},
                                    {"body", "Wir könnten Räume stellen."}});
  EXPECT_EQ(comment.status, 303) << "partners comment on any item";
  EXPECT_TRUE(contains(partner.get(others).body, "Wir könnten Räume stellen."));

  auto c = signed_in("admin-a@example.org");
  auto list = c.get(plan_path() + "/proposals");
  EXPECT_TRUE(contains(list.body, "Azubi-Speeddating mit Handwerk"));
  const auto proposal = (*svc().proposals(region_a_, plan_))[0].id;
  const auto stoken = c.csrf_token_from(plan_path() + "/proposals");
  auto accepted = c.post_form(plan_path() + "/proposals/" + std::to_string(proposal) + "/accept",
                              {{"_csrf", stoken}, {"decision_note", "Einverstanden."}});
  EXPECT_EQ(accepted.status, 303);
  EXPECT_TRUE(contains(document_json(), "Azubi-Speeddating mit Handwerk"));
  const auto decided = (*svc().proposals(region_a_, plan_))[0];
  EXPECT_EQ(decided.state, bb::domain::ProposalState::accepted);
  EXPECT_EQ(decided.decision_note, "Einverstanden.");
  EXPECT_EQ(decided.decided_by_name, "Admin A");
  // Decided once: a second decision is refused.
  EXPECT_EQ(c.post_form(plan_path() + "/proposals/" + std::to_string(proposal) + "/reject", {{"_csrf", stoken}}).status,
            409);

  // The organisation's own view: what it leads or supports.
  auto mine = partner.get("/plans/organisations/" + std::to_string(hwk_));
  EXPECT_TRUE(contains(mine.body, "Azubi-Speeddating mit Handwerk"));
  EXPECT_FALSE(contains(mine.body, "Elternabende"));
}

TEST_F(PlanWeb, DiffBetweenVersionsReadsInGerman) {
  auto c = signed_in("admin-a@example.org");
  ASSERT_EQ(adopt_by_page(c, "Netzwerkkonferenz"), 303);
  const auto token = c.csrf_token_from(plan_path());
  ASSERT_EQ(c.post_form(plan_path() + "/revise", {{"_csrf", token}}).status, 303);
  bb::domain::PlanMeasure m = *(*svc().document(region_a_, plan_))->measure(measure_);
  m.status = bb::domain::MeasureStatus::running;
  ASSERT_TRUE(svc().update_measure(staff(), plan_, m, 200).ok());
  ASSERT_TRUE(svc().delete_measure(staff(), plan_, other_measure_, 200).ok());
  ASSERT_TRUE(svc().create_field(staff(), plan_, {0, plan_, 0, "Eltern einbeziehen", ""}, 200).ok());
  ASSERT_EQ(adopt_by_page(c, "Fortschreibung 2027"), 303);

  auto diff = c.get(plan_path() + "/diff?from=1&to=2");
  ASSERT_EQ(diff.status, 200);
  EXPECT_TRUE(contains(diff.body, "Maßnahme „Azubi-Speeddating“: Status geändert von „geplant“ zu „läuft“."));
  EXPECT_TRUE(contains(diff.body, "Maßnahme „Elternabende in Moscheegemeinden“ wurde entfernt."));
  EXPECT_TRUE(contains(diff.body, "Handlungsfeld „Eltern einbeziehen“ wurde hinzugefügt."));
  auto versions = c.get(plan_path() + "/versions");
  EXPECT_TRUE(contains(versions.body, "Fortschreibung 2027"));
}

TEST_F(PlanWeb, PdfOfAVersionReadsBackWithItsContent) {
  auto c = signed_in("admin-a@example.org");
  ASSERT_EQ(adopt_by_page(c, "Netzwerkkonferenz 2026"), 303);
  auto pdf = c.get(plan_path() + "/versions/1/plan.pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  ASSERT_EQ(pdf.body.rfind("%PDF", 0), 0u);
  const auto file = dir_ / "plan.pdf";
  std::ofstream(file, std::ios::binary) << pdf.body;
  const std::string command = "pdftotext -layout -enc UTF-8 '" + file.string() + "' -";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string text;
  char buffer[4096];
  while (auto n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  ASSERT_EQ(::pclose(pipe), 0);
  for (const char* expected : {"Handlungsplan Ausbildung und Migration", "Region A", "Inhalt", "Präambel",
                               "Gemeinsam mit den Partnern der Region.", "Betriebe für Ausbildung gewinnen",
                               "Mehr Ausbildungsbetriebe", "Neue Ausbildungsbetriebe", "Azubi-Speeddating", "Zeitplan",
                               "IHK Hannover", "Zustimmende Partner", "Dr. Anna Beispiel", "Netzwerkkonferenz 2026",
                               "19.11.2026", "Seite 2"})
    EXPECT_TRUE(contains(text, expected)) << expected << "\n---\n" << text;
}

TEST_F(PlanWeb, ApiAdoptsListsVersionsAndDiffsWithinTheRegionOnly) {
  const auto api = token_for(admin_a_);
  auto c = client();
  const std::string base = "/api/v1/plans/" + std::to_string(plan_);
  auto doc = c.get(base, bearer(api));
  ASSERT_EQ(doc.status, 200);
  EXPECT_EQ(json::parse(doc.body).at("measures").as_array().size(), 2u);
  auto adopted = c.send(bhttp::verb::post, base + "/versions",
                        R"({"adopted_on":"2026-11-20","occasion":"Konferenz","agreements":[{"organisation_id":)" +
                            std::to_string(ihk_) + R"(,"person":"A. Beispiel","agreed_on":"2026-11-19"}]})",
                        "application/json", bearer(api));
  ASSERT_EQ(adopted.status, 201) << adopted.body;
  EXPECT_EQ(json::parse(adopted.body).at("number").as_int64(), 1);
  auto bad = c.send(bhttp::verb::post, base + "/revision", "{}", "application/json", bearer(api));
  EXPECT_EQ(bad.status, 200);
  auto version = c.get(base + "/versions/1", bearer(api));
  ASSERT_EQ(version.status, 200);
  EXPECT_EQ(json::parse(version.body).at("snapshot").at("plan").at("title").as_string(),
            "Handlungsplan Ausbildung und Migration");
  auto patched = c.send(bhttp::verb::patch, base + "/measures/" + std::to_string(measure_), R"({"status":"done"})",
                        "application/json", bearer(api));
  EXPECT_EQ(patched.status, 200) << patched.body;
  auto diff = c.get(base + "/diff?from=1&to=0", bearer(api));
  ASSERT_EQ(diff.status, 200);
  const auto changes = json::parse(diff.body).at("changes").as_array();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].at("field").as_string(), "status");
  EXPECT_EQ(changes[0].at("after").as_string(), "done");
  auto invalid = c.send(bhttp::verb::post, base + "/measures", R"({"title":""})", "application/json", bearer(api));
  EXPECT_EQ(invalid.status, 422);
  EXPECT_TRUE(json::parse(invalid.body).at("error").at("fields").as_object().contains("title"));
  // Region B sees none of it.
  const auto other = token_for(admin_b_);
  EXPECT_EQ(c.get(base, bearer(other)).status, 404);
  EXPECT_EQ(c.get(base + "/versions/1", bearer(other)).status, 404);
  EXPECT_EQ(c.get(base + "/diff?from=1&to=0", bearer(other)).status, 404);
}

TEST_F(PlanWeb, AnOrganisationInAPlanCannotBeDeleted) {
  const auto api = token_for(admin_a_);
  auto c = client();
  for (Id organisation : {ihk_, hwk_}) {  // the lead of a measure, a partner of one
    auto res = c.send(bhttp::verb::delete_, "/api/v1/organisations/" + std::to_string(organisation), "", "application/json",
                      bearer(api));
    EXPECT_EQ(res.status, 409) << res.body;
    EXPECT_TRUE(json::parse(res.body).at("error").at("fields").as_object().contains("plan_measures"));
  }
  const auto unused = make_organisation("Ungenutzter Verein", "association");
  EXPECT_EQ(c.send(bhttp::verb::delete_, "/api/v1/organisations/" + std::to_string(unused), "", "application/json",
                   bearer(api)).status,
            204);
}
