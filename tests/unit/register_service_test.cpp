// RegisterService: validation into one error, references inside the region, one audit entry
// per write, delete blocked by dependants, the partner's limits and contact anonymisation.
#include "services/register_service.hpp"
#include "sqlite_fixture.hpp"

#include <boost/json/parse.hpp>

#include <memory>

using namespace bb;
using domain::Id;
using domain::Role;
using services::RegisterCaller;

class RegisterServiceTest : public SqliteFixture {
 protected:
  void SetUp() override {
    SqliteFixture::SetUp();
    if (HasFatalFailure()) return;
    service_ = std::make_unique<services::RegisterService>(*db_);
    auto m = db_->write_value(
        [&](storage::UnitOfWork& uow) { return uow.regions().add_municipality(region_a_, "Hannover"); });
    ASSERT_TRUE(m.ok());
    hannover_ = *m;
    auto mb =
        db_->write_value([&](storage::UnitOfWork& uow) { return uow.regions().add_municipality(region_b_, "Celle"); });
    ASSERT_TRUE(mb.ok());
    celle_ = *mb;
    staff_ = caller(region_a_, Role::staff, "staff@a.example");
    admin_ = caller(region_a_, Role::admin, "admin@a.example");
    staff_b_ = caller(region_b_, Role::staff, "staff@b.example");
  }

