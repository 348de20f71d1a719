// The register's contacts, cooperation ties, transfers and memberships (issue 3) through a real
// server: pages (lists, forms with errors next to the fields, confirmations, PRG) and the JSON
// API — with tenant isolation (another region's ids are 404) and the partner's limits.
#include <boost/json.hpp>

#include "services/register_service.hpp"
#include "web_fixture.hpp"

namespace json = boost::json;
namespace bhttp = boost::beast::http;
using bb::domain::Id;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}
json::object parse(const bb::testing::ClientResponse& res) {
  return json::parse(res.body).as_object();
}
std::vector<std::pair<std::string, std::string>> bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}
std::string str(Id id) {
  return std::to_string(id);
}

class RegisterMoreWeb : public WebOnBackends {
 protected:
  bb::services::RegisterService svc() { return bb::services::RegisterService(*db_); }
  bb::services::RegisterCaller staff_in(Id region) { return bb::services::RegisterCaller::operator_in(region); }
  template <typename T>
  T ok(bb::Result<T> r) {
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? std::move(r).value() : T{};
  }
  Id make_organisation(Id region, const std::string& name) {
    bb::domain::Organisation o;
    o.name = name;
    o.type = "company";
    return ok(svc().create_organisation(staff_in(region), o, bb::unix_now()));
  }
  Id make_network(Id region, const std::string& name) {
    bb::domain::Network n;
    n.name = name;
    return ok(svc().create_network(staff_in(region), n, bb::unix_now()));
  }
  Id make_contact(Id region, Id organisation, const std::string& name) {
    bb::domain::Contact c;
    c.organisation_id = organisation;
    c.name = name;
    c.email = "person@example.org";
    return ok(svc().create_contact(staff_in(region), c, bb::unix_now()));
  }
  Id make_tie(Id region, Id a, Id b) {
    bb::domain::Tie t;
    t.organisation_a_id = a;
    t.organisation_b_id = b;
    t.intensity = 2;
    return ok(svc().create_tie(staff_in(region), t, bb::unix_now()));
  }
  Id make_transfer(Id region, Id from, Id to) {
    bb::domain::Transfer t;
    t.date = "2025-03-01";
    t.topic = "Fachkräftebedarf";
    t.from.network_id = from;
    t.to.network_id = to;
    return ok(svc().create_transfer(staff_in(region), t, bb::unix_now()));
  }
  Id make_membership(Id region, Id network, Id organisation) {
    bb::domain::Membership m;
    m.network_id = network;
    m.organisation_id = organisation;
    m.since = "2020-01-01";
    return ok(svc().create_membership(staff_in(region), m, bb::unix_now()));
  }
  void link_partner(Id organisation) {
    bb::services::RegisterCaller admin{bb::services::Actor{admin_a_, region_a_, "test"}, region_a_,
                                       bb::domain::Role::admin};
    auto linked = svc().set_partner_organisation(admin, partner_a_, organisation, bb::unix_now());
    EXPECT_TRUE(linked.ok()) << (linked.ok() ? "" : linked.error().message);
  }
  std::optional<bb::domain::Contact> contact(Id region, Id id) { return *svc().find_contact(region, id); }
  bb::testing::ClientResponse api(bhttp::verb verb, const std::string& path, const std::string& body,
                                  const std::string& token) {
    return client().send(verb, path, body, "application/json", bearer(token));
  }
};

}  // namespace

// ----- pages: contacts -----

