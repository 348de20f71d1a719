// The network analysis API (issue 4) through a real server: the analysis, the what-if and the
// map's graph of a small register; who may call what (partners the graph only); another region's
// records never appear and cannot be named; bad parameters answer 400 in the JSON error shape.
#include <boost/json.hpp>

#include "services/register_service.hpp"
#include "web_fixture.hpp"

namespace json = boost::json;
namespace bhttp = boost::beast::http;
using bb::domain::Id;

namespace {

std::vector<std::pair<std::string, std::string>> bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}

// Region A: networks Migration (migration) and Betriebe (sector) bridged only by the service
// centre; a school in Migration, a company in Betriebe with a tie to the school; a third network
// Schule nobody bridges to. Region B: one organisation and one network of its own.
class AnalysisApi : public WebFixture {
 protected:
  void SetUp() override {
    WebFixture::SetUp();
    if (HasFatalFailure()) return;
    centre_ = organisation(region_a_, "Servicestelle", "service_centre");
    school_ = organisation(region_a_, "BBS Eins", "vocational_school");
    company_ = organisation(region_a_, "Bäckerei Zwei", "company");
    migration_ = network(region_a_, "Migration", bb::domain::NetworkFocus::migration);
    business_ = network(region_a_, "Betriebe", bb::domain::NetworkFocus::sector);
    schools_ = network(region_a_, "Schule", bb::domain::NetworkFocus::thematic);
    member(region_a_, migration_, centre_);
    member(region_a_, business_, centre_);
    member(region_a_, migration_, school_);
    member(region_a_, business_, company_);
    member(region_a_, schools_, school_);
    bb::domain::Tie t;
    t.organisation_a_id = company_;
    t.organisation_b_id = school_;
    t.intensity = 2;
    t.since = "2020-01-01";
    ASSERT_TRUE(svc().create_tie(staff_in(region_a_), t, bb::unix_now()).ok());
    foreign_ = organisation(region_b_, "Fremde Firma", "company");
    foreign_network_ = network(region_b_, "Fremdes Netz", bb::domain::NetworkFocus::local);
    member(region_b_, foreign_network_, foreign_);
    admin_token_ = token_for(admin_a_);
    partner_token_ = token_for(partner_a_);
  }