  RegisterCaller caller(Id region, Role role, const std::string& email) {
    domain::NewUser user{region, email, "Person " + email, role, domain::UiLanguage::de, "x"};
    auto id = db_->write_value([&](storage::UnitOfWork& uow) { return uow.users().create(user, 1); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    domain::User u;
    u.id = *id;
    u.region_id = region;
    u.role = role;
    return RegisterCaller::of(u, "req-" + email);
  }

  domain::Organisation organisation(const std::string& name, const std::string& type = "company") {
    domain::Organisation o;
    o.name = name;
    o.type = type;
    o.municipality_id = hannover_;
    return o;
  }

  Id create_org(const std::string& name, const RegisterCaller* who = nullptr) {
    auto o = organisation(name);
    if (who != nullptr && who->region_id == region_b_) o.municipality_id = celle_;
    auto id = reg().create_organisation(who ? *who : staff_, o, 1);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  Id create_network(const std::string& name, const RegisterCaller* who = nullptr) {
    domain::Network n;
    n.name = name;
    auto id = reg().create_network(who ? *who : staff_, n, 1);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  domain::Contact contact(Id organisation_id, const std::string& name) {
    domain::Contact c;
    c.organisation_id = organisation_id;
    c.name = name;
    c.email = "Person@Example.org";
    c.phone = "0511 555";
    c.data_basis = domain::DataBasis::consent;
    c.consent_date = "2025-01-02";
    return c;
  }

  std::vector<domain::AuditEntry> audit(Id region) {
    auto entries =
        db_->read_value([&](storage::UnitOfWork& uow) { return uow.audit().list_for_region(region, 1000, 0); });
    EXPECT_TRUE(entries.ok());
    return entries.ok() ? *entries : std::vector<domain::AuditEntry>{};
  }

  Id link_partner(Id organisation_id, const std::string& email) {
    auto partner = caller(region_a_, Role::partner, email);
    auto linked = reg().set_partner_organisation(admin_, *partner.actor.user_id, organisation_id, 1);
    EXPECT_TRUE(linked.ok()) << linked.error().message;
    partners_.push_back(partner);
    return *partner.actor.user_id;
  }

  services::RegisterService& reg() { return *service_; }

  std::unique_ptr<services::RegisterService> service_;
  Id hannover_ = 0;
  Id celle_ = 0;
  RegisterCaller staff_;
  RegisterCaller admin_;
  RegisterCaller staff_b_;
  std::vector<RegisterCaller> partners_;
};

TEST_F(RegisterServiceTest, CreateWritesTheRecordAndOneAuditEntryWithAllFields) {
  auto o = organisation("  Bäckerei Öztürk  ");
  o.tags = {"Ausbildung", " ausbildung ", ""};
  o.languages = {"DE", "tr"};
  o.email = " Info@Oeztuerk.DE ";
  auto id = reg().create_organisation(staff_, o, 100);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto found = reg().find_organisation(region_a_, *id);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->name, "Bäckerei Öztürk");
  EXPECT_EQ((*found)->tags, std::vector<std::string>{"Ausbildung"});
  EXPECT_EQ((*found)->languages, (std::vector<std::string>{"de", "tr"}));
  EXPECT_EQ((*found)->email, "info@oeztuerk.de");
  const auto entries = audit(region_a_);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(entries[0].action, "create");
  EXPECT_EQ(entries[0].object_type, "organisation");
  EXPECT_EQ(entries[0].object_id, std::to_string(*id));
  EXPECT_EQ(entries[0].user_id, staff_.actor.user_id);
  EXPECT_EQ(entries[0].request_id, "req-staff@a.example");
  EXPECT_EQ(entries[0].before_json, "{}");
  const auto after = boost::json::parse(entries[0].after_json).as_object();
  EXPECT_EQ(after.at("name").as_string(), "Bäckerei Öztürk");
  EXPECT_EQ(after.at("municipality_id").as_int64(), hannover_);
}

TEST_F(RegisterServiceTest, InvalidInputNamesEveryBadFieldAndWritesNothing) {
  domain::Organisation o;
  o.name = "";
  o.type = "custom_unknown";
  o.municipality_id = celle_;  // another region's municipality
  o.website = "example";
  auto r = reg().create_organisation(staff_, o, 1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(r.error().message, "validation.form");
  EXPECT_EQ(r.error().fields.at("name"), "validation.required");
  EXPECT_EQ(r.error().fields.at("type"), "validation.organisation_type");
  EXPECT_EQ(r.error().fields.at("municipality_id"), "validation.municipality");
  EXPECT_EQ(r.error().fields.at("website"), "validation.website");
  auto listed = reg().list_organisations(region_a_, {});
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 0);
  EXPECT_TRUE(audit(region_a_).empty());
}

TEST_F(RegisterServiceTest, CompanyFieldsAreDroppedForOtherTypes) {
  auto o = organisation("BBS Burgdorf", "vocational_school");
  o.size = domain::CompanySize::medium;
  o.sector = "Bildung";
  o.may_train = true;
  o.trains_now = true;
  auto id = reg().create_organisation(staff_, o, 1);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto found = reg().find_organisation(region_a_, *id);
  EXPECT_FALSE((*found)->size.has_value());
  EXPECT_EQ((*found)->sector, "");
  EXPECT_FALSE((*found)->trains_now);
}

TEST_F(RegisterServiceTest, UpdateRecordsOnlyTheChangedFieldsAndNothingWithoutChange) {
  const Id id = create_org("Alt GmbH");
  auto o = organisation("Neu GmbH");
  o.id = id;
  o.migrant_led = true;
  ASSERT_TRUE(reg().update_organisation(staff_, o, 20).ok());
  auto entries = audit(region_a_);
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(entries[0].action, "update");
  const auto before = boost::json::parse(entries[0].before_json).as_object();
  const auto after = boost::json::parse(entries[0].after_json).as_object();
  EXPECT_EQ(before.size(), 2U);
  EXPECT_EQ(before.at("name").as_string(), "Alt GmbH");
  EXPECT_EQ(after.at("name").as_string(), "Neu GmbH");
  EXPECT_TRUE(after.at("migrant_led").as_bool());
  ASSERT_TRUE(reg().update_organisation(staff_, o, 30).ok());
  EXPECT_EQ(audit(region_a_).size(), 2U);
  auto history = reg().history(region_a_, "organisation", id);
  ASSERT_TRUE(history.ok());
  EXPECT_EQ(history->size(), 2U);
}

TEST_F(RegisterServiceTest, AnotherRegionsRecordsAreNotFoundAndCannotBeReferenced) {
  const Id in_b = create_org("Nur in B", &staff_b_);
  const Id net_b = create_network("Netz B", &staff_b_);
  auto o = organisation("Übernahme");
  o.id = in_b;
  auto update = reg().update_organisation(staff_, o, 1);
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().code, ErrorCode::not_found);
  auto removal = reg().delete_organisation(staff_, in_b, 1);
  ASSERT_FALSE(removal.ok());
  EXPECT_EQ(removal.error().code, ErrorCode::not_found);

  const Id own = create_org("Eigene");
  domain::Membership m;
  m.network_id = net_b;
  m.organisation_id = own;
  auto membership = reg().create_membership(staff_, m, 1);
  ASSERT_FALSE(membership.ok());
  EXPECT_EQ(membership.error().fields.at("network_id"), "validation.network");
  domain::Tie t;
  t.organisation_a_id = own;
  t.organisation_b_id = in_b;
  auto tie = reg().create_tie(staff_, t, 1);
  ASSERT_FALSE(tie.ok());
  EXPECT_EQ(tie.error().fields.at("organisation_b_id"), "validation.organisation");
  domain::Transfer tr;
  tr.date = "2025-01-01";
  tr.topic = "Thema";
  tr.from.network_id = net_b;
  tr.to.event = "Elternabend";
  auto transfer = reg().create_transfer(staff_, tr, 1);
  ASSERT_FALSE(transfer.ok());
  EXPECT_EQ(transfer.error().fields.at("from"), "validation.network");
  auto unchanged = reg().find_organisation(region_b_, in_b);
  EXPECT_EQ((*unchanged)->name, "Nur in B");
}

TEST_F(RegisterServiceTest, DeleteIsBlockedWithTheReasonWhileDependantsExistAndArchivingWorks) {
  const Id org = create_org("Träger e.V.");
  const Id net = create_network("Arbeitsmarktintegration");
  auto contact_id = reg().create_contact(staff_, contact(org, "Eva Example"), 1);
  ASSERT_TRUE(contact_id.ok()) << contact_id.error().message;
  domain::Membership m;
  m.network_id = net;
  m.organisation_id = org;
  auto membership = reg().create_membership(staff_, m, 1);
  ASSERT_TRUE(membership.ok()) << membership.error().message;

  auto blocked = reg().delete_organisation(staff_, org, 2);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::conflict);
  EXPECT_EQ(blocked.error().message, "error.organisation_in_use");
  EXPECT_EQ(blocked.error().fields.at("contacts"), "error.in_use.contacts");
  EXPECT_EQ(blocked.error().fields.at("memberships"), "error.in_use.memberships");
  EXPECT_FALSE(blocked.error().fields.contains("ties"));
  auto network_blocked = reg().delete_network(staff_, net, 2);
  ASSERT_FALSE(network_blocked.ok());
  EXPECT_EQ(network_blocked.error().message, "error.network_in_use");
  EXPECT_EQ(network_blocked.error().fields.at("memberships"), "error.in_use.memberships");

  ASSERT_TRUE(reg().set_organisation_active(staff_, org, false, 3).ok());
  EXPECT_FALSE((*reg().find_organisation(region_a_, org))->active);

  ASSERT_TRUE(reg().delete_membership(staff_, *membership, 4).ok());
  ASSERT_TRUE(reg().delete_contact(staff_, *contact_id, 4).ok());
  ASSERT_TRUE(reg().delete_organisation(staff_, org, 5).ok());
  ASSERT_TRUE(reg().delete_network(staff_, net, 5).ok());
  EXPECT_FALSE(reg().find_organisation(region_a_, org)->has_value());
  const auto entries = audit(region_a_);
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries[0].action, "delete");
  EXPECT_EQ(entries[0].object_type, "network");
  EXPECT_EQ(entries[1].object_type, "organisation");
  EXPECT_EQ(boost::json::parse(entries[1].before_json).as_object().at("name").as_string(), "Träger e.V.");
}