TEST_P(RegisterMoreWeb, ContactFormShowsErrorsNextToFieldsThenSavesAndTheListFindsIt) {
  const auto org = make_organisation(region_a_, "Bäckerei Sommer");
  make_contact(region_b_, make_organisation(region_b_, "Fremd"), "Müller aus B");
  auto c = signed_in("admin-a@example.org");
  auto org_page = c.get("/organisations/" + str(org));
  EXPECT_TRUE(contains(org_page.body, "href=\"/contacts/new?organisation_id=" + str(org) + "\""));
  const auto token = c.csrf_token_from("/contacts/new?organisation_id=" + str(org));
  auto bad = c.post_form("/contacts", {{"_csrf", token},
                                       {"organisation_id", str(org)},
                                       {"name", ""},
                                       {"email", "kaputt"},
                                       {"data_basis", "consent"},
                                       {"function", "Ausbildung"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "aria-invalid=\"true\" aria-describedby=\"name-error\""));
  EXPECT_TRUE(contains(bad.body, "id=\"email-error\""));
  EXPECT_TRUE(contains(bad.body, "aria-describedby=\"consent_date-hint consent_date-error\" aria-invalid=\"true\""));
  EXPECT_TRUE(contains(bad.body, "value=\"Ausbildung\"")) << "the form keeps what was typed";

  auto good = c.post_form("/contacts", {{"_csrf", token},
                                        {"organisation_id", str(org)},
                                        {"name", "Aylin Müller"},
                                        {"function", "Ausbildungsleitung"},
                                        {"email", "a.mueller@example.org"},
                                        {"languages", "de, tr"},
                                        {"data_basis", "consent"},
                                        {"consent_date", "2025-02-03"}});
  ASSERT_EQ(good.status, 303) << good.body;
  const auto location = good.header("location");
  EXPECT_TRUE(location.starts_with("/contacts/"));
  auto detail = c.get(location);
  EXPECT_TRUE(contains(detail.body, "Die Ansprechperson wurde angelegt."));
  EXPECT_TRUE(contains(detail.body, "Einwilligung (2025-02-03)"));
  EXPECT_TRUE(contains(detail.body, "Bäckerei Sommer"));
  EXPECT_TRUE(contains(detail.body, "de, tr"));
  EXPECT_TRUE(contains(detail.body, "Admin A")) << "the history from the audit log";

  auto list = c.get("/contacts?q=muller");
  EXPECT_TRUE(contains(list.body, "Aylin Müller"));
  EXPECT_FALSE(contains(list.body, "Müller aus B")) << "another region's contact";
  EXPECT_TRUE(contains(c.get("/contacts?organisation=" + str(org)).body, "Aylin Müller"));
  const auto other = make_organisation(region_a_, "Andere");
  EXPECT_FALSE(contains(c.get("/contacts?organisation=" + str(other)).body, "Aylin Müller"));
  EXPECT_TRUE(contains(c.get("/organisations/" + str(org)).body, "Aylin Müller"));

  const auto id =
      location.substr(std::string("/contacts/").size(), location.find('?') - std::string("/contacts/").size());
  auto edited = c.post_form("/contacts/" + id, {{"_csrf", token},
                                                {"organisation_id", str(org)},
                                                {"name", "Aylin Müller"},
                                                {"function", "Geschäftsführung"},
                                                {"data_basis", "legitimate_interest"}});
  ASSERT_EQ(edited.status, 303);
  auto after = c.get("/contacts/" + id);
  EXPECT_TRUE(contains(after.body, "Geschäftsführung"));
  EXPECT_TRUE(contains(after.body, "Berechtigtes Interesse"));
}

TEST_P(RegisterMoreWeb, ContactIsAnonymisedAfterConfirmationAndKeepsItsRecord) {
  const auto org = make_organisation(region_a_, "Jobcenter");
  const auto id = make_contact(region_a_, org, "Erika Beispiel");
  auto c = signed_in("admin-a@example.org");
  auto confirm = c.get("/contacts/" + str(id) + "/anonymise");
  EXPECT_EQ(confirm.status, 200);
  EXPECT_TRUE(contains(confirm.body, "action=\"/contacts/" + str(id) + "/anonymise\""));
  const auto token = c.csrf_token_from("/contacts/" + str(id) + "/anonymise");
  auto done = c.post_form("/contacts/" + str(id) + "/anonymise", {{"_csrf", token}});
  ASSERT_EQ(done.status, 303);
  auto page = c.get(done.header("location"));
  EXPECT_TRUE(contains(page.body, "Die Ansprechperson wurde anonymisiert."));
  EXPECT_TRUE(contains(page.body, "(anonymisiert)"));
  EXPECT_FALSE(contains(page.body, "Erika Beispiel"));
  EXPECT_FALSE(contains(page.body, "person@example.org")) << "not in the history either";
  EXPECT_FALSE(contains(page.body, "/contacts/" + str(id) + "/edit")) << "no more editing";
  EXPECT_EQ(c.get("/contacts/" + str(id) + "/edit").status, 409);
  const auto after = contact(region_a_, id);
  ASSERT_TRUE(after.has_value()) << "the record stays";
  EXPECT_TRUE(after->anonymised);
  EXPECT_EQ(after->organisation_id, org);
}

TEST_P(RegisterMoreWeb, ContactIsDeletedAfterConfirmation) {
  const auto org = make_organisation(region_a_, "BBS");
  const auto id = make_contact(region_a_, org, "Zu Löschen");
  auto c = signed_in("admin-a@example.org");
  EXPECT_EQ(c.get("/contacts/" + str(id) + "/delete").status, 200);
  const auto token = c.csrf_token_from("/contacts/" + str(id) + "/delete");
  auto done = c.post_form("/contacts/" + str(id) + "/delete", {{"_csrf", token}});
  ASSERT_EQ(done.status, 303);
  EXPECT_TRUE(contains(c.get(done.header("location")).body, "Die Ansprechperson wurde gelöscht."));
  EXPECT_FALSE(contact(region_a_, id).has_value());
  EXPECT_EQ(c.get("/contacts/" + str(id)).status, 404);
}

TEST_P(RegisterMoreWeb, PartnerChangesOnlyTheirOwnOrganisationsContacts) {
  const auto own = make_organisation(region_a_, "Eigener Verein");
  const auto other = make_organisation(region_a_, "Anderer Betrieb");
  const auto foreign_contact = make_contact(region_a_, other, "Fremde Person");
  link_partner(own);
  auto c = signed_in("partner-a@example.org");
  auto form = c.get("/contacts/new");
  EXPECT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "<option value=\"" + str(own) + "\" selected>"));
  EXPECT_FALSE(contains(form.body, "Anderer Betrieb")) << "only their own organisation is offered";
  const auto token = c.csrf_token_from("/contacts/new");
  auto created = c.post_form("/contacts", {{"_csrf", token}, {"organisation_id", str(own)}, {"name", "Eigene Person"}});
  EXPECT_EQ(created.status, 303) << created.body;
  auto refused =
      c.post_form("/contacts", {{"_csrf", token}, {"organisation_id", str(other)}, {"name", "Untergeschoben"}});
  EXPECT_EQ(refused.status, 403);

  auto foreign_page = c.get("/contacts/" + str(foreign_contact));
  EXPECT_EQ(foreign_page.status, 200) << "reading is open to the region";
  EXPECT_FALSE(contains(foreign_page.body, "/edit"));
  EXPECT_FALSE(contains(foreign_page.body, "/anonymise"));
  EXPECT_EQ(c.get("/contacts/" + str(foreign_contact) + "/edit").status, 403);
  EXPECT_EQ(c.post_form("/contacts/" + str(foreign_contact),
                        {{"_csrf", token}, {"organisation_id", str(other)}, {"name", "Gekapert"}})
                .status,
            403);
  EXPECT_EQ(c.post_form("/contacts/" + str(foreign_contact) + "/anonymise", {{"_csrf", token}}).status, 403);
  EXPECT_EQ(c.post_form("/contacts/" + str(foreign_contact) + "/delete", {{"_csrf", token}}).status, 403);
  EXPECT_EQ(contact(region_a_, foreign_contact)->name, "Fremde Person");
  EXPECT_FALSE(contact(region_a_, foreign_contact)->anonymised);
}

