// The register (issue 3) through a real server: organisation and network pages (lists with
// filters, search, paging; detail; forms with errors next to the fields; delete blocked while
// dependants exist), memberships from the network page, and the JSON API — with tenant
// isolation and the partner's limits.
#include "services/register_service.hpp"
#include "web_fixture.hpp"

#include <boost/json.hpp>

namespace json = boost::json;
namespace bhttp = boost::beast::http;
using bb::domain::Id;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
json::object parse(const bb::testing::ClientResponse& res) { return json::parse(res.body).as_object(); }
std::vector<std::pair<std::string, std::string>> bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}

class RegisterWeb : public WebOnBackends {
 protected:
  bb::services::RegisterCaller staff_in(Id region) {
    return bb::services::RegisterCaller::operator_in(region);
  }
  Id municipality_of(Id region) {
    auto m = db_->read_value([&](bb::storage::UnitOfWork& uow) { return uow.regions().municipalities(region); });
    return m->front().id;
  }
  Id make_organisation(Id region, const std::string& name, const std::string& type = "company", bool migrant_led = false) {
    bb::services::RegisterService svc(*db_);
    bb::domain::Organisation o;
    o.name = name;
    o.type = type;
    o.municipality_id = municipality_of(region);
    o.migrant_led = migrant_led;
    auto id = svc.create_organisation(staff_in(region), o, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }
  Id make_network(Id region, const std::string& name) {
    bb::services::RegisterService svc(*db_);
    bb::domain::Network n;
    n.name = name;
    auto id = svc.create_network(staff_in(region), n, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }
  void add_member(Id region, Id network, Id organisation) {
    bb::services::RegisterService svc(*db_);
    bb::domain::Membership m;
    m.network_id = network;
    m.organisation_id = organisation;
    m.since = "2020-01-01";
    auto id = svc.create_membership(staff_in(region), m, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
  }
  void link_partner(Id organisation) {
    bb::services::RegisterService svc(*db_);
    bb::services::RegisterCaller admin{bb::services::Actor{admin_a_, region_a_, "test"}, region_a_,
                                       bb::domain::Role::admin};
    auto linked = svc.set_partner_organisation(admin, partner_a_, organisation, bb::unix_now());
    EXPECT_TRUE(linked.ok()) << (linked.ok() ? "" : linked.error().message);
  }
  std::optional<bb::domain::Organisation> organisation(Id region, Id id) {
    bb::services::RegisterService svc(*db_);
    return *svc.find_organisation(region, id);
  }
};

}  // namespace

// ----- pages: organisations -----

TEST_P(RegisterWeb, OrganisationListFiltersSearchesWithoutUmlautsAndPages) {
  make_organisation(region_a_, "Bäckerei Müller", "company", true);
  make_organisation(region_a_, "IHK Hannover", "ihk");
  make_organisation(region_b_, "Müller aus B", "company");
  for (int i = 0; i < 27; ++i) make_organisation(region_a_, "Betrieb " + std::to_string(100 + i));
  auto c = signed_in("admin-a@example.org");

  auto search = c.get("/organisations?q=muller");
  ASSERT_EQ(search.status, 200);
  EXPECT_TRUE(contains(search.body, "Bäckerei Müller"));
  EXPECT_FALSE(contains(search.body, "IHK Hannover"));
  EXPECT_FALSE(contains(search.body, "Müller aus B")) << "another region's organisation";

  auto by_type = c.get("/organisations?type=ihk");
  EXPECT_TRUE(contains(by_type.body, "IHK Hannover"));
  EXPECT_FALSE(contains(by_type.body, "Bäckerei Müller"));
  EXPECT_TRUE(contains(by_type.body, "<option value=\"ihk\" selected>"));

  auto migrant_led = c.get("/organisations?migrant_led=1");
  EXPECT_TRUE(contains(migrant_led.body, "Bäckerei Müller"));
  EXPECT_FALSE(contains(migrant_led.body, "Betrieb 100"));

  auto first = c.get("/organisations?type=company&sort=name");
  EXPECT_TRUE(contains(first.body, "Seite 1 von 2 (28 Einträge)"));
  EXPECT_TRUE(contains(first.body, "href=\"/organisations?type=company&amp;sort=name&amp;page=2\""));
  auto second = c.get("/organisations?type=company&sort=name&page=2");
  EXPECT_TRUE(contains(second.body, "Seite 2 von 2"));
  EXPECT_TRUE(contains(second.body, "Betrieb 126"));
  EXPECT_FALSE(contains(second.body, "Betrieb 100"));

  auto desc = c.get("/organisations?type=company&sort=name&order=desc");
  EXPECT_TRUE(contains(desc.body, "Betrieb 126"));
}

TEST_P(RegisterWeb, CreateOrganisationShowsErrorsNextToFieldsThenSaves) {
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/organisations/new");
  auto bad = c.post_form("/organisations", {{"_csrf", token}, {"name", ""}, {"type", "company"},
                                            {"website", "kein-link"}, {"notes", "bleibt stehen"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "id=\"name-error\""));
  EXPECT_TRUE(contains(bad.body, "aria-describedby=\"name-error\""));
  EXPECT_TRUE(contains(bad.body, "aria-describedby=\"website-hint website-error\" aria-invalid=\"true\""));
  EXPECT_TRUE(contains(bad.body, "Bitte geben Sie eine Webadresse"));
  EXPECT_TRUE(contains(bad.body, "bleibt stehen")) << "the form keeps what was typed";
  auto none = c.get("/organisations");
  EXPECT_TRUE(contains(none.body, "Keine Organisation entspricht"));

  auto ok = c.post_form("/organisations", {{"_csrf", token}, {"name", "Kargah e.V."}, {"type", "migrant_organisation"},
                                           {"municipality_id", std::to_string(municipality_of(region_a_))},
                                           {"website", "https://kargah.example"}, {"languages", "de, fa"},
                                           {"active", "1"}});
  ASSERT_EQ(ok.status, 303);
  const auto location = ok.header("location");
  EXPECT_TRUE(location.starts_with("/organisations/"));
  auto detail = c.get(location);
  EXPECT_EQ(detail.status, 200);
  EXPECT_TRUE(contains(detail.body, "Die Organisation wurde angelegt."));
  EXPECT_TRUE(contains(detail.body, "Migrantenorganisation"));
  EXPECT_TRUE(contains(detail.body, "Region A Stadt"));
  EXPECT_TRUE(contains(detail.body, "de, fa"));
  EXPECT_TRUE(contains(detail.body, "angelegt")) << "the history from the audit log";
  EXPECT_TRUE(contains(detail.body, "Admin A"));
}

TEST_P(RegisterWeb, EditOrganisationRecordsTheChangeInItsHistory) {
  const auto id = make_organisation(region_a_, "Alter Name");
  auto c = signed_in("admin-a@example.org");
  const auto path = "/organisations/" + std::to_string(id);
  const auto token = c.csrf_token_from(path + "/edit");
  auto res = c.post_form(path, {{"_csrf", token}, {"name", "Neuer Name"}, {"type", "company"}, {"active", "1"},
                                {"may_train", "1"}, {"trains_now", "1"}});
  ASSERT_EQ(res.status, 303) << res.body;
  auto detail = c.get(path);
  EXPECT_TRUE(contains(detail.body, "<h1>Neuer Name</h1>"));
  EXPECT_TRUE(contains(detail.body, "geändert"));
  EXPECT_TRUE(contains(detail.body, "Alter Name → Neuer Name"));

  auto invalid = c.post_form(path, {{"_csrf", token}, {"name", "Neuer Name"}, {"type", "company"}, {"trains_now", "1"}});
  EXPECT_EQ(invalid.status, 422);
  EXPECT_TRUE(contains(invalid.body, "id=\"trains_now-error\""));
}

TEST_P(RegisterWeb, DeleteIsBlockedWithTheReasonWhileDependantsExist) {
  const auto org = make_organisation(region_a_, "Mitglied");
  const auto unbound = make_organisation(region_a_, "Frei");
  const auto net = make_network(region_a_, "Arbeitsmarktintegration");
  add_member(region_a_, net, org);
  auto c = signed_in("admin-a@example.org");
  const auto path = "/organisations/" + std::to_string(org);
  auto confirm = c.get(path + "/delete");
  EXPECT_EQ(confirm.status, 200);
  EXPECT_TRUE(contains(confirm.body, "Es hat noch Mitgliedschaften in Netzwerken."));
  EXPECT_FALSE(contains(confirm.body, "Endgültig löschen"));
  const auto token = c.csrf_token_from(path);
  auto refused = c.post_form(path + "/delete", {{"_csrf", token}});
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(contains(refused.body, "Es hat noch Mitgliedschaften in Netzwerken."));
  EXPECT_TRUE(organisation(region_a_, org).has_value());

  auto net_refused = c.post_form("/networks/" + std::to_string(net) + "/delete", {{"_csrf", token}});
  EXPECT_EQ(net_refused.status, 409);

  // Archiving instead works while the membership exists.
  EXPECT_TRUE(contains(confirm.body, "action=\"" + path + "/archive\""));
  auto archived = c.post_form(path + "/archive", {{"_csrf", token}});
  EXPECT_EQ(archived.status, 303);
  EXPECT_FALSE(organisation(region_a_, org)->active);
  EXPECT_TRUE(contains(c.get(path + "?saved=archived").body, "wurde deaktiviert"));
  EXPECT_TRUE(contains(c.get("/organisations?active=0").body, "Mitglied"));

  const auto free_path = "/organisations/" + std::to_string(unbound);
  EXPECT_TRUE(contains(c.get(free_path + "/delete").body, "Endgültig löschen"));
  auto deleted = c.post_form(free_path + "/delete", {{"_csrf", token}});
  EXPECT_EQ(deleted.status, 303);
  EXPECT_EQ(deleted.header("location"), "/organisations?saved=deleted");
  EXPECT_FALSE(organisation(region_a_, unbound).has_value());
}

TEST_P(RegisterWeb, AnotherRegionsOrganisationAndNetworkAre404) {
  const auto foreign = make_organisation(region_b_, "Fremd");
  const auto foreign_net = make_network(region_b_, "Fremdes Netz");
  auto c = signed_in("admin-a@example.org");
  const auto path = "/organisations/" + std::to_string(foreign);
  EXPECT_EQ(c.get(path).status, 404);
  EXPECT_EQ(c.get(path + "/edit").status, 404);
  EXPECT_EQ(c.get(path + "/delete").status, 404);
  const auto token = c.csrf_token_from("/organisations");
  EXPECT_EQ(c.post_form(path, {{"_csrf", token}, {"name", "Übernommen"}, {"type", "company"}}).status, 404);
  EXPECT_EQ(c.post_form(path + "/delete", {{"_csrf", token}}).status, 404);
  EXPECT_EQ(c.get("/networks/" + std::to_string(foreign_net)).status, 404);
  EXPECT_EQ(organisation(region_b_, foreign)->name, "Fremd");
}

TEST_P(RegisterWeb, PartnerEditsOnlyTheirOwnOrganisationAndSeesNoStaffActions) {
  const auto own = make_organisation(region_a_, "Eigene Organisation", "migrant_organisation");
  const auto other = make_organisation(region_a_, "Andere Organisation");
  link_partner(own);
  auto c = signed_in("partner-a@example.org");

  auto list = c.get("/organisations");
  EXPECT_EQ(list.status, 200);
  EXPECT_FALSE(contains(list.body, "href=\"/organisations/new\""));
  EXPECT_EQ(c.get("/organisations/new").status, 403);

  auto own_page = c.get("/organisations/" + std::to_string(own));
  EXPECT_TRUE(contains(own_page.body, "/organisations/" + std::to_string(own) + "/edit"));
  EXPECT_FALSE(contains(own_page.body, "/delete"));
  auto other_page = c.get("/organisations/" + std::to_string(other));
  EXPECT_EQ(other_page.status, 200);
  EXPECT_FALSE(contains(other_page.body, "/edit"));
  EXPECT_EQ(c.get("/organisations/" + std::to_string(other) + "/edit").status, 403);

  auto form = c.get("/organisations/" + std::to_string(own) + "/edit");
  EXPECT_FALSE(contains(form.body, "id=\"type\"")) << "partners do not change the classification";
  const auto token = c.csrf_token_from("/organisations/" + std::to_string(own) + "/edit");
  auto saved = c.post_form("/organisations/" + std::to_string(own), {{"_csrf", token}, {"name", "Eigene Organisation e.V."},
                                                                     {"phone", "0511 123"}});
  EXPECT_EQ(saved.status, 303) << saved.body;
  const auto after = organisation(region_a_, own);
  EXPECT_EQ(after->name, "Eigene Organisation e.V.");
  EXPECT_EQ(after->type, "migrant_organisation");
  EXPECT_TRUE(after->active);
  auto refused = c.post_form("/organisations/" + std::to_string(other), {{"_csrf", token}, {"name", "Gekapert"}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(organisation(region_a_, other)->name, "Andere Organisation");
  EXPECT_EQ(c.post_form("/organisations/" + std::to_string(own) + "/delete", {{"_csrf", token}}).status, 403);
  EXPECT_EQ(c.post_form("/networks", {{"_csrf", token}, {"name", "Partnernetz"}}).status, 403);
}

TEST_P(RegisterWeb, NationalUsersDoNotReachTheRegister) {
  auto c = signed_in("bund@example.org");
  EXPECT_EQ(c.get("/organisations").status, 403);
  EXPECT_EQ(c.get("/networks").status, 403);
}

// ----- pages: networks and memberships -----

TEST_P(RegisterWeb, NetworkIsCreatedAndMembersAreAddedAndEndedFromItsPage) {
  const auto org = make_organisation(region_a_, "BBS Burgdorf", "vocational_school");
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/networks/new");
  auto bad = c.post_form("/networks", {{"_csrf", token}, {"name", ""}, {"status", "ended"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "id=\"name-error\""));
  EXPECT_TRUE(contains(bad.body, "id=\"status_since-error\""));

  auto created = c.post_form("/networks", {{"_csrf", token}, {"name", "Ausbilder-Frühstück"}, {"focus", "sector"},
                                           {"meeting_rhythm", "quarterly"}, {"channels", "email_list"},
                                           {"channels", "newsletter"}, {"status", "active"}});
  ASSERT_EQ(created.status, 303) << created.body;
  const auto path = created.header("location").substr(0, created.header("location").find('?'));
  auto page = c.get(created.header("location"));
  EXPECT_TRUE(contains(page.body, "Das Netzwerk wurde angelegt."));
  EXPECT_TRUE(contains(page.body, "E-Mail-Verteiler, Newsletter"));
  EXPECT_TRUE(contains(page.body, "vierteljährlich"));
  EXPECT_TRUE(contains(c.get("/networks?q=fruhstuck").body, "Ausbilder-Frühstück"));

  auto wrong = c.post_form(path + "/memberships", {{"_csrf", token}, {"organisation_id", ""}, {"since", "gestern"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(contains(wrong.body, "id=\"organisation_id-error\""));
  EXPECT_TRUE(contains(wrong.body, "id=\"since-error\""));

  const auto member_link = "href=\"/organisations/" + std::to_string(org) + "\">BBS Burgdorf</a>";
  auto added = c.post_form(path + "/memberships", {{"_csrf", token}, {"organisation_id", std::to_string(org)},
                                                   {"role", "lead"}, {"since", "2024-01-01"}});
  ASSERT_EQ(added.status, 303) << added.body;
  page = c.get(path);
  EXPECT_TRUE(contains(page.body, member_link));
  EXPECT_TRUE(contains(page.body, "Federführung"));
  EXPECT_FALSE(contains(c.get(path + "?as_of=2023-06-01").body, member_link)) << "not yet a member then";
  EXPECT_TRUE(contains(c.get("/organisations/" + std::to_string(org)).body, "Ausbilder-Frühstück"));
  EXPECT_TRUE(contains(c.get("/organisations?network=" + path.substr(path.rfind('/') + 1)).body, "BBS Burgdorf"));

  auto again = c.post_form(path + "/memberships", {{"_csrf", token}, {"organisation_id", std::to_string(org)},
                                                   {"since", "2024-06-01"}});
  EXPECT_EQ(again.status, 422);
  EXPECT_TRUE(contains(again.body, "bereits Mitglied"));

  auto views = db_->read_value([&](bb::storage::UnitOfWork& uow) {
    return uow.memberships().of_organisation(region_a_, org, "");
  });
  ASSERT_EQ(views->size(), 1U);
  const auto membership = views->front().membership.id;
  auto ended = c.post_form(path + "/memberships/" + std::to_string(membership) + "/end",
                           {{"_csrf", token}, {"until", "2025-01-01"}});
  EXPECT_EQ(ended.status, 303);
  EXPECT_FALSE(contains(c.get(path).body, member_link)) << "no longer a member today";
  EXPECT_TRUE(contains(c.get(path + "?as_of=2024-06-01").body, member_link));
}

TEST_P(RegisterWeb, NetworkEditAndDeleteWithoutDependants) {
  const auto net = make_network(region_a_, "Runder Tisch");
  auto c = signed_in("admin-a@example.org");
  const auto path = "/networks/" + std::to_string(net);
  const auto token = c.csrf_token_from(path + "/edit");
  auto saved = c.post_form(path, {{"_csrf", token}, {"name", "Runder Tisch Flucht"}, {"focus", "migration"},
                                  {"status", "dormant"}, {"status_since", "2025-05-01"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  auto page = c.get(path);
  EXPECT_TRUE(contains(page.body, "ruhend"));
  EXPECT_TRUE(contains(page.body, "Runder Tisch → Runder Tisch Flucht"));
  EXPECT_TRUE(contains(c.get("/networks?status=dormant").body, "Runder Tisch Flucht"));
  EXPECT_FALSE(contains(c.get("/networks?status=active").body, "Runder Tisch Flucht"));
  EXPECT_EQ(c.post_form(path + "/delete", {{"_csrf", token}}).status, 303);
  EXPECT_EQ(c.get(path).status, 404);
}

TEST_P(RegisterWeb, CounsellorReadsButIsOfferedNoChanges) {
  make_user(region_a_, "beratung-a@example.org", "Beratung A", "counsellor");
  const auto org = make_organisation(region_a_, "Lesbar");
  const auto net = make_network(region_a_, "Lesbares Netz");
  auto c = signed_in("beratung-a@example.org");
  auto page = c.get("/organisations/" + std::to_string(org));
  EXPECT_EQ(page.status, 200);
  EXPECT_FALSE(contains(page.body, "/edit"));
  auto net_page = c.get("/networks/" + std::to_string(net));
  EXPECT_EQ(net_page.status, 200);
  EXPECT_FALSE(contains(net_page.body, "/memberships"));
  EXPECT_EQ(c.get("/organisations/" + std::to_string(org) + "/edit").status, 403);
}

TEST_P(RegisterWeb, DetailPageFlagsLikelyDuplicates) {
  const auto first = make_organisation(region_a_, "Bäckerei Çelik");
  const auto second = make_organisation(region_a_, "Backerei Celik");
  make_organisation(region_a_, "Ganz anders");
  auto body = signed_in("admin-a@example.org").get("/organisations/" + std::to_string(second)).body;
  EXPECT_TRUE(contains(body, "Möglicherweise doppelt erfasst"));
  EXPECT_TRUE(contains(body, "href=\"/organisations/" + std::to_string(first) + "\""));
}

TEST_P(RegisterWeb, ApiCounsellorReadsButDoesNotWrite) {
  const auto counsellor = make_user(region_a_, "beratung-api@example.org", "Beratung", "counsellor");
  const auto org = make_organisation(region_a_, "Lesbar per API");
  const auto token = token_for(counsellor);
  EXPECT_EQ(client().get("/api/v1/organisations/" + std::to_string(org), bearer(token)).status, 200);
  EXPECT_EQ(client().get("/api/v1/networks", bearer(token)).status, 200);
  EXPECT_EQ(client().send(bhttp::verb::patch, "/api/v1/organisations/" + std::to_string(org), R"({"notes":"x"})",
                          "application/json", bearer(token)).status, 403);
  EXPECT_EQ(client().send(bhttp::verb::post, "/api/v1/organisations", R"({"name":"X","type":"company"})",
                          "application/json", bearer(token)).status, 403);
}

TEST_P(RegisterWeb, RegisterPagesEscapeUserData) {
  make_organisation(region_a_, "<script>alert(1)</script>");
  auto body = signed_in("admin-a@example.org").get("/organisations").body;
  EXPECT_FALSE(contains(body, "<script>alert(1)</script>"));
  EXPECT_TRUE(contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_P(RegisterWeb, RegisterPagesSpeakEnglish) {
  const auto org = make_organisation(region_a_, "Sprachtest");
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/");
  ASSERT_EQ(c.post_form("/language", {{"_csrf", token}, {"language", "en"}, {"next", "/"}}).status, 303);
  EXPECT_TRUE(contains(c.get("/organisations").body, "Apply filters"));
  EXPECT_TRUE(contains(c.get("/organisations/" + std::to_string(org)).body, "Change history"));
  EXPECT_TRUE(contains(c.get("/networks").body, "<h1>Networks</h1>"));
}

// ----- API -----

TEST_P(RegisterWeb, ApiListsCreatesPatchesAndDeletesOrganisations) {
  const auto token = token_for(admin_a_);
  auto created = client().send(bhttp::verb::post, "/api/v1/organisations",
                               R"({"name":"Jobcenter Region A","type":"jobcenter","languages":["de","en"],"tags":["SGB II"]})",
                               "application/json", bearer(token));
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = parse(created).at("id").as_int64();
  EXPECT_EQ(created.header("location"), "/api/v1/organisations/" + std::to_string(id));
  make_organisation(region_a_, "Zweite");

  auto list = parse(client().get("/api/v1/organisations?type=jobcenter&limit=10", bearer(token)));
  EXPECT_EQ(list.at("total").as_int64(), 1);
  EXPECT_EQ(list.at("items").as_array().at(0).as_object().at("name").as_string(), "Jobcenter Region A");
  auto paged = parse(client().get("/api/v1/organisations?limit=1&offset=1", bearer(token)));
  EXPECT_EQ(paged.at("total").as_int64(), 2);
  EXPECT_EQ(paged.at("items").as_array().size(), 1U);
  EXPECT_EQ(parse(client().get("/api/v1/organisations?q=REGION%20a", bearer(token))).at("total").as_int64(), 1);
  EXPECT_EQ(client().get("/api/v1/organisations?limit=0", bearer(token)).status, 422);

  auto patched = client().send(bhttp::verb::patch, "/api/v1/organisations/" + std::to_string(id),
                               R"({"phone":"0511 9000","active":false})", "application/json", bearer(token));
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(parse(patched).at("phone").as_string(), "0511 9000");
  EXPECT_EQ(parse(patched).at("name").as_string(), "Jobcenter Region A") << "absent fields keep their value";
  EXPECT_FALSE(parse(patched).at("active").as_bool());

  auto invalid = client().send(bhttp::verb::patch, "/api/v1/organisations/" + std::to_string(id),
                               R"({"email":"kaputt","website":"ftp://x"})", "application/json", bearer(token));
  EXPECT_EQ(invalid.status, 422);
  const auto fields = parse(invalid).at("error").as_object().at("fields").as_object();
  EXPECT_TRUE(fields.contains("email"));
  EXPECT_TRUE(fields.contains("website"));

  auto deleted = client().send(bhttp::verb::delete_, "/api/v1/organisations/" + std::to_string(id), "", "application/json",
                               bearer(token));
  EXPECT_EQ(deleted.status, 204);
  EXPECT_EQ(client().get("/api/v1/organisations/" + std::to_string(id), bearer(token)).status, 404);
}

TEST_P(RegisterWeb, ApiDeleteIsAConflictWithTheDependantsNamed) {
  const auto org = make_organisation(region_a_, "Gebunden");
  const auto net = make_network(region_a_, "Netz");
  add_member(region_a_, net, org);
  const auto token = token_for(admin_a_);
  auto res = client().send(bhttp::verb::delete_, "/api/v1/organisations/" + std::to_string(org), "", "application/json",
                           bearer(token));
  EXPECT_EQ(res.status, 409);
  const auto error = parse(res).at("error").as_object();
  EXPECT_EQ(error.at("code").as_string(), "conflict");
  EXPECT_TRUE(error.at("fields").as_object().contains("memberships"));
  auto net_res = client().send(bhttp::verb::delete_, "/api/v1/networks/" + std::to_string(net), "", "application/json",
                               bearer(token));
  EXPECT_EQ(net_res.status, 409);
}

TEST_P(RegisterWeb, ApiKeepsRegionsApart) {
  const auto foreign = make_organisation(region_b_, "Fremd B");
  const auto foreign_net = make_network(region_b_, "Netz B");
  make_organisation(region_a_, "Eigen A");
  const auto token = token_for(admin_a_);
  const auto org_path = "/api/v1/organisations/" + std::to_string(foreign);
  EXPECT_EQ(client().get(org_path, bearer(token)).status, 404);
  EXPECT_EQ(client().send(bhttp::verb::patch, org_path, R"({"name":"X"})", "application/json", bearer(token)).status, 404);
  EXPECT_EQ(client().send(bhttp::verb::delete_, org_path, "", "application/json", bearer(token)).status, 404);
  const auto net_path = "/api/v1/networks/" + std::to_string(foreign_net);
  EXPECT_EQ(client().get(net_path, bearer(token)).status, 404);
  EXPECT_EQ(client().get(net_path + "/members", bearer(token)).status, 404);
  EXPECT_EQ(client().send(bhttp::verb::patch, net_path, R"({"name":"X"})", "application/json", bearer(token)).status, 404);
  auto list = parse(client().get("/api/v1/organisations", bearer(token)));
  EXPECT_EQ(list.at("total").as_int64(), 1);
  for (const auto& o : list.at("items").as_array()) EXPECT_NE(o.as_object().at("id").as_int64(), foreign);
  EXPECT_EQ(organisation(region_b_, foreign)->name, "Fremd B");
  EXPECT_EQ(client().get("/api/v1/organisations", bearer(token_for(national_))).status, 403);
}

TEST_P(RegisterWeb, ApiPartnerPatchesOnlyTheirOwnOrganisation) {
  const auto own = make_organisation(region_a_, "Partner-Verein", "migrant_organisation");
  const auto other = make_organisation(region_a_, "Fremder Betrieb");
  link_partner(own);
  const auto token = token_for(partner_a_);
  auto ok = client().send(bhttp::verb::patch, "/api/v1/organisations/" + std::to_string(own),
                          R"({"notes":"Neu","type":"company"})", "application/json", bearer(token));
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(parse(ok).at("notes").as_string(), "Neu");
  EXPECT_EQ(parse(ok).at("type").as_string(), "migrant_organisation") << "the type stays the register's";
  auto refused = client().send(bhttp::verb::patch, "/api/v1/organisations/" + std::to_string(other), R"({"notes":"x"})",
                               "application/json", bearer(token));
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(parse(refused).at("error").as_object().at("code").as_string(), "forbidden");
  EXPECT_EQ(client().send(bhttp::verb::post, "/api/v1/organisations", R"({"name":"Neu","type":"company"})",
                          "application/json", bearer(token)).status, 403);
  EXPECT_EQ(client().send(bhttp::verb::delete_, "/api/v1/organisations/" + std::to_string(own), "", "application/json",
                          bearer(token)).status, 403);
  EXPECT_EQ(client().send(bhttp::verb::post, "/api/v1/networks", R"({"name":"Neu"})", "application/json",
                          bearer(token)).status, 403);
  EXPECT_EQ(client().get("/api/v1/networks", bearer(token)).status, 200);
}

TEST_P(RegisterWeb, ApiNetworksCrudAndMembersAsOfADate) {
  const auto org = make_organisation(region_a_, "Mitglied A");
  const auto token = token_for(admin_a_);
  auto created = client().send(bhttp::verb::post, "/api/v1/networks",
                               R"({"name":"MiSO-Forum","focus":"migration","channels":["messenger"],"municipality_ids":[]})",
                               "application/json", bearer(token));
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = parse(created).at("id").as_int64();
  EXPECT_EQ(parse(created).at("focus").as_string(), "migration");
  auto bad = client().send(bhttp::verb::post, "/api/v1/networks", R"({"name":"","focus":"unbekannt"})",
                           "application/json", bearer(token));
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(parse(bad).at("error").as_object().at("fields").as_object().contains("focus"));

  add_member(region_a_, id, org);
  auto members = parse(client().get("/api/v1/networks/" + std::to_string(id) + "/members?as_of=2021-01-01", bearer(token)));
  ASSERT_EQ(members.at("items").as_array().size(), 1U);
  EXPECT_EQ(members.at("items").as_array().at(0).as_object().at("organisation_name").as_string(), "Mitglied A");
  auto before = parse(client().get("/api/v1/networks/" + std::to_string(id) + "/members?as_of=2019-01-01", bearer(token)));
  EXPECT_TRUE(before.at("items").as_array().empty());
  auto by_network = parse(client().get("/api/v1/organisations?network_id=" + std::to_string(id) + "&as_of=2021-01-01",
                                       bearer(token)));
  EXPECT_EQ(by_network.at("total").as_int64(), 1);

  auto patched = client().send(bhttp::verb::patch, "/api/v1/networks/" + std::to_string(id),
                               R"({"status":"ended","status_since":"2025-12-31"})", "application/json", bearer(token));
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(parse(patched).at("status").as_string(), "ended");
  EXPECT_EQ(parse(client().get("/api/v1/networks?status=ended", bearer(token))).at("total").as_int64(), 1);
  EXPECT_EQ(parse(client().get("/api/v1/networks?status=active", bearer(token))).at("total").as_int64(), 0);
}

BB_WEB_ON_BOTH_BACKENDS(RegisterWeb);