TEST_F(RegisterServiceTest, PartnerEditsOwnOrganisationProfileButNotItsClassification) {
  const Id own = create_org("Eigener Betrieb");
  link_partner(own, "partner@a.example");
  const auto& partner = partners_.back();
  auto o = organisation("Eigener Betrieb GmbH", "ihk");
  o.id = own;
  o.active = false;
  o.website = "https://eigener-betrieb.example";
  ASSERT_TRUE(reg().update_organisation(partner, o, 5).ok());
  auto found = reg().find_organisation(region_a_, own);
  EXPECT_EQ((*found)->name, "Eigener Betrieb GmbH");
  EXPECT_EQ((*found)->website, "https://eigener-betrieb.example");
  EXPECT_EQ((*found)->type, "company");
  EXPECT_TRUE((*found)->active);
  EXPECT_EQ(audit(region_a_).front().user_id, partner.actor.user_id);
}

TEST_F(RegisterServiceTest, PartnerMayNotTouchOtherOrganisationsOrTheNetworkRegister) {
  const Id own = create_org("Eigener Betrieb");
  const Id other = create_org("Fremder Betrieb");
  const Id net = create_network("Netz");
  link_partner(own, "partner@a.example");
  const auto& partner = partners_.back();
  auto o = organisation("Gekapert");
  o.id = other;
  auto update = reg().update_organisation(partner, o, 1);
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().code, ErrorCode::forbidden);
  EXPECT_EQ(update.error().message, "error.partner_own_organisation");
  EXPECT_EQ(reg().create_organisation(partner, organisation("Neu"), 1).error().code, ErrorCode::forbidden);
  EXPECT_EQ(reg().delete_organisation(partner, own, 1).error().code, ErrorCode::forbidden);
  domain::Network n;
  n.name = "Eigenes Netz";
  EXPECT_EQ(reg().create_network(partner, n, 1).error().code, ErrorCode::forbidden);
  domain::Membership m;
  m.network_id = net;
  m.organisation_id = own;
  EXPECT_EQ(reg().create_membership(partner, m, 1).error().code, ErrorCode::forbidden);
  EXPECT_EQ(reg().set_organisation_active(partner, own, false, 1).error().code, ErrorCode::forbidden);
  auto foreign_contact = reg().create_contact(partner, contact(other, "Fremde Person"), 1);
  ASSERT_FALSE(foreign_contact.ok());
  EXPECT_EQ(foreign_contact.error().code, ErrorCode::forbidden);
  EXPECT_EQ((*reg().find_organisation(region_a_, other))->name, "Fremder Betrieb");
}