TEST_P(RegisterMoreWeb, AnotherRegionsContactsTiesAndTransfersAre404OnPages) {
  const auto org_b = make_organisation(region_b_, "Fremd B");
  const auto org_b2 = make_organisation(region_b_, "Fremd B2");
  const auto contact_b = make_contact(region_b_, org_b, "Person B");
  const auto tie_b = make_tie(region_b_, org_b, org_b2);
  const auto transfer_b = make_transfer(region_b_, make_network(region_b_, "N1"), make_network(region_b_, "N2"));
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/contacts");
  EXPECT_EQ(c.get("/contacts/" + str(contact_b)).status, 404);
  EXPECT_EQ(c.get("/contacts/" + str(contact_b) + "/edit").status, 404);
  EXPECT_EQ(c.post_form("/contacts/" + str(contact_b) + "/anonymise", {{"_csrf", token}}).status, 404);
  EXPECT_EQ(c.post_form("/contacts/" + str(contact_b) + "/delete", {{"_csrf", token}}).status, 404);
  EXPECT_EQ(c.get("/organisations/" + str(org_b) + "/ties/new").status, 404);
  EXPECT_EQ(c.get("/organisations/" + str(org_b) + "/ties/" + str(tie_b) + "/edit").status, 404);
  EXPECT_EQ(c.post_form("/organisations/" + str(org_b) + "/ties/" + str(tie_b) + "/end", {{"_csrf", token}}).status,
            404);
  EXPECT_EQ(c.get("/transfers/" + str(transfer_b) + "/edit").status, 404);
  EXPECT_EQ(c.post_form("/transfers/" + str(transfer_b) + "/delete", {{"_csrf", token}}).status, 404);
  EXPECT_FALSE(contains(c.get("/transfers").body, "Fachkräftebedarf"));
  EXPECT_FALSE(contact(region_b_, contact_b)->anonymised);
  const auto own = make_organisation(region_a_, "Eigen A");
  auto cross = c.post_form("/organisations/" + str(own) + "/ties",
                           {{"_csrf", token}, {"other_id", str(org_b)}, {"kind", "referrals"}, {"intensity", "2"}});
  EXPECT_EQ(cross.status, 422) << "a tie to another region's organisation";
  EXPECT_TRUE(contains(cross.body, "id=\"other_id-error\""));
}

// ----- pages: cooperation ties -----

TEST_P(RegisterMoreWeb, TieIsAddedEditedAndEndedFromTheOrganisationPage) {
  const auto org = make_organisation(region_a_, "Agentur für Arbeit");
  const auto other = make_organisation(region_a_, "Jugendberufsagentur");
  auto c = signed_in("admin-a@example.org");
  auto page = c.get("/organisations/" + str(org));
  EXPECT_TRUE(contains(page.body, "href=\"/organisations/" + str(org) + "/ties/new\""));
  const auto token = c.csrf_token_from("/organisations/" + str(org) + "/ties/new");
  auto bad = c.post_form("/organisations/" + str(org) + "/ties", {{"_csrf", token},
                                                                  {"other_id", ""},
                                                                  {"kind", "agreement"},
                                                                  {"intensity", "2"},
                                                                  {"since", "2025-05-01"},
                                                                  {"until", "2024-01-01"},
                                                                  {"note", "bleibt"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "aria-invalid=\"true\" aria-describedby=\"other_id-error\""));
  EXPECT_TRUE(contains(bad.body, "id=\"until-error\""));
  EXPECT_TRUE(contains(bad.body, ">bleibt</textarea>"));

  auto added = c.post_form("/organisations/" + str(org) + "/ties", {{"_csrf", token},
                                                                    {"other_id", str(other)},
                                                                    {"kind", "referrals"},
                                                                    {"direction", "outgoing"},
                                                                    {"intensity", "3"},
                                                                    {"since", "2024-01-01"},
                                                                    {"note", "Übergänge Schule-Beruf"}});
  ASSERT_EQ(added.status, 303) << added.body;
  auto with_tie = c.get(added.header("location"));
  EXPECT_TRUE(contains(with_tie.body, "Die Kooperation wurde eingetragen."));
  EXPECT_TRUE(contains(with_tie.body, "Vermittlung, von hier zur Partnerorganisation (Intensität 3), seit 2024-01-01"));
  auto other_page = c.get("/organisations/" + str(other));
  EXPECT_TRUE(contains(other_page.body, "von der Partnerorganisation hierher"))
      << "the same tie seen from the other side";

  auto ties = *svc().ties_of(region_a_, org);
  ASSERT_EQ(ties.size(), 1U);
  const auto tie = ties[0].tie.id;
  auto form = c.get("/organisations/" + str(other) + "/ties/" + str(tie) + "/edit");
  EXPECT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "<option value=\"incoming\" selected>"));
  auto edited = c.post_form("/organisations/" + str(other) + "/ties/" + str(tie), {{"_csrf", token},
                                                                                   {"other_id", str(org)},
                                                                                   {"kind", "joint_offer"},
                                                                                   {"direction", "none"},
                                                                                   {"intensity", "1"},
                                                                                   {"since", "2024-01-01"}});
  ASSERT_EQ(edited.status, 303) << edited.body;
  auto after_edit = (*svc().ties_of(region_a_, org))[0].tie;
  EXPECT_EQ(after_edit.kind, bb::domain::TieKind::joint_offer);
  EXPECT_FALSE(after_edit.directed);
  EXPECT_EQ(after_edit.intensity, 1);

  auto ended = c.post_form("/organisations/" + str(org) + "/ties/" + str(tie) + "/end", {{"_csrf", token}});
  ASSERT_EQ(ended.status, 303);
  EXPECT_TRUE(contains(c.get(ended.header("location")).body, "Die Kooperation wurde beendet."));
  EXPECT_FALSE((*svc().ties_of(region_a_, org))[0].tie.until.empty());
  EXPECT_EQ(
      c.get("/organisations/" + str(make_organisation(region_a_, "Dritte")) + "/ties/" + str(tie) + "/edit").status,
      404)
      << "a tie is edited only from one of its two organisations";
}