  bb::services::RegisterService svc() { return bb::services::RegisterService(*db_); }
  bb::services::RegisterCaller staff_in(Id region) { return bb::services::RegisterCaller::operator_in(region); }
  Id organisation(Id region, const std::string& name, const std::string& type) {
    bb::domain::Organisation o;
    o.name = name;
    o.type = type;
    auto id = svc().create_organisation(staff_in(region), o, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }
  Id network(Id region, const std::string& name, bb::domain::NetworkFocus focus) {
    bb::domain::Network n;
    n.name = name;
    n.focus = focus;
    auto id = svc().create_network(staff_in(region), n, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }
  void member(Id region, Id net, Id org) {
    bb::domain::Membership m;
    m.network_id = net;
    m.organisation_id = org;
    m.since = "2020-01-01";
    auto id = svc().create_membership(staff_in(region), m, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
  }
  bb::testing::ClientResponse get(const std::string& path, const std::string& token) {
    return client().get(path, bearer(token));
  }
  bb::testing::ClientResponse post(const std::string& path, const std::string& body, const std::string& token) {
    return client().send(bhttp::verb::post, path, body, "application/json", bearer(token));
  }
  static json::object parse(const bb::testing::ClientResponse& res) { return json::parse(res.body).as_object(); }

  Id centre_ = 0, school_ = 0, company_ = 0, migration_ = 0, business_ = 0, schools_ = 0, foreign_ = 0,
     foreign_network_ = 0;
  std::string admin_token_, partner_token_;
};

TEST_F(AnalysisApi, AnalysisShowsTheServiceCentreAsSoleBridgeAndOnlyTheCallersRegion) {
  auto res = get("/api/v1/analysis?date=2025-06-01", admin_token_);
  ASSERT_EQ(res.status, 200) << res.body;
  auto body = parse(res);
  EXPECT_EQ(body["focus_id"].as_int64(), centre_);
  const auto& organisations = body["organisations"].as_array();
  ASSERT_EQ(organisations.size(), 3U);
  for (const auto& o : organisations) EXPECT_NE(o.as_object().at("id").as_int64(), foreign_);
  const auto& sole = body["focus_sole_bridges"].as_array();
  ASSERT_EQ(sole.size(), 1U);
  EXPECT_EQ(sole[0].as_object().at("network_a_id").as_int64(), migration_);
  EXPECT_EQ(sole[0].as_object().at("network_b_id").as_int64(), business_);
  // Migration-Schule is bridged by the school; Betriebe-Schule by nobody.
  const auto& unbridged = body["unbridged_pairs"].as_array();
  ASSERT_EQ(unbridged.size(), 1U);
  EXPECT_EQ(unbridged[0].as_object().at("network_a_id").as_int64(), business_);
  EXPECT_EQ(unbridged[0].as_object().at("network_b_id").as_int64(), schools_);
  // The company has a tie to the school, a member of the other side: it can take the bridge over.
  const auto& handover = body["handover"].as_array();
  ASSERT_EQ(handover.size(), 1U);
  const auto& candidates = handover[0].as_object().at("candidates").as_array();
  ASSERT_FALSE(candidates.empty());
  EXPECT_EQ(candidates[0].as_object().at("organisation").as_object().at("id").as_int64(), company_);
  // The recommendation for the centre: join Schule (bridges the unbridged Betriebe-Schule pair).
  const auto& recommended = body["recommendation"].as_object().at("networks").as_array();
  ASSERT_FALSE(recommended.empty());
  EXPECT_EQ(recommended[0].as_object().at("network_id").as_int64(), schools_);
}

TEST_F(AnalysisApi, AnotherRegionsOrganisationOrNetworkCannotBeNamed) {
  auto res = get("/api/v1/analysis?focus=" + std::to_string(foreign_), admin_token_);
  ASSERT_EQ(res.status, 400) << res.body;
  auto body = parse(res);
  EXPECT_EQ(body["error"].as_object().at("code").as_string(), "invalid_input");
  EXPECT_TRUE(body["error"].as_object().at("fields").as_object().contains("focus"));
  res = get("/api/v1/analysis/graph?partition=affiliation&network=" + std::to_string(foreign_network_), admin_token_);
  ASSERT_EQ(res.status, 400) << res.body;
  EXPECT_TRUE(parse(res)["error"].as_object().at("fields").as_object().contains("network"));
  res = post("/api/v1/analysis/what-if",
             R"({"edits":[{"kind":"remove_organisation","organisation_id":)" + std::to_string(foreign_) + "}]}",
             admin_token_);
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_TRUE(parse(res)["error"].as_object().at("fields").as_object().contains("edits[0].organisation_id"));
  // Region B's admin sees only region B.
  res = get("/api/v1/analysis/graph", token_for(admin_b_));
  ASSERT_EQ(res.status, 200) << res.body;
  const auto graph = parse(res);
  const auto& nodes = graph.at("nodes").as_array();
  ASSERT_EQ(nodes.size(), 2U);
  EXPECT_EQ(nodes[0].as_object().at("organisation_id").as_int64(), foreign_);
}

TEST_F(AnalysisApi, PartnersSeeTheMapGraphButNotTheAnalysisOrTheWhatIf) {
  EXPECT_EQ(get("/api/v1/analysis/graph", partner_token_).status, 200);
  EXPECT_EQ(get("/api/v1/analysis", partner_token_).status, 403);
  EXPECT_EQ(post("/api/v1/analysis/what-if",
                 R"({"edits":[{"kind":"remove_organisation","organisation_id":)" + std::to_string(centre_) + "}]}",
                 partner_token_)
                .status,
            403);
  EXPECT_EQ(get("/api/v1/analysis/graph", token_for(national_)).status, 403);
  EXPECT_EQ(client().get("/api/v1/analysis").status, 401);
}

TEST_F(AnalysisApi, BadParametersAnswer400NamingEachParameter) {
  auto res = get("/api/v1/analysis?date=2025-02-30&partition=kommune&k=21&tie_factor=-1&diminishing=vielleicht&focus=x",
                 admin_token_);
  ASSERT_EQ(res.status, 400) << res.body;
  auto error = parse(res)["error"].as_object();
  EXPECT_EQ(error.at("code").as_string(), "invalid_input");
  EXPECT_FALSE(error.at("message").as_string().empty());
  const auto& fields = error.at("fields").as_object();
  for (const char* f : {"date", "partition", "k", "tie_factor", "diminishing", "focus"})
    EXPECT_TRUE(fields.contains(f)) << f << " in " << res.body;
  res = get("/api/v1/analysis?partition=affiliation", admin_token_);
  ASSERT_EQ(res.status, 400);
  EXPECT_TRUE(parse(res)["error"].as_object().at("fields").as_object().contains("network"));
  res = post("/api/v1/analysis/what-if", "{nicht json", admin_token_);
  EXPECT_EQ(res.status, 400);
  res = post("/api/v1/analysis/what-if", R"({"edits":[]})", admin_token_);
  EXPECT_EQ(res.status, 422);
}

TEST_F(AnalysisApi, WhatIfRemovingTheCentreUnbridgesItsPairAndStoresNothing) {
  auto res = post("/api/v1/analysis/what-if",
                  R"({"date":"2025-06-01","edits":[{"kind":"remove_organisation","organisation_id":)" +
                      std::to_string(centre_) + "}]}",
                  admin_token_);
  ASSERT_EQ(res.status, 200) << res.body;
  auto body = parse(res);
  EXPECT_FALSE(body["stored"].as_bool());
  const auto& unbridged = body["newly_unbridged"].as_array();
  ASSERT_EQ(unbridged.size(), 1U);
  EXPECT_EQ(unbridged[0].as_object().at("network_a_id").as_int64(), migration_);
  EXPECT_EQ(unbridged[0].as_object().at("network_b_id").as_int64(), business_);
  EXPECT_EQ(body["unbridged_pairs"].as_object().at("before").as_int64(), 1);
  EXPECT_EQ(body["unbridged_pairs"].as_object().at("after").as_int64(), 2);
  // Adding the company to Migration bridges the pair again (a second bridge: no longer single).
  res = post("/api/v1/analysis/what-if",
             R"({"date":"2025-06-01","edits":[{"kind":"add_membership","organisation_id":)" +
                 std::to_string(company_) + R"(,"network_id":)" + std::to_string(migration_) + "}]}",
             admin_token_);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(parse(res)["no_longer_single"].as_array().size(), 1U);
  // Nothing stored.
  res = get("/api/v1/analysis?date=2025-06-01", admin_token_);
  EXPECT_EQ(parse(res)["focus_sole_bridges"].as_array().size(), 1U);
}

TEST_F(AnalysisApi, GraphCarriesNodesEdgesWithPeriodsAndTheFocusSoleBridges) {
  auto res = get("/api/v1/analysis/graph?date=2019-06-01", partner_token_);
  ASSERT_EQ(res.status, 200) << res.body;
  auto body = parse(res);
  const auto& nodes = body["nodes"].as_array();
  ASSERT_EQ(nodes.size(), 6U);  // 3 organisations, 3 networks
  int organisations = 0;
  for (const auto& n : nodes) organisations += n.as_object().at("kind").as_string() == "organisation" ? 1 : 0;
  EXPECT_EQ(organisations, 3);
  const auto& edges = body["edges"].as_array();
  ASSERT_EQ(edges.size(), 6U);  // 5 memberships, 1 tie
  for (const auto& e : edges) {
    EXPECT_EQ(e.as_object().at("since").as_string(), "2020-01-01");
    EXPECT_FALSE(e.as_object().at("valid").as_bool()) << "nothing is valid before 2020";
  }
  EXPECT_TRUE(body["focus_sole_bridges"].as_array().empty());
  res = get("/api/v1/analysis/graph?date=2025-06-01", partner_token_);
  body = parse(res);
  ASSERT_EQ(body["focus_sole_bridges"].as_array().size(), 1U);
  EXPECT_EQ(body["focus_sole_bridges"].as_array()[0].as_object().at("organisation").as_string(),
            "o" + std::to_string(centre_));
  EXPECT_EQ(body["focus"].as_string(), "o" + std::to_string(centre_));
}

}  // namespace

// ----- the pages (server-rendered tables) -----

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST_F(AnalysisApi, PagesAreForTheServiceCentresPeopleAndEveryViewRenders) {
  auto admin = signed_in("admin-a@example.org");
  for (const char* path : {"/analysis", "/analysis/metrics", "/analysis/brokerage", "/analysis/bridges",
                           "/analysis/handover", "/analysis/what-if", "/analysis/recommendations"}) {
    auto res = admin.get(std::string(path) + "?date=2025-06-01");
    EXPECT_EQ(res.status, 200) << path << ": " << res.body.substr(0, 300);
    EXPECT_TRUE(contains(res.body, "href=\"/analysis\"")) << "main navigation links the analysis: " << path;
  }
  auto partner = signed_in("partner-a@example.org");
  EXPECT_EQ(partner.get("/analysis").status, 403);
  EXPECT_EQ(partner.get("/analysis/metrics/export.csv?table=metrics").status, 403);
  EXPECT_FALSE(contains(partner.get("/").body, "href=\"/analysis\"")) << "no link for partners";
}

TEST_F(AnalysisApi, TablesSortOnTheServerByTheColumnLink) {
  auto admin = signed_in("admin-a@example.org");
  auto asc = admin.get("/analysis/metrics?date=2025-06-01&sort=metrics.name&order=asc");
  ASSERT_EQ(asc.status, 200);
  EXPECT_TRUE(contains(asc.body, "aria-sort=\"ascending\""));
  const auto table = [](const std::string& body) { return body.substr(body.find("id=\"table-metrics\"")); };
  EXPECT_LT(table(asc.body).find("BBS Eins"), table(asc.body).find("Servicestelle"));
  auto desc = admin.get("/analysis/metrics?date=2025-06-01&sort=metrics.name&order=desc");
  EXPECT_TRUE(contains(desc.body, "aria-sort=\"descending\""));
  EXPECT_GT(table(desc.body).find("BBS Eins"), table(desc.body).find("Servicestelle"));
  // The sole bridge of the centre is listed on the bridges page, the unbridged pair too.
  auto bridges = admin.get("/analysis/bridges?date=2025-06-01");
  EXPECT_TRUE(contains(bridges.body, "id=\"table-sole\""));
  EXPECT_TRUE(contains(bridges.body, "id=\"table-unbridged\""));
}

TEST_F(AnalysisApi, WhatIfFormShowsTheResultOrTheErrorNextToTheField) {
  auto admin = signed_in("admin-a@example.org");
  auto res = admin.get("/analysis/what-if?date=2025-06-01&edit=remove_organisation&subject=" + std::to_string(centre_));
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(contains(res.body, "id=\"table-changed_pairs\""));
  EXPECT_TRUE(contains(res.body, "verliert die Brücke"));
  auto bad = admin.get("/analysis/what-if?date=2025-06-01&edit=remove_membership&subject=" + std::to_string(centre_));
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "id=\"edit_network-error\"")) << bad.body.substr(0, 500);
  auto foreign = admin.get("/analysis/what-if?edit=remove_organisation&subject=" + std::to_string(foreign_));
  EXPECT_EQ(foreign.status, 422);
  EXPECT_TRUE(contains(foreign.body, "id=\"subject-error\""));
  auto bad_date = admin.get("/analysis/metrics?date=morgen");
  EXPECT_EQ(bad_date.status, 422);
  EXPECT_TRUE(contains(bad_date.body, "id=\"date-error\""));
  EXPECT_TRUE(contains(bad_date.body, "value=\"morgen\"")) << "the form keeps what was typed";
  // The handover weights are editable on the handover page, with errors next to the field.
  auto weights = admin.get("/analysis/handover?date=2025-06-01&handover_contacts=3&handover_load=0");
  ASSERT_EQ(weights.status, 200);
  EXPECT_TRUE(contains(weights.body, "id=\"handover_contacts\" name=\"handover_contacts\" type=\"text\" inputmode=\"decimal\" value=\"3\""));
  EXPECT_TRUE(contains(weights.body, "id=\"table-handover\""));
  auto bad_weight = admin.get("/analysis/handover?handover_intensity=viel");
  EXPECT_EQ(bad_weight.status, 422);
  EXPECT_TRUE(contains(bad_weight.body, "id=\"handover_intensity-error\""));
}