TEST_F(RegisterServiceTest, PartnerKeepsTheContactsOfTheirOwnOrganisation) {
  const Id own = create_org("Eigener Betrieb");
  const Id other = create_org("Fremder Betrieb");
  link_partner(own, "partner@a.example");
  const auto& partner = partners_.back();
  auto id = reg().create_contact(partner, contact(own, "Ayşe Kaya"), 1);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto c = contact(own, "Ayşe Kaya-Schmidt");
  c.id = *id;
  ASSERT_TRUE(reg().update_contact(partner, c, 2).ok());
  c.organisation_id = other;  // moving it away is editing the other organisation
  EXPECT_EQ(reg().update_contact(partner, c, 3).error().code, ErrorCode::forbidden);
  auto staff_contact = reg().create_contact(staff_, contact(other, "Fremde Person"), 1);
  ASSERT_TRUE(staff_contact.ok());
  EXPECT_EQ(reg().delete_contact(partner, *staff_contact, 4).error().code, ErrorCode::forbidden);
  EXPECT_EQ(reg().anonymise_contact(partner, *staff_contact, 4).error().code, ErrorCode::forbidden);
  ASSERT_TRUE(reg().anonymise_contact(partner, *id, 5).ok());
}

TEST_F(RegisterServiceTest, PartnerWithoutOrganisationAndCounsellorsMayNotWrite) {
  const Id org = create_org("Betrieb");
  auto unlinked = caller(region_a_, Role::partner, "unlinked@a.example");
  auto o = organisation("X");
  o.id = org;
  EXPECT_EQ(reg().update_organisation(unlinked, o, 1).error().code, ErrorCode::forbidden);
  EXPECT_EQ(reg().create_contact(unlinked, contact(org, "P"), 1).error().code, ErrorCode::forbidden);
  auto counsellor = caller(region_a_, Role::counsellor, "c@a.example");
  EXPECT_EQ(reg().update_organisation(counsellor, o, 1).error().code, ErrorCode::forbidden);
  EXPECT_EQ(reg().create_organisation(counsellor, organisation("Y"), 1).error().code, ErrorCode::forbidden);
  EXPECT_EQ(reg().create_contact(counsellor, contact(org, "P"), 1).error().code, ErrorCode::forbidden);
}