TEST_P(RegisterMoreWeb, PartnersAndCounsellorsAreOfferedNoTieOrTransferChanges) {
  const auto own = make_organisation(region_a_, "Partner-Verein");
  const auto other = make_organisation(region_a_, "Anderer");
  link_partner(own);
  make_user(region_a_, "beratung@example.org", "Beratung", "counsellor");
  for (const char* email : {"partner-a@example.org", "beratung@example.org"}) {
    auto c = signed_in(email);
    auto page = c.get("/organisations/" + str(own));
    EXPECT_FALSE(contains(page.body, "/ties/new")) << email;
    EXPECT_EQ(c.get("/organisations/" + str(own) + "/ties/new").status, 403) << email;
    const auto token = c.csrf_token_from("/transfers");
    EXPECT_EQ(c.post_form("/organisations/" + str(own) + "/ties",
                          {{"_csrf", token}, {"other_id", str(other)}, {"kind", "referrals"}, {"intensity", "2"}})
                  .status,
              403)
        << email;
    EXPECT_FALSE(contains(c.get("/transfers").body, "href=\"/transfers/new\"")) << email;
    EXPECT_EQ(c.get("/transfers/new").status, 403) << email;
    EXPECT_EQ(c.post_form("/transfers", {{"_csrf", token}, {"date", "2025-01-01"}, {"topic", "x"}}).status, 403)
        << email;
  }
  EXPECT_TRUE(svc().ties_of(region_a_, own)->empty());
}

// ----- pages: transfers -----