TEST_F(AnalysisApi, TableExportsNeutraliseFormulasAndGraphDownloadsAreFiles) {
  const Id evil = organisation(region_a_, "=HYPERLINK(\"http://x.example\")", "company");
  member(region_a_, schools_, evil);
  auto admin = signed_in("admin-a@example.org");
  auto csv = admin.get("/analysis/metrics/export.csv?date=2025-06-01&table=metrics");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(contains(csv.header("content-type"), "text/csv"));
  EXPECT_TRUE(contains(csv.body, "'=HYPERLINK")) << csv.body.substr(0, 400);
  auto xlsx = admin.get("/analysis/bridges/export.xlsx?date=2025-06-01&table=unbridged");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_EQ(admin.get("/analysis/bridges/export.csv?table=nonsense").status, 404);
  auto graphml = admin.get("/analysis/export.graphml?date=2025-06-01");
  ASSERT_EQ(graphml.status, 200);
  EXPECT_TRUE(contains(graphml.header("content-disposition"), ".graphml"));
  EXPECT_TRUE(contains(graphml.body, "=HYPERLINK(&quot;http://x.example&quot;)"));
  auto gexf = get("/api/v1/analysis/export.gexf?date=2025-06-01", partner_token_);
  ASSERT_EQ(gexf.status, 200);
  EXPECT_TRUE(contains(gexf.header("content-type"), "application/gexf+xml"));
  EXPECT_TRUE(contains(gexf.body, "<spell start=\"2020-01-01\"/>"));
}

}  // namespace