TEST_F(RegisterServiceTest, OnlyAdminsLinkPartnersAndOnlyPartnerAccounts) {
  const Id org = create_org("Betrieb");
  auto partner = caller(region_a_, Role::partner, "p@a.example");
  EXPECT_EQ(reg().set_partner_organisation(staff_, *partner.actor.user_id, org, 1).error().code, ErrorCode::forbidden);
  auto not_partner = reg().set_partner_organisation(admin_, *staff_.actor.user_id, org, 1);
  ASSERT_FALSE(not_partner.ok());
  EXPECT_EQ(not_partner.error().fields.at("organisation_id"), "validation.partner_only");
  auto partner_b = caller(region_b_, Role::partner, "p@b.example");
  EXPECT_EQ(reg().set_partner_organisation(admin_, *partner_b.actor.user_id, org, 1).error().code,
            ErrorCode::not_found);
  ASSERT_TRUE(reg().set_partner_organisation(admin_, *partner.actor.user_id, org, 1).ok());
  auto linked = reg().partner_organisation(region_a_, *partner.actor.user_id);
  ASSERT_TRUE(linked.ok());
  EXPECT_EQ(*linked, org);
  EXPECT_EQ(audit(region_a_).front().object_type, "user");
  auto blocked = reg().delete_organisation(staff_, org, 2);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().fields.at("partner_users"), "error.in_use.partner_users");
}

TEST_F(RegisterServiceTest, AnonymisingKeepsTheRowAndRemovesPersonalDataFromTheHistory) {
  const Id org = create_org("Jobcenter");
  auto id = reg().create_contact(staff_, contact(org, "Jürgen Weiß"), 1);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto c = contact(org, "Jürgen Weiß-Meier");
  c.id = *id;
  c.function = "Teamleitung";
  ASSERT_TRUE(reg().update_contact(staff_, c, 2).ok());
  ASSERT_TRUE(reg().anonymise_contact(staff_, *id, 3).ok());

  auto found = reg().find_contact(region_a_, *id);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_TRUE((*found)->anonymised);
  EXPECT_EQ((*found)->organisation_id, org);
  EXPECT_EQ((*found)->name, "");
  EXPECT_EQ((*found)->email, "");
  EXPECT_EQ((*found)->consent_date, "");

  auto history = reg().history(region_a_, "contact", *id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 3U);
  EXPECT_EQ((*history)[0].action, "anonymise");
  for (const auto& entry : *history) {
    for (const auto& text : {entry.before_json, entry.after_json}) {
      EXPECT_EQ(text.find("Jürgen"), std::string::npos) << text;
      EXPECT_EQ(text.find("person@example.org"), std::string::npos) << text;
      EXPECT_EQ(text.find("Teamleitung"), std::string::npos) << text;
    }
  }
  // The history still says which fields changed.
  const auto update_after = boost::json::parse((*history)[1].after_json).as_object();
  EXPECT_TRUE(update_after.contains("name"));
  EXPECT_TRUE(update_after.at("name").is_null());

  auto edit = reg().update_contact(staff_, c, 4);
  ASSERT_FALSE(edit.ok());
  EXPECT_EQ(edit.error().code, ErrorCode::conflict);
  EXPECT_EQ(edit.error().message, "error.contact_anonymised");
  EXPECT_TRUE(reg().anonymise_contact(staff_, *id, 5).ok());  // again: nothing to do
  EXPECT_EQ(reg().history(region_a_, "contact", *id)->size(), 3U);
}