TEST_P(RegisterMoreWeb, TransferIsRecordedFromTheNetworkPageAndShowsAsOutgoingAndIncoming) {
  const auto breakfast = make_network(region_a_, "Ausbilder-Frühstück");
  const auto integration = make_network(region_a_, "Arbeitsmarktintegration");
  auto c = signed_in("admin-a@example.org");
  auto network_page = c.get("/networks/" + str(breakfast));
  EXPECT_TRUE(contains(network_page.body, "href=\"/transfers/new?network=" + str(breakfast) + "\""));
  auto form = c.get("/transfers/new?network=" + str(breakfast));
  EXPECT_TRUE(contains(form.body, "<option value=\"" + str(breakfast) + "\" selected>"));
  const auto token = c.csrf_token_from("/transfers/new?network=" + str(breakfast));
  auto bad = c.post_form("/transfers", {{"_csrf", token},
                                        {"back_network", str(breakfast)},
                                        {"date", "gestern"},
                                        {"topic", ""},
                                        {"from_network", str(breakfast)},
                                        {"from_event", "Auch ein Event"},
                                        {"to_network", ""},
                                        {"result", "bleibt stehen"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "id=\"date-error\""));
  EXPECT_TRUE(contains(bad.body, "id=\"topic-error\""));
  EXPECT_TRUE(contains(bad.body, "id=\"from-error\""));
  EXPECT_TRUE(contains(bad.body, "id=\"to-error\""));
  EXPECT_TRUE(contains(bad.body, "aria-describedby=\"from-hint from-error\" aria-invalid=\"true\""));
  EXPECT_TRUE(contains(bad.body, "bleibt stehen"));

  auto good = c.post_form("/transfers", {{"_csrf", token},
                                         {"back_network", str(breakfast)},
                                         {"date", "2025-04-10"},
                                         {"topic", "Sprachförderung im Betrieb"},
                                         {"from_network", str(breakfast)},
                                         {"to_network", str(integration)},
                                         {"result", "Arbeitsgruppe gegründet"}});
  ASSERT_EQ(good.status, 303) << good.body;
  EXPECT_TRUE(good.header("location").starts_with("/networks/" + str(breakfast) + "?saved=transfer_added"));
  auto out = c.get(good.header("location"));
  EXPECT_TRUE(contains(out.body, "Der Transfer wurde erfasst."));
  EXPECT_TRUE(contains(out.body, "2025-04-10: Sprachförderung im Betrieb – nach <a href=\"/networks/" +
                                     str(integration) + "\">Arbeitsmarktintegration</a>"));
  auto in = c.get("/networks/" + str(integration));
  EXPECT_TRUE(contains(in.body, "aus <a href=\"/networks/" + str(breakfast) + "\">Ausbilder-Frühstück</a>"));

  auto from_event = c.post_form("/transfers", {{"_csrf", token},
                                               {"date", "2025-05-01"},
                                               {"topic", "Rückmeldungen"},
                                               {"from_event", "Dialogforum Betriebe"},
                                               {"to_network", str(integration)}});
  ASSERT_EQ(from_event.status, 303);
  EXPECT_EQ(from_event.header("location"), "/transfers?saved=created");
  auto list = c.get("/transfers");
  EXPECT_TRUE(contains(list.body, "Dialogforum Betriebe"));
  EXPECT_TRUE(contains(list.body, "Sprachförderung im Betrieb"));

  auto transfers = *svc().list_transfers(region_a_, 10, 0);
  ASSERT_EQ(transfers.total, 2);
  const auto id = transfers.items[0].transfer.id;  // newest first: the event one
  EXPECT_EQ(c.get("/transfers/" + str(id) + "/edit").status, 200);
  auto edited = c.post_form("/transfers/" + str(id), {{"_csrf", token},
                                                      {"date", "2025-05-02"},
                                                      {"topic", "Rückmeldungen"},
                                                      {"from_event", "Dialogforum Betriebe"},
                                                      {"to_network", str(integration)},
                                                      {"result", "Thema gesetzt"}});
  ASSERT_EQ(edited.status, 303);
  EXPECT_TRUE(contains(c.get("/transfers").body, "Thema gesetzt"));
  auto deleted = c.post_form("/transfers/" + str(id) + "/delete", {{"_csrf", token}});
  ASSERT_EQ(deleted.status, 303);
  EXPECT_TRUE(contains(c.get(deleted.header("location")).body, "Der Transfer wurde gelöscht."));
  EXPECT_EQ(svc().list_transfers(region_a_, 10, 0)->total, 1);
}

TEST_P(RegisterMoreWeb, NewRegisterPagesSpeakEnglishAndEscapeUserData) {
  const auto org = make_organisation(region_a_, "Org");
  make_contact(region_a_, org, "<script>alert(1)</script>");
  auto c = signed_in("admin-a@example.org");
  auto list = c.get("/contacts");
  EXPECT_FALSE(contains(list.body, "<script>alert(1)</script>"));
  EXPECT_TRUE(contains(list.body, "&lt;script&gt;"));
  const auto token = c.csrf_token_from("/");
  ASSERT_EQ(c.post_form("/language", {{"_csrf", token}, {"language", "en"}, {"next", "/"}}).status, 303);
  EXPECT_TRUE(contains(c.get("/contacts").body, "<h1>Contacts</h1>"));
  EXPECT_TRUE(contains(c.get("/transfers").body, "<h1>Bridge work (transfers)</h1>"));
  EXPECT_TRUE(contains(c.get("/transfers/new").body, "Exactly one of the two") ||
              contains(c.get("/transfers/new").body, "exactly one of the two"));
  EXPECT_TRUE(contains(c.get("/organisations/" + str(org) + "/ties/new").body, "Partner organisation"));
}

// ----- API: contacts -----

TEST_P(RegisterMoreWeb, ApiContactsAreListedCreatedPatchedAnonymisedAndDeleted) {
  const auto org = make_organisation(region_a_, "IHK");
  const auto token = token_for(admin_a_);
  auto bad = api(bhttp::verb::post, "/api/v1/contacts",
                 R"({"organisation_id":)" + str(org) + R"(,"name":"","data_basis":"consent","languages":"de"})", token);
  EXPECT_EQ(bad.status, 422);
  auto bad_fields = parse(bad).at("error").as_object().at("fields").as_object();
  EXPECT_TRUE(bad_fields.contains("languages")) << bad.body;
  auto bad2 = parse(api(bhttp::verb::post, "/api/v1/contacts",
                        R"({"organisation_id":)" + str(org) + R"(,"name":"","data_basis":"consent"})", token));
  EXPECT_EQ(bad2.at("error").as_object().at("code").as_string(), "invalid_input");
  EXPECT_TRUE(bad2.at("error").as_object().at("fields").as_object().contains("name"));
  EXPECT_TRUE(bad2.at("error").as_object().at("fields").as_object().contains("consent_date"));
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/contacts", "[]", token).status, 400);

  auto created = api(
      bhttp::verb::post, "/api/v1/contacts",
      R"({"organisation_id":)" + str(org) +
          R"(,"name":"Jörg Schulz","function":"Ausbildungsberatung","email":"j.schulz@example.org","languages":["de","en"],"data_basis":"consent","consent_date":"2025-01-15"})",
      token);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = parse(created).at("id").as_int64();
  EXPECT_EQ(created.header("location"), "/api/v1/contacts/" + str(id));
  EXPECT_EQ(parse(created).at("data_basis").as_string(), "consent");
  make_contact(region_a_, make_organisation(region_a_, "Andere"), "Zweite Person");

  auto list = parse(client().get("/api/v1/contacts?organisation_id=" + str(org), bearer(token)));
  EXPECT_EQ(list.at("total").as_int64(), 1);
  EXPECT_EQ(parse(client().get("/api/v1/contacts?q=jorg", bearer(token))).at("total").as_int64(), 1);
  EXPECT_EQ(parse(client().get("/api/v1/contacts?limit=1", bearer(token))).at("items").as_array().size(), 1U);
  EXPECT_EQ(client().get("/api/v1/contacts?limit=0", bearer(token)).status, 422);

  auto patched = api(bhttp::verb::patch, "/api/v1/contacts/" + str(id), R"({"phone":"0511 123"})", token);
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(parse(patched).at("phone").as_string(), "0511 123");
  EXPECT_EQ(parse(patched).at("name").as_string(), "Jörg Schulz") << "absent fields keep their value";

  auto anonymised = api(bhttp::verb::post, "/api/v1/contacts/" + str(id) + "/anonymise", "", token);
  ASSERT_EQ(anonymised.status, 200) << anonymised.body;
  EXPECT_TRUE(parse(anonymised).at("anonymised").as_bool());
  EXPECT_EQ(parse(anonymised).at("name").as_string(), "");
  EXPECT_EQ(parse(anonymised).at("email").as_string(), "");
  EXPECT_EQ(parse(anonymised).at("organisation_id").as_int64(), org);
  auto locked = api(bhttp::verb::patch, "/api/v1/contacts/" + str(id), R"({"name":"Wieder da"})", token);
  EXPECT_EQ(locked.status, 409);
  EXPECT_EQ(parse(locked).at("error").as_object().at("code").as_string(), "conflict");

  EXPECT_EQ(api(bhttp::verb::delete_, "/api/v1/contacts/" + str(id), "", token).status, 204);
  EXPECT_EQ(client().get("/api/v1/contacts/" + str(id), bearer(token)).status, 404);
}

TEST_P(RegisterMoreWeb, ApiPartnerWritesOnlyTheirOwnOrganisationsContacts) {
  const auto own = make_organisation(region_a_, "Eigener Verein");
  const auto other = make_organisation(region_a_, "Fremder Betrieb");
  const auto foreign = make_contact(region_a_, other, "Fremde Person");
  link_partner(own);
  const auto token = token_for(partner_a_);
  auto created =
      api(bhttp::verb::post, "/api/v1/contacts", R"({"organisation_id":)" + str(own) + R"(,"name":"Eigene"})", token);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto mine = parse(created).at("id").as_int64();
  EXPECT_EQ(api(bhttp::verb::patch, "/api/v1/contacts/" + str(mine), R"({"function":"Vorstand"})", token).status, 200);
  auto moved =
      api(bhttp::verb::patch, "/api/v1/contacts/" + str(mine), R"({"organisation_id":)" + str(other) + "}", token);
  EXPECT_EQ(moved.status, 403) << "moving a contact to another organisation";
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/contacts", R"({"organisation_id":)" + str(other) + R"(,"name":"X"})", token)
                .status,
            403);
  auto refused = api(bhttp::verb::patch, "/api/v1/contacts/" + str(foreign), R"({"name":"Gekapert"})", token);
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(parse(refused).at("error").as_object().at("code").as_string(), "forbidden");
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/contacts/" + str(foreign) + "/anonymise", "", token).status, 403);
  EXPECT_EQ(api(bhttp::verb::delete_, "/api/v1/contacts/" + str(foreign), "", token).status, 403);
  EXPECT_EQ(contact(region_a_, foreign)->name, "Fremde Person");
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/contacts/" + str(mine) + "/anonymise", "", token).status, 200);
  // Ties, transfers and memberships are staff work.
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/ties",
                R"({"organisation_a_id":)" + str(own) + R"(,"organisation_b_id":)" + str(other) + "}", token)
                .status,
            403);
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/transfers", R"({"date":"2025-01-01","topic":"x"})", token).status, 403);
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/memberships", R"({"network_id":1,"organisation_id":1})", token).status,
            403);
  EXPECT_EQ(client().get("/api/v1/ties", bearer(token)).status, 200);
}

// ----- API: memberships, ties, transfers -----

TEST_P(RegisterMoreWeb, ApiMembershipsAreListedByNetworkOrOrganisationAsOfADateAndChanged) {
  const auto org = make_organisation(region_a_, "BBS Springe");
  const auto net = make_network(region_a_, "Jugendberufsagentur Steuerung");
  const auto token = token_for(admin_a_);
  auto created = api(
      bhttp::verb::post, "/api/v1/memberships",
      R"({"network_id":)" + str(net) + R"(,"organisation_id":)" + str(org) + R"(,"role":"lead","since":"2021-01-01"})",
      token);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = parse(created).at("id").as_int64();
  EXPECT_EQ(created.header("location"), "/api/v1/memberships/" + str(id));
  auto overlap =
      api(bhttp::verb::post, "/api/v1/memberships",
          R"({"network_id":)" + str(net) + R"(,"organisation_id":)" + str(org) + R"(,"since":"2022-01-01"})", token);
  EXPECT_EQ(overlap.status, 422);
  EXPECT_EQ(parse(overlap).at("error").as_object().at("fields").as_object().at("since").as_string(),
            "Die Organisation ist in diesem Zeitraum bereits Mitglied des Netzwerks.");
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/memberships", R"({"network_id":)" + str(net) + R"(,"role":"boss"})", token)
                .status,
            422);

  auto by_network =
      parse(client().get("/api/v1/memberships?network_id=" + str(net) + "&as_of=2021-06-01", bearer(token)));
  ASSERT_EQ(by_network.at("items").as_array().size(), 1U);
  EXPECT_EQ(by_network.at("items").as_array()[0].as_object().at("organisation_name").as_string(), "BBS Springe");
  EXPECT_TRUE(parse(client().get("/api/v1/memberships?network_id=" + str(net) + "&as_of=2020-06-01", bearer(token)))
                  .at("items")
                  .as_array()
                  .empty());
  auto by_org = parse(client().get("/api/v1/memberships?organisation_id=" + str(org), bearer(token)));
  EXPECT_EQ(by_org.at("items").as_array()[0].as_object().at("network_name").as_string(),
            "Jugendberufsagentur Steuerung");
  EXPECT_EQ(client().get("/api/v1/memberships", bearer(token)).status, 422) << "a network or an organisation is needed";
  EXPECT_EQ(client().get("/api/v1/memberships?network_id=" + str(net) + "&as_of=gestern", bearer(token)).status, 422);

  auto patched = api(bhttp::verb::patch, "/api/v1/memberships/" + str(id),
                     R"({"role":"member","until":"2024-12-31","organisation_id":999})", token);
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(parse(patched).at("role").as_string(), "member");
  EXPECT_EQ(parse(patched).at("until").as_string(), "2024-12-31");
  EXPECT_EQ(parse(patched).at("organisation_id").as_int64(), org) << "the organisation stays";
  auto bad_period = api(bhttp::verb::patch, "/api/v1/memberships/" + str(id), R"({"until":"2019-01-01"})", token);
  EXPECT_EQ(bad_period.status, 422);
  EXPECT_TRUE(parse(bad_period).at("error").as_object().at("fields").as_object().contains("until"));
  EXPECT_TRUE(parse(client().get("/api/v1/memberships?network_id=" + str(net) + "&as_of=2025-06-01", bearer(token)))
                  .at("items")
                  .as_array()
                  .empty());
  EXPECT_EQ(api(bhttp::verb::delete_, "/api/v1/memberships/" + str(id), "", token).status, 204);
  EXPECT_EQ(client().get("/api/v1/memberships/" + str(id), bearer(token)).status, 404);
}