TEST_F(RegisterServiceTest, DeletingAContactLeavesNoPersonalDataInTheAuditLog) {
  const Id org = create_org("Caritas");
  auto id = reg().create_contact(staff_, contact(org, "Maria Muster"), 1);
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(reg().delete_contact(staff_, *id, 2).ok());
  for (const auto& entry : audit(region_a_)) {
    EXPECT_EQ(entry.before_json.find("Maria"), std::string::npos) << entry.before_json;
    EXPECT_EQ(entry.after_json.find("Maria"), std::string::npos) << entry.after_json;
  }
}

TEST_F(RegisterServiceTest, ConsentNeedsADateAndLegitimateInterestDropsIt) {
  const Id org = create_org("AWO");
  auto c = contact(org, "Person");
  c.consent_date = "";
  auto missing = reg().create_contact(staff_, c, 1);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().fields.at("consent_date"), "validation.required");
  c.data_basis = domain::DataBasis::legitimate_interest;
  c.consent_date = "2024-01-01";
  auto id = reg().create_contact(staff_, c, 1);
  ASSERT_TRUE(id.ok()) << id.error().message;
  EXPECT_EQ((*reg().find_contact(region_a_, *id))->consent_date, "");
}

TEST_F(RegisterServiceTest, OverlappingMembershipsOfTheSameNetworkAreRefused) {
  const Id org = create_org("IHK", nullptr);
  const Id net = create_network("Dialogforum");
  domain::Membership m;
  m.network_id = net;
  m.organisation_id = org;
  m.since = "2020-01-01";
  m.until = "2021-12-31";
  auto first = reg().create_membership(staff_, m, 1);
  ASSERT_TRUE(first.ok()) << first.error().message;
  m.since = "2021-06-01";
  m.until = "";
  auto overlap = reg().create_membership(staff_, m, 1);
  ASSERT_FALSE(overlap.ok());
  EXPECT_EQ(overlap.error().fields.at("since"), "validation.membership_overlap");
  m.since = "2022-01-01";
  m.role = domain::MembershipRole::lead;
  auto later = reg().create_membership(staff_, m, 1);
  ASSERT_TRUE(later.ok()) << later.error().message;
  // Editing a membership does not collide with itself.
  m.id = *later;
  m.role = domain::MembershipRole::guest;
  ASSERT_TRUE(reg().update_membership(staff_, m, 2).ok());
  auto members = reg().members_of(region_a_, net, "2023-01-01");
  ASSERT_TRUE(members.ok());
  ASSERT_EQ(members->size(), 1U);
  EXPECT_EQ((*members)[0].membership.role, domain::MembershipRole::guest);
  auto networks = reg().networks_of(region_a_, org, "");
  ASSERT_TRUE(networks.ok());
  EXPECT_EQ(networks->size(), 2U);
}