TEST_P(RegisterMoreWeb, ApiTiesAreCreatedValidatedPatchedAndDeleted) {
  const auto a = make_organisation(region_a_, "Caritas");
  const auto b = make_organisation(region_a_, "kargah e.V.");
  const auto token = token_for(admin_a_);
  auto self =
      api(bhttp::verb::post, "/api/v1/ties",
          R"({"organisation_a_id":)" + str(a) + R"(,"organisation_b_id":)" + str(a) + R"(,"intensity":4})", token);
  EXPECT_EQ(self.status, 422);
  const auto fields = parse(self).at("error").as_object().at("fields").as_object();
  EXPECT_TRUE(fields.contains("organisation_b_id"));
  EXPECT_TRUE(fields.contains("intensity"));
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/ties", R"({"kind":"friends"})", token).status, 422);

  auto created = api(bhttp::verb::post, "/api/v1/ties",
                     R"({"organisation_a_id":)" + str(a) + R"(,"organisation_b_id":)" + str(b) +
                         R"(,"kind":"referrals","directed":true,"intensity":2,"since":"2023-01-01","note":"Beratung"})",
                     token);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = parse(created).at("id").as_int64();
  EXPECT_TRUE(parse(created).at("directed").as_bool());
  auto of_b = parse(client().get("/api/v1/ties?organisation_id=" + str(b), bearer(token)));
  ASSERT_EQ(of_b.at("items").as_array().size(), 1U);
  EXPECT_EQ(of_b.at("items").as_array()[0].as_object().at("organisation_a_name").as_string(), "Caritas");
  EXPECT_EQ(parse(client().get("/api/v1/ties", bearer(token))).at("total").as_int64(), 1);

  auto patched = api(bhttp::verb::patch, "/api/v1/ties/" + str(id), R"({"intensity":3,"until":"2025-12-31"})", token);
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(parse(patched).at("intensity").as_int64(), 3);
  EXPECT_EQ(parse(patched).at("kind").as_string(), "referrals");
  EXPECT_EQ(api(bhttp::verb::delete_, "/api/v1/ties/" + str(id), "", token).status, 204);
  EXPECT_EQ(client().get("/api/v1/ties/" + str(id), bearer(token)).status, 404);
}

TEST_P(RegisterMoreWeb, ApiTransfersAreRecordedAndListedPerNetworkInAndOut) {
  const auto from = make_network(region_a_, "Ausbilder-Frühstück");
  const auto to = make_network(region_a_, "Arbeitsmarktintegration");
  const auto token = token_for(admin_a_);
  auto both = api(bhttp::verb::post, "/api/v1/transfers",
                  R"({"date":"2025-02-30","topic":"x","from":{"network_id":)" + str(from) +
                      R"(,"event":"auch"},"to":{"network_id":)" + str(from) + "}}",
                  token);
  EXPECT_EQ(both.status, 422);
  const auto fields = parse(both).at("error").as_object().at("fields").as_object();
  EXPECT_TRUE(fields.contains("date"));
  EXPECT_TRUE(fields.contains("from"));
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/transfers", R"({"from":"Netz"})", token).status, 422);

  auto created = api(bhttp::verb::post, "/api/v1/transfers",
                     R"({"date":"2025-03-12","topic":"Praktikumsplätze","from":{"network_id":)" + str(from) +
                         R"(},"to":{"network_id":)" + str(to) + R"(},"result":"Liste verteilt"})",
                     token);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = parse(created).at("id").as_int64();
  EXPECT_EQ(parse(created).at("to").as_object().at("network_id").as_int64(), to);
  auto event = api(bhttp::verb::post, "/api/v1/transfers",
                   R"({"date":"2025-04-01","topic":"Sprachkurse","from":{"event":"Elternabend"},"to":{"network_id":)" +
                       str(from) + "}}",
                   token);
  ASSERT_EQ(event.status, 201) << event.body;

  auto per_network = parse(client().get("/api/v1/transfers?network_id=" + str(from), bearer(token)));
  ASSERT_EQ(per_network.at("outgoing").as_array().size(), 1U);
  ASSERT_EQ(per_network.at("incoming").as_array().size(), 1U);
  EXPECT_EQ(per_network.at("outgoing").as_array()[0].as_object().at("to").as_object().at("network_name").as_string(),
            "Arbeitsmarktintegration");
  EXPECT_EQ(per_network.at("incoming").as_array()[0].as_object().at("from").as_object().at("event").as_string(),
            "Elternabend");
  auto all = parse(client().get("/api/v1/transfers?limit=1", bearer(token)));
  EXPECT_EQ(all.at("total").as_int64(), 2);
  EXPECT_EQ(all.at("items").as_array().size(), 1U);

  auto patched = api(bhttp::verb::patch, "/api/v1/transfers/" + str(id),
                     R"({"to":{"event":"Dialogforum"},"result":"vertagt"})", token);
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_TRUE(parse(patched).at("to").as_object().at("network_id").is_null());
  EXPECT_EQ(parse(patched).at("to").as_object().at("event").as_string(), "Dialogforum");
  EXPECT_EQ(api(bhttp::verb::delete_, "/api/v1/transfers/" + str(id), "", token).status, 204);
  EXPECT_EQ(client().get("/api/v1/transfers/" + str(id), bearer(token)).status, 404);
}