TEST_F(RegisterServiceTest, TiesAndTransfersAreAuditedAndListed) {
  const Id a = create_org("A");
  const Id b = create_org("B");
  domain::Tie t;
  t.organisation_a_id = a;
  t.organisation_b_id = b;
  t.kind = domain::TieKind::joint_offer;
  t.intensity = 2;
  auto tie = reg().create_tie(staff_, t, 1);
  ASSERT_TRUE(tie.ok()) << tie.error().message;
  t.organisation_b_id = a;
  auto self = reg().create_tie(staff_, t, 1);
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().fields.at("organisation_b_id"), "validation.tie_self");
  auto ties = reg().ties_of(region_a_, b);
  ASSERT_TRUE(ties.ok());
  ASSERT_EQ(ties->size(), 1U);
  EXPECT_EQ((*ties)[0].organisation_a_name, "A");

  const Id from = create_network("Ausbilder-Frühstück");
  const Id to = create_network("Arbeitsmarktintegration");
  domain::Transfer tr;
  tr.date = "2025-03-12";
  tr.topic = "Sprachförderung";
  tr.from.network_id = from;
  tr.to.network_id = to;
  auto transfer = reg().create_transfer(staff_, tr, 1);
  ASSERT_TRUE(transfer.ok()) << transfer.error().message;
  tr.id = *transfer;
  tr.result = "Arbeitsgruppe";
  ASSERT_TRUE(reg().update_transfer(staff_, tr, 2).ok());
  auto flows = reg().transfers_of(region_a_, to);
  ASSERT_TRUE(flows.ok());
  ASSERT_EQ(flows->incoming.size(), 1U);
  EXPECT_EQ(flows->incoming[0].transfer.result, "Arbeitsgruppe");
  auto blocked = reg().delete_network(staff_, from, 3);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().fields.at("transfers"), "error.in_use.transfers");
  ASSERT_TRUE(reg().delete_transfer(staff_, *transfer, 4).ok());
  ASSERT_TRUE(reg().delete_tie(staff_, *tie, 4).ok());
  ASSERT_TRUE(reg().delete_network(staff_, from, 5).ok());
  std::map<std::string, int> per_type;
  for (const auto& e : audit(region_a_)) ++per_type[e.object_type + ":" + e.action];
  EXPECT_EQ(per_type["tie:create"], 1);
  EXPECT_EQ(per_type["tie:delete"], 1);
  EXPECT_EQ(per_type["transfer:create"], 1);
  EXPECT_EQ(per_type["transfer:update"], 1);
  EXPECT_EQ(per_type["transfer:delete"], 1);
  EXPECT_EQ(per_type["network:delete"], 1);
}

TEST_F(RegisterServiceTest, AdminsAddOrganisationTypesForTheirRegionOnly) {
  EXPECT_EQ(reg().add_organisation_type(staff_, {"", "Stiftung", ""}, 1).error().code, ErrorCode::forbidden);
  auto key = reg().add_organisation_type(admin_, {"", " Stiftung ", "Foundation"}, 1);
  ASSERT_TRUE(key.ok()) << key.error().message;
  EXPECT_EQ(*key, "custom_stiftung");
  auto again = reg().add_organisation_type(admin_, {"", "STIFTUNG", ""}, 1);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().fields.at("label"), "validation.type_exists");
  auto types = reg().organisation_types(region_a_);
  ASSERT_TRUE(types.ok());
  EXPECT_EQ(types->size(), domain::kBuiltinOrganisationTypes.size() + 1);
  EXPECT_EQ(types->front().label_key, "register.type.municipality");
  EXPECT_EQ(types->back().label, "Stiftung");
  EXPECT_EQ(types->back().display_label(domain::UiLanguage::en), "Foundation");
  auto o = organisation("Bürgerstiftung", *key);
  ASSERT_TRUE(reg().create_organisation(staff_, o, 2).ok());
  auto in_b = reg().create_organisation(staff_b_, o, 2);
  ASSERT_FALSE(in_b.ok());  // region B has no such type (and Hannover is not its municipality)
  EXPECT_EQ(in_b.error().fields.at("type"), "validation.organisation_type");
}

TEST_F(RegisterServiceTest, AdminChoosesTheKeyOfANewTypeAndATakenKeyIsAFieldError) {
  auto key = reg().add_organisation_type(admin_, {"Kultur Verein", "Kulturverein", "Cultural association"}, 1);
  ASSERT_TRUE(key.ok()) << key.error().message;
  EXPECT_EQ(*key, "custom_kultur_verein");
  auto taken = reg().add_organisation_type(admin_, {"kultur verein", "Anderer Verein", ""}, 1);
  ASSERT_FALSE(taken.ok());
  EXPECT_EQ(taken.error().fields.at("key"), "validation.type_exists");
  auto empty = reg().add_organisation_type(admin_, {"", "  ", ""}, 1);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().fields.at("label"), "validation.required");
}

TEST_F(RegisterServiceTest, AdminRenamesATypeAndOrganisationsKeepIt) {
  auto key = reg().add_organisation_type(admin_, {"", "Stiftung", ""}, 1);
  ASSERT_TRUE(key.ok());
  const Id org = create_org("Bürgerstiftung");
  auto o = *reg().find_organisation(region_a_, org);
  o->type = *key;
  ASSERT_TRUE(reg().update_organisation(staff_, *o, 2).ok());
  EXPECT_EQ(reg().rename_organisation_type(staff_, *key, {"", "Stiftungen", ""}, 3).error().code, ErrorCode::forbidden);
  ASSERT_TRUE(reg().rename_organisation_type(admin_, *key, {"", "Stiftung bürgerlichen Rechts", "Foundation"}, 3).ok());
  auto types = reg().organisation_types(region_a_);
  EXPECT_EQ(types->back().key, *key);
  EXPECT_EQ(types->back().label, "Stiftung bürgerlichen Rechts");
  EXPECT_EQ((*reg().find_organisation(region_a_, org))->type, *key);
  EXPECT_EQ(reg().rename_organisation_type(admin_, "custom_none", {"", "X", ""}, 3).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(reg().rename_organisation_type(admin_, "company", {"", "Firma", ""}, 3).error().code,
            ErrorCode::not_found);  // built-in types are translated by the catalog, not renamed
}

TEST_F(RegisterServiceTest, UsedTypeIsNotDeactivatedAndAnUnusedOneIsNoLongerOffered) {
  auto used = reg().add_organisation_type(admin_, {"", "Stiftung", ""}, 1);
  auto unused = reg().add_organisation_type(admin_, {"", "Genossenschaft", ""}, 1);
  ASSERT_TRUE(used.ok() && unused.ok());
  ASSERT_TRUE(reg().create_organisation(staff_, organisation("Bürgerstiftung", *used), 2).ok());
  auto blocked = reg().set_organisation_type_active(admin_, *used, false, 3);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::conflict);
  EXPECT_EQ(blocked.error().message, "register_admin.error.type_in_use");
  EXPECT_EQ(reg().set_organisation_type_active(staff_, *unused, false, 3).error().code, ErrorCode::forbidden);
  ASSERT_TRUE(reg().set_organisation_type_active(admin_, *unused, false, 3).ok());
  auto offered = reg().organisation_types(region_a_);
  EXPECT_TRUE(std::none_of(offered->begin(), offered->end(), [&](const auto& t) { return t.key == *unused; }));
  auto refused = reg().create_organisation(staff_, organisation("Wohnungsgenossenschaft", *unused), 4);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at("type"), "validation.organisation_type");
  auto listed = reg().region_types(admin_);
  ASSERT_TRUE(listed.ok());
  const auto row = std::find_if(listed->begin(), listed->end(), [&](const auto& r) { return r.type.key == *unused; });
  ASSERT_NE(row, listed->end());
  EXPECT_FALSE(row->type.active);
  const auto used_row = std::find_if(listed->begin(), listed->end(), [&](const auto& r) { return r.type.key == *used; });
  EXPECT_EQ(used_row->organisations, 1);
  EXPECT_EQ(reg().region_types(staff_).error().code, ErrorCode::forbidden);
  ASSERT_TRUE(reg().set_organisation_type_active(admin_, *unused, true, 5).ok());
}

TEST_F(RegisterServiceTest, NetworksCheckTheirLeadAndMunicipalitiesInTheRegion) {
  const Id other_region_org = create_org("B-Träger", &staff_b_);
  domain::Network n;
  n.name = "Netz";
  n.lead_organisation_id = other_region_org;
  n.municipality_ids = {hannover_, celle_};
  auto r = reg().create_network(staff_, n, 1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at("lead_organisation_id"), "validation.organisation");
  EXPECT_EQ(r.error().fields.at("municipality_ids"), "validation.municipality");
  n.lead_organisation_id = create_org("A-Träger");
  n.municipality_ids = {hannover_, hannover_};
  auto ok = reg().create_network(staff_, n, 1);
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ((*reg().find_network(region_a_, *ok))->municipality_ids, std::vector<Id>{hannover_});
  auto blocked = reg().delete_organisation(staff_, *n.lead_organisation_id, 2);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().fields.at("led_networks"), "error.in_use.led_networks");
}