TEST_P(RegisterMoreWeb, ApiKeepsRegionsApartForContactsMembershipsTiesAndTransfers) {
  const auto org_b = make_organisation(region_b_, "Fremd B");
  const auto org_b2 = make_organisation(region_b_, "Fremd B2");
  const auto net_b = make_network(region_b_, "Netz B");
  const auto net_b2 = make_network(region_b_, "Netz B2");
  const auto contact_b = make_contact(region_b_, org_b, "Person B");
  const auto membership_b = make_membership(region_b_, net_b, org_b);
  const auto tie_b = make_tie(region_b_, org_b, org_b2);
  const auto transfer_b = make_transfer(region_b_, net_b, net_b2);
  const auto org_a = make_organisation(region_a_, "Eigen A");
  const auto net_a = make_network(region_a_, "Netz A");
  const auto token = token_for(admin_a_);
  for (const auto& path : {"/api/v1/contacts/" + str(contact_b), "/api/v1/memberships/" + str(membership_b),
                           "/api/v1/ties/" + str(tie_b), "/api/v1/transfers/" + str(transfer_b)}) {
    EXPECT_EQ(client().get(path, bearer(token)).status, 404) << path;
    EXPECT_EQ(api(bhttp::verb::patch, path, "{}", token).status, 404) << path;
    EXPECT_EQ(api(bhttp::verb::delete_, path, "", token).status, 404) << path;
  }
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/contacts/" + str(contact_b) + "/anonymise", "", token).status, 404);
  EXPECT_EQ(client().get("/api/v1/memberships?network_id=" + str(net_b), bearer(token)).status, 404);
  EXPECT_EQ(client().get("/api/v1/memberships?organisation_id=" + str(org_b), bearer(token)).status, 404);
  EXPECT_EQ(client().get("/api/v1/ties?organisation_id=" + str(org_b), bearer(token)).status, 404);
  EXPECT_EQ(client().get("/api/v1/transfers?network_id=" + str(net_b), bearer(token)).status, 404);
  EXPECT_EQ(parse(client().get("/api/v1/contacts", bearer(token))).at("total").as_int64(), 0);
  EXPECT_EQ(parse(client().get("/api/v1/ties", bearer(token))).at("total").as_int64(), 0);
  EXPECT_EQ(parse(client().get("/api/v1/transfers", bearer(token))).at("total").as_int64(), 0);

  // Pointing at another region's records is a validation error, not a way in.
  auto new_contact =
      api(bhttp::verb::post, "/api/v1/contacts", R"({"organisation_id":)" + str(org_b) + R"(,"name":"X"})", token);
  EXPECT_EQ(new_contact.status, 422);
  EXPECT_TRUE(parse(new_contact).at("error").as_object().at("fields").as_object().contains("organisation_id"));
  auto membership = api(bhttp::verb::post, "/api/v1/memberships",
                        R"({"network_id":)" + str(net_b) + R"(,"organisation_id":)" + str(org_a) + "}", token);
  EXPECT_EQ(membership.status, 422);
  EXPECT_TRUE(parse(membership).at("error").as_object().at("fields").as_object().contains("network_id"));
  auto tie = api(bhttp::verb::post, "/api/v1/ties",
                 R"({"organisation_a_id":)" + str(org_a) + R"(,"organisation_b_id":)" + str(org_b) + "}", token);
  EXPECT_EQ(tie.status, 422);
  auto transfer = api(bhttp::verb::post, "/api/v1/transfers",
                      R"({"date":"2025-01-01","topic":"x","from":{"network_id":)" + str(net_a) +
                          R"(},"to":{"network_id":)" + str(net_b) + "}}",
                      token);
  EXPECT_EQ(transfer.status, 422);
  EXPECT_TRUE(parse(transfer).at("error").as_object().at("fields").as_object().contains("to"));
  EXPECT_EQ(contact(region_b_, contact_b)->name, "Person B");
  EXPECT_EQ(client().get("/api/v1/contacts", bearer(token_for(national_))).status, 403);
}

TEST_P(RegisterMoreWeb, ApiCounsellorReadsContactsTiesAndTransfersButDoesNotWrite) {
  const auto counsellor = make_user(region_a_, "beratung-api@example.org", "Beratung", "counsellor");
  const auto org = make_organisation(region_a_, "Lesbar");
  const auto id = make_contact(region_a_, org, "Lesbare Person");
  const auto token = token_for(counsellor);
  EXPECT_EQ(client().get("/api/v1/contacts/" + str(id), bearer(token)).status, 200);
  EXPECT_EQ(client().get("/api/v1/transfers", bearer(token)).status, 200);
  EXPECT_EQ(api(bhttp::verb::patch, "/api/v1/contacts/" + str(id), R"({"name":"x"})", token).status, 403);
  EXPECT_EQ(
      api(bhttp::verb::post, "/api/v1/contacts", R"({"organisation_id":)" + str(org) + R"(,"name":"x"})", token).status,
      403);
  EXPECT_EQ(api(bhttp::verb::post, "/api/v1/contacts/" + str(id) + "/anonymise", "", token).status, 403);
}

BB_WEB_ON_BOTH_BACKENDS(RegisterMoreWeb);
