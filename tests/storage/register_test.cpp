// The register repositories (issue 3) on both backends: round trips, list filters, sorting and
// paging, memberships as of a date, ties, transfers, dependants, anonymisation, and tenant
// isolation (region A never sees, changes or deletes region B's rows).
#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

using namespace bb::domain;
using bb::storage::OrganisationQuery;

class RegisterStorage : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (HasFatalFailure()) return;
    region_a_ = make_region("region-a", "Region A");
    region_b_ = make_region("region-b", "Region B");
    must_write([&](UnitOfWork& uow) -> Result<void> {
      auto m1 = uow.regions().add_municipality(region_a_, "Hannover");
      auto m2 = uow.regions().add_municipality(region_a_, "Garbsen");
      auto m3 = uow.regions().add_municipality(region_b_, "Celle");
      if (!m1 || !m2 || !m3) return Error::internal("municipality");
      hannover_ = *m1;
      garbsen_ = *m2;
      celle_ = *m3;
      return success();
    });
  }

  Id add_organisation(Id region, Organisation o) {
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().create(region, o, 5000); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
  Id add_organisation(Id region, const std::string& name, const std::string& type = "company",
                      std::optional<Id> municipality = std::nullopt) {
    Organisation o;
    o.name = name;
    o.type = type;
    o.municipality_id = municipality;
    return add_organisation(region, o);
  }
  Id add_network(Id region, const std::string& name) {
    Network n;
    n.name = name;
    n.focus = NetworkFocus::migration;
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.networks().create(region, n, 5000); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
  Id add_membership(Id region, Id network, Id organisation, const std::string& since = "",
                    const std::string& until = "", MembershipRole role = MembershipRole::member) {
    Membership m;
    m.network_id = network;
    m.organisation_id = organisation;
    m.role = role;
    m.since = since;
    m.until = until;
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.memberships().create(region, m); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
  storage::PageOf<Organisation> list(Id region, const OrganisationQuery& q) {
    auto page = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().list(region, q); });
    EXPECT_TRUE(page.ok()) << page.error().message;
    return page.ok() ? *page : storage::PageOf<Organisation>{};
  }
  static std::vector<std::string> names(const storage::PageOf<Organisation>& page) {
    std::vector<std::string> out;
    for (const auto& o : page.items) out.push_back(o.name);
    return out;
  }

  Id region_a_ = 0;
  Id region_b_ = 0;
  Id hannover_ = 0;
  Id garbsen_ = 0;
  Id celle_ = 0;
};
BB_ON_BOTH_BACKENDS(RegisterStorage);

TEST_P(RegisterStorage, OrganisationRoundTripKeepsEveryField) {
  Organisation o;
  o.name = "Bäckerei Öztürk GmbH";
  o.type = "company";
  o.municipality_id = hannover_;
  o.address = "Limmerstraße 1\n30451 Hannover";
  o.website = "https://example.org";
  o.email = "info@example.org";
  o.phone = "0511 123";
  o.languages = {"de", "tr"};
  o.tags = {"Ausbildung", "Lebensmittel"};
  o.notes = "Ansprechpartner wechselt 2025";
  o.active = true;
  o.size = CompanySize::small;
  o.sector = "Lebensmittelhandwerk";
  o.migrant_led = true;
  o.may_train = true;
  o.trains_now = true;
  const Id id = add_organisation(region_a_, o);
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().find(region_a_, id); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  const Organisation& f = **found;
  EXPECT_EQ(f.id, id);
  EXPECT_EQ(f.region_id, region_a_);
  EXPECT_EQ(f.name, o.name);
  EXPECT_EQ(f.type, "company");
  EXPECT_EQ(f.municipality_id, hannover_);
  EXPECT_EQ(f.address, o.address);
  EXPECT_EQ(f.website, o.website);
  EXPECT_EQ(f.email, o.email);
  EXPECT_EQ(f.phone, o.phone);
  EXPECT_EQ(f.languages, o.languages);
  EXPECT_EQ(f.tags, o.tags);
  EXPECT_EQ(f.notes, o.notes);
  EXPECT_TRUE(f.active);
  EXPECT_EQ(f.size, CompanySize::small);
  EXPECT_EQ(f.sector, o.sector);
  EXPECT_TRUE(f.migrant_led);
  EXPECT_TRUE(f.may_train);
  EXPECT_TRUE(f.trains_now);
  EXPECT_EQ(f.created_at, 5000);
  EXPECT_EQ(f.updated_at, 5000);
}

TEST_P(RegisterStorage, UpdateChangesFieldsAndTagsAndNullsTheMunicipality) {
  Organisation o;
  o.name = "Alt";
  o.type = "company";
  o.municipality_id = hannover_;
  o.tags = {"alt"};
  const Id id = add_organisation(region_a_, o);
  o.id = id;
  o.name = "Neu";
  o.municipality_id.reset();
  o.tags = {"neu", "zwei"};
  o.size = CompanySize::large;
  auto updated = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().update(region_a_, o, 6000); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_TRUE(*updated);
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().find(region_a_, id); });
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->name, "Neu");
  EXPECT_FALSE((*found)->municipality_id.has_value());
  EXPECT_EQ((*found)->tags, (std::vector<std::string>{"neu", "zwei"}));
  EXPECT_EQ((*found)->size, CompanySize::large);
  EXPECT_EQ((*found)->updated_at, 6000);
  OrganisationQuery by_old_tag;
  by_old_tag.tag = "alt";
  EXPECT_EQ(list(region_a_, by_old_tag).total, 0);
  OrganisationQuery by_new_tag;
  by_new_tag.tag = "ZWEI";
  EXPECT_EQ(list(region_a_, by_new_tag).total, 1);
}

TEST_P(RegisterStorage, RemovingAnOrganisationRemovesItsTagRows) {
  Organisation o;
  o.name = "Mit Schlagworten";
  o.type = "association";
  o.tags = {"Eltern", "Sprache"};
  const Id id = add_organisation(region_a_, o);
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().remove(region_a_, id); });
  ASSERT_TRUE(removed.ok()) << removed.error().message;
  EXPECT_TRUE(*removed);
  OrganisationQuery q;
  q.tag = "eltern";
  EXPECT_EQ(list(region_a_, q).total, 0);
}

TEST_P(RegisterStorage, SearchFoldsCaseUmlautsAndSharpS) {
  add_organisation(region_a_, "Müller Metallbau");
  add_organisation(region_a_, "Autohaus an der Straße");
  add_organisation(region_a_, "Kfz-Werkstatt Muller-Lüdenscheidt");
  add_organisation(region_a_, "Bäckerei Schmidt");
  OrganisationQuery q;
  q.search = "Muller";
  EXPECT_EQ(names(list(region_a_, q)),
            (std::vector<std::string>{"Kfz-Werkstatt Muller-Lüdenscheidt", "Müller Metallbau"}));
  q.search = "strasse";
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"Autohaus an der Straße"}));
  q.search = "MÜLLER metall";  // every word must match
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"Müller Metallbau"}));
  q.search = "100%";
  EXPECT_EQ(list(region_a_, q).total, 0);
}

TEST_P(RegisterStorage, FiltersByTypeMunicipalityTagFlagsAndNetwork) {
  Organisation a;
  a.name = "A Betrieb";
  a.type = "company";
  a.municipality_id = hannover_;
  a.migrant_led = true;
  a.tags = {"Pflege"};
  const Id ida = add_organisation(region_a_, a);
  Organisation b;
  b.name = "B Schule";
  b.type = "vocational_school";
  b.municipality_id = garbsen_;
  b.active = false;
  const Id idb = add_organisation(region_a_, b);
  const Id idc = add_organisation(region_a_, "C Betrieb", "company", garbsen_);
  const Id net = add_network(region_a_, "Arbeitsmarktintegration");
  add_membership(region_a_, net, idb);
  add_membership(region_a_, net, idc, "2020-01-01", "2021-12-31");

  OrganisationQuery q;
  q.type = "company";
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"A Betrieb", "C Betrieb"}));
  q = {};
  q.municipality_id = garbsen_;
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"B Schule", "C Betrieb"}));
  q = {};
  q.tag = "pflege";
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"A Betrieb"}));
  q = {};
  q.migrant_led = true;
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"A Betrieb"}));
  q = {};
  q.active = false;
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"B Schule"}));
  q = {};
  q.network_id = net;
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"B Schule", "C Betrieb"}));
  q.as_of = "2024-06-01";
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"B Schule"}));
  q = {};
  q.type = "company";
  q.municipality_id = garbsen_;
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"C Betrieb"}));
  (void)ida;
}

TEST_P(RegisterStorage, SortsAndPagesWithTheTotalOfTheWholeList) {
  for (const char* name : {"Delta", "alpha", "Charlie", "Bravo", "Echo"}) add_organisation(region_a_, name);
  OrganisationQuery q;
  q.limit = 2;
  auto first = list(region_a_, q);
  EXPECT_EQ(first.total, 5);
  EXPECT_EQ(names(first), (std::vector<std::string>{"alpha", "Bravo"}));
  q.offset = 4;
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"Echo"}));
  q.offset = 0;
  q.descending = true;
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"Echo", "Delta"}));
}

TEST_P(RegisterStorage, SortsByMunicipalityAndType) {
  add_organisation(region_a_, "Z in Garbsen", "company", garbsen_);
  add_organisation(region_a_, "Y in Hannover", "ihk", hannover_);
  add_organisation(region_a_, "X ohne Kommune", "jobcenter");
  OrganisationQuery q;
  q.sort = OrganisationQuery::Sort::municipality;
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"X ohne Kommune", "Z in Garbsen", "Y in Hannover"}));
  q.sort = OrganisationQuery::Sort::type;
  EXPECT_EQ(names(list(region_a_, q)), (std::vector<std::string>{"Z in Garbsen", "Y in Hannover", "X ohne Kommune"}));
}

TEST_P(RegisterStorage, RegionANeverSeesChangesOrDeletesRegionBsRows) {
  const Id in_b = add_organisation(region_b_, "Nur in B", "company", celle_);
  const Id net_b = add_network(region_b_, "Netz B");
  add_membership(region_b_, net_b, in_b);
  EXPECT_EQ(list(region_a_, {}).total, 0);
  OrganisationQuery q;
  q.search = "Nur";
  EXPECT_EQ(list(region_a_, q).total, 0);
  EXPECT_EQ(list(region_b_, q).total, 1);

  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().find(region_a_, in_b); });
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->has_value());
  Organisation o;
  o.id = in_b;
  o.name = "Übernommen";
  o.type = "company";
  auto updated = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().update(region_a_, o, 1); });
  ASSERT_TRUE(updated.ok());
  EXPECT_FALSE(*updated);
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().remove(region_a_, in_b); });
  ASSERT_TRUE(removed.ok());
  EXPECT_FALSE(*removed);
  auto network = db_->read_value([&](UnitOfWork& uow) { return uow.networks().find(region_a_, net_b); });
  ASSERT_TRUE(network.ok());
  EXPECT_FALSE(network->has_value());
  auto members = db_->read_value([&](UnitOfWork& uow) { return uow.memberships().of_network(region_a_, net_b, ""); });
  ASSERT_TRUE(members.ok());
  EXPECT_TRUE(members->empty());
  auto networks = db_->read_value([&](UnitOfWork& uow) { return uow.networks().list(region_a_, {}); });
  ASSERT_TRUE(networks.ok());
  EXPECT_EQ(networks->total, 0);
  auto still = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().find(region_b_, in_b); });
  ASSERT_TRUE(still.ok() && still->has_value());
  EXPECT_EQ((*still)->name, "Nur in B");
}

TEST_P(RegisterStorage, LikelyDuplicatesShareTheNormalisedNameAndMunicipality) {
  const Id first = add_organisation(region_a_, "kargah e.V.", "migrant_organisation", hannover_);
  add_organisation(region_a_, "Kargah e. V.", "migrant_organisation", garbsen_);
  add_organisation(region_b_, "kargah e.V.", "migrant_organisation", celle_);
  auto dupes = db_->read_value(
      [&](UnitOfWork& uow) { return uow.organisations().likely_duplicates(region_a_, "KARGAH e V", hannover_); });
  ASSERT_TRUE(dupes.ok()) << dupes.error().message;
  ASSERT_EQ(dupes->size(), 1U);
  EXPECT_EQ(dupes->front().id, first);
}

TEST_P(RegisterStorage, DependantsCountEveryKindOfReference) {
  const Id org = add_organisation(region_a_, "Träger");
  const Id other = add_organisation(region_a_, "Anderer");
  const Id net = add_network(region_a_, "Netz");
  add_membership(region_a_, net, org);
  must_write([&](UnitOfWork& uow) -> Result<void> {
    Contact c;
    c.organisation_id = org;
    c.name = "Eine Person";
    if (auto r = uow.contacts().create(region_a_, c, 1); !r) return r.error();
    Tie t;
    t.organisation_a_id = other;
    t.organisation_b_id = org;
    if (auto r = uow.ties().create(region_a_, t); !r) return r.error();
    auto n = uow.networks().find(region_a_, net);
    if (!n) return n.error();
    Network changed = **n;
    changed.lead_organisation_id = org;
    if (auto r = uow.networks().update(region_a_, changed, 2); !r) return r.error();
    return success();
  });
  const Id partner = make_user(region_a_, "partner@example.org", "Partnerin", Role::partner);
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto r = uow.organisations().set_partner_organisation(region_a_, partner, org);
    if (!r) return r.error();
    return *r ? success() : Result<void>(Error::internal("not linked"));
  });
  auto deps = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().dependants(region_a_, org); });
  ASSERT_TRUE(deps.ok()) << deps.error().message;
  EXPECT_EQ(deps->contacts, 1);
  EXPECT_EQ(deps->memberships, 1);
  EXPECT_EQ(deps->ties, 1);
  EXPECT_EQ(deps->led_networks, 1);
  EXPECT_EQ(deps->partner_users, 1);
  EXPECT_TRUE(deps->any());
  auto none = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().dependants(region_a_, other); });
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->ties, 1);
  EXPECT_EQ(none->contacts, 0);
  // The database refuses the delete as well, should a caller skip the check.
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().remove(region_a_, org); });
  ASSERT_FALSE(removed.ok());
  EXPECT_EQ(removed.error().code, ErrorCode::conflict);
}

TEST_P(RegisterStorage, PartnerLinkIsScopedToTheRegion) {
  const Id org = add_organisation(region_a_, "Eigene");
  const Id partner_b = make_user(region_b_, "b@example.org", "B", Role::partner);
  auto set = db_->write_value(
      [&](UnitOfWork& uow) { return uow.organisations().set_partner_organisation(region_a_, partner_b, org); });
  ASSERT_TRUE(set.ok());
  EXPECT_FALSE(*set);
  const Id partner_a = make_user(region_a_, "a@example.org", "A", Role::partner);
  auto none =
      db_->read_value([&](UnitOfWork& uow) { return uow.organisations().partner_organisation(region_a_, partner_a); });
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto r = uow.organisations().set_partner_organisation(region_a_, partner_a, org);
    return r ? success() : Result<void>(r.error());
  });
  auto linked =
      db_->read_value([&](UnitOfWork& uow) { return uow.organisations().partner_organisation(region_a_, partner_a); });
  ASSERT_TRUE(linked.ok());
  EXPECT_EQ(*linked, org);
}

TEST_P(RegisterStorage, CustomTypesBelongToTheirRegion) {
  auto id = db_->write_value(
      [&](UnitOfWork& uow) { return uow.organisations().add_custom_type(region_a_, "custom_stiftung", "Stiftung", "Foundation"); });
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto again = db_->write_value(
      [&](UnitOfWork& uow) { return uow.organisations().add_custom_type(region_a_, "custom_stiftung", "Stiftung 2", ""); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  auto in_a = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().custom_types(region_a_); });
  auto in_b = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().custom_types(region_b_); });
  ASSERT_TRUE(in_a.ok() && in_b.ok());
  ASSERT_EQ(in_a->size(), 1U);
  EXPECT_EQ(in_a->front().label, "Stiftung");
  EXPECT_EQ(in_a->front().label_en, "Foundation");
  EXPECT_TRUE(in_a->front().active);
  EXPECT_TRUE(in_b->empty());
  add_organisation(region_a_, "Bürgerstiftung", "custom_stiftung");
  auto count =
      db_->read_value([&](UnitOfWork& uow) { return uow.organisations().count_of_type(region_a_, "custom_stiftung"); });
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, 1);
}

TEST_P(RegisterStorage, CustomTypeIsRenamedAndDeactivatedInItsRegionOnly) {
  must_write([&](UnitOfWork& uow) -> bb::Result<void> {
    auto a = uow.organisations().add_custom_type(region_a_, "custom_stiftung", "Stiftung", "");
    if (!a) return a.error();
    auto b = uow.organisations().add_custom_type(region_b_, "custom_stiftung", "Stiftung B", "");
    if (!b) return b.error();
    return bb::success();
  });
  bb::domain::OrganisationType changed{0, 0, "custom_stiftung", "Stiftung (neu)", "Foundation", false};
  auto updated = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().update_custom_type(region_a_, changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_TRUE(*updated);
  changed.key = "custom_none";
  EXPECT_FALSE(*db_->write_value([&](UnitOfWork& uow) { return uow.organisations().update_custom_type(region_a_, changed); }));
  auto active_a = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().custom_types(region_a_); });
  auto all_a = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().all_custom_types(region_a_); });
  auto all_b = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().all_custom_types(region_b_); });
  ASSERT_TRUE(active_a.ok() && all_a.ok() && all_b.ok());
  EXPECT_TRUE(active_a->empty());
  ASSERT_EQ(all_a->size(), 1U);
  EXPECT_EQ(all_a->front().label, "Stiftung (neu)");
  EXPECT_EQ(all_a->front().label_en, "Foundation");
  EXPECT_FALSE(all_a->front().active);
  ASSERT_EQ(all_b->size(), 1U);  // the other region's type of the same key is untouched
  EXPECT_EQ(all_b->front().label, "Stiftung B");
  EXPECT_TRUE(all_b->front().active);
}

TEST_P(RegisterStorage, NamesListEveryOrganisationOfTheRegionBeyondOnePage) {
  must_write([&](UnitOfWork& uow) -> bb::Result<void> {
    for (int i = 0; i < 1005; ++i) {
      bb::domain::Organisation o;
      o.name = "Betrieb " + std::to_string(10000 + i);
      o.type = "company";
      o.active = i != 1004;
      auto id = uow.organisations().create(region_a_, o, 1000);
      if (!id) return id.error();
    }
    return bb::success();
  });
  add_organisation(region_b_, "Betrieb in B");
  auto names = db_->read_value([&](UnitOfWork& uow) { return uow.organisations().names(region_a_); });
  ASSERT_TRUE(names.ok()) << names.error().message;
  ASSERT_EQ(names->size(), 1005U);
  EXPECT_EQ(names->front().name, "Betrieb 10000");
  EXPECT_EQ(names->back().name, "Betrieb 11004");
  EXPECT_FALSE(names->back().active);
  EXPECT_TRUE(names->front().active);
}

TEST_P(RegisterStorage, ContactsListSearchAndAnonymiseKeepsTheRow) {
  const Id org = add_organisation(region_a_, "Jobcenter");
  const Id org_b = add_organisation(region_b_, "Jobcenter B");
  Contact c;
  c.organisation_id = org;
  c.name = "Jürgen Weiß";
  c.function = "Teamleitung";
  c.email = "j.weiss@example.org";
  c.phone = "0511 1";
  c.languages = {"de", "ru"};
  c.data_basis = DataBasis::consent;
  c.consent_date = "2024-01-15";
  Id id = 0;
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto r = uow.contacts().create(region_a_, c, 10);
    if (!r) return r.error();
    id = *r;
    Contact other;
    other.organisation_id = org_b;
    other.name = "Jürgen in B";
    auto r2 = uow.contacts().create(region_b_, other, 10);
    return r2 ? success() : Result<void>(r2.error());
  });
  storage::ContactQuery q;
  q.search = "jurgen weiss";
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.contacts().list(region_a_, q); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_EQ(found->total, 1);
  EXPECT_EQ(found->items[0].name, "Jürgen Weiß");
  EXPECT_EQ(found->items[0].languages, c.languages);
  EXPECT_EQ(found->items[0].data_basis, DataBasis::consent);
  EXPECT_EQ(found->items[0].consent_date, "2024-01-15");

  auto other_region = db_->write_value([&](UnitOfWork& uow) { return uow.contacts().anonymise(region_b_, id, 20); });
  ASSERT_TRUE(other_region.ok());
  EXPECT_FALSE(*other_region);
  auto done = db_->write_value([&](UnitOfWork& uow) { return uow.contacts().anonymise(region_a_, id, 20); });
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_TRUE(*done);
  auto after = db_->read_value([&](UnitOfWork& uow) { return uow.contacts().find(region_a_, id); });
  ASSERT_TRUE(after.ok() && after->has_value());
  EXPECT_TRUE((*after)->anonymised);
  EXPECT_EQ((*after)->organisation_id, org);
  EXPECT_EQ((*after)->name, "");
  EXPECT_EQ((*after)->function, "");
  EXPECT_EQ((*after)->email, "");
  EXPECT_EQ((*after)->phone, "");
  EXPECT_TRUE((*after)->languages.empty());
  EXPECT_EQ((*after)->consent_date, "");
  auto searched = db_->read_value([&](UnitOfWork& uow) { return uow.contacts().list(region_a_, q); });
  ASSERT_TRUE(searched.ok());
  EXPECT_EQ(searched->total, 0);
  storage::ContactQuery without;
  without.include_anonymised = false;
  auto listed = db_->read_value([&](UnitOfWork& uow) { return uow.contacts().list(region_a_, without); });
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 0);
}

TEST_P(RegisterStorage, ContactUpdateAndRemoveStayInTheRegion) {
  const Id org = add_organisation(region_a_, "AWO");
  const Id other = add_organisation(region_a_, "DRK");
  Contact c;
  c.organisation_id = org;
  c.name = "Erste Fassung";
  auto id = db_->write_value([&](UnitOfWork& uow) { return uow.contacts().create(region_a_, c, 1); });
  ASSERT_TRUE(id.ok()) << id.error().message;
  c.id = *id;
  c.organisation_id = other;
  c.name = "Zweite Fassung";
  c.data_basis = DataBasis::consent;
  c.consent_date = "2025-02-01";
  auto from_b = db_->write_value([&](UnitOfWork& uow) { return uow.contacts().update(region_b_, c, 2); });
  ASSERT_TRUE(from_b.ok());
  EXPECT_FALSE(*from_b);
  auto updated = db_->write_value([&](UnitOfWork& uow) { return uow.contacts().update(region_a_, c, 3); });
  ASSERT_TRUE(updated.ok() && *updated);
  storage::ContactQuery q;
  q.organisation_id = other;
  auto listed = db_->read_value([&](UnitOfWork& uow) { return uow.contacts().list(region_a_, q); });
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->total, 1);
  EXPECT_EQ(listed->items[0].name, "Zweite Fassung");
  EXPECT_EQ(listed->items[0].consent_date, "2025-02-01");
  EXPECT_EQ(listed->items[0].updated_at, 3);
  auto removed_from_b = db_->write_value([&](UnitOfWork& uow) { return uow.contacts().remove(region_b_, *id); });
  ASSERT_TRUE(removed_from_b.ok());
  EXPECT_FALSE(*removed_from_b);
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.contacts().remove(region_a_, *id); });
  ASSERT_TRUE(removed.ok());
  EXPECT_TRUE(*removed);
  auto gone = db_->read_value([&](UnitOfWork& uow) { return uow.contacts().find(region_a_, *id); });
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(gone->has_value());
}

TEST_P(RegisterStorage, NetworkAndTransferUpdates) {
  const Id net = add_network(region_a_, "Alt");
  const Id other = add_network(region_a_, "Anderes");
  Network n;
  n.id = net;
  n.name = "Neu";
  n.status = NetworkStatus::ended;
  n.status_since = "2024-12-31";
  n.municipality_ids = {hannover_};
  auto from_b = db_->write_value([&](UnitOfWork& uow) { return uow.networks().update(region_b_, n, 2); });
  ASSERT_TRUE(from_b.ok());
  EXPECT_FALSE(*from_b);
  auto updated = db_->write_value([&](UnitOfWork& uow) { return uow.networks().update(region_a_, n, 2); });
  ASSERT_TRUE(updated.ok() && *updated);
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.networks().find(region_a_, net); });
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->name, "Neu");
  EXPECT_EQ((*found)->status, NetworkStatus::ended);
  EXPECT_EQ((*found)->municipality_ids, std::vector<Id>{hannover_});

  Transfer t;
  t.date = "2025-01-01";
  t.topic = "Thema";
  t.from.event = "Dialogforum";
  t.to.network_id = net;
  auto id = db_->write_value([&](UnitOfWork& uow) { return uow.transfers().create(region_a_, t, 1); });
  ASSERT_TRUE(id.ok()) << id.error().message;
  t.id = *id;
  t.from.event.clear();
  t.from.network_id = other;
  t.result = "Ergebnis";
  auto changed = db_->write_value([&](UnitOfWork& uow) { return uow.transfers().update(region_a_, t); });
  ASSERT_TRUE(changed.ok() && *changed);
  auto stored = db_->read_value([&](UnitOfWork& uow) { return uow.transfers().find(region_a_, *id); });
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->from.network_id, other);
  EXPECT_EQ((*stored)->from.event, "");
  EXPECT_EQ((*stored)->result, "Ergebnis");
  auto in_b = db_->read_value([&](UnitOfWork& uow) { return uow.transfers().find(region_b_, *id); });
  ASSERT_TRUE(in_b.ok());
  EXPECT_FALSE(in_b->has_value());
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.transfers().remove(region_a_, *id); });
  ASSERT_TRUE(removed.ok() && *removed);
}

TEST_P(RegisterStorage, NetworkRoundTripWithMunicipalitiesAndFilters) {
  const Id lead = add_organisation(region_a_, "Servicestelle", "service_centre");
  Network n;
  n.name = "Flüchtlingsnetzwerk Garbsen";
  n.focus = NetworkFocus::local;
  n.goals = "Ankommen erleichtern";
  n.meeting_rhythm = MeetingRhythm::monthly;
  n.meeting_format = MeetingFormat::hybrid;
  n.channels = {"email_list", "messenger"};
  n.work_forms = "Arbeitsgruppen";
  n.lead_organisation_id = lead;
  n.municipality_ids = {garbsen_};
  n.status = NetworkStatus::dormant;
  n.started_on = "2016-03-01";
  n.status_since = "2023-01-01";
  auto id = db_->write_value([&](UnitOfWork& uow) { return uow.networks().create(region_a_, n, 7); });
  ASSERT_TRUE(id.ok()) << id.error().message;
  const Id regional = add_network(region_a_, "Arbeitsmarktintegration");
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.networks().find(region_a_, *id); });
  ASSERT_TRUE(found.ok() && found->has_value());
  const Network& f = **found;
  EXPECT_EQ(f.name, n.name);
  EXPECT_EQ(f.focus, NetworkFocus::local);
  EXPECT_EQ(f.goals, n.goals);
  EXPECT_EQ(f.meeting_rhythm, MeetingRhythm::monthly);
  EXPECT_EQ(f.meeting_format, MeetingFormat::hybrid);
  EXPECT_EQ(f.channels, n.channels);
  EXPECT_EQ(f.work_forms, n.work_forms);
  EXPECT_EQ(f.lead_organisation_id, lead);
  EXPECT_EQ(f.municipality_ids, std::vector<Id>{garbsen_});
  EXPECT_EQ(f.status, NetworkStatus::dormant);
  EXPECT_EQ(f.started_on, "2016-03-01");
  EXPECT_EQ(f.status_since, "2023-01-01");

  storage::NetworkQuery q;
  q.municipality_id = hannover_;  // only the network for the whole region covers Hannover
  auto in_hannover = db_->read_value([&](UnitOfWork& uow) { return uow.networks().list(region_a_, q); });
  ASSERT_TRUE(in_hannover.ok()) << in_hannover.error().message;
  ASSERT_EQ(in_hannover->total, 1);
  EXPECT_EQ(in_hannover->items[0].id, regional);
  q.municipality_id = garbsen_;
  auto in_garbsen = db_->read_value([&](UnitOfWork& uow) { return uow.networks().list(region_a_, q); });
  ASSERT_TRUE(in_garbsen.ok());
  EXPECT_EQ(in_garbsen->total, 2);
  storage::NetworkQuery by_status;
  by_status.status = NetworkStatus::dormant;
  by_status.search = "fluchtlings";
  auto dormant = db_->read_value([&](UnitOfWork& uow) { return uow.networks().list(region_a_, by_status); });
  ASSERT_TRUE(dormant.ok());
  ASSERT_EQ(dormant->total, 1);
  EXPECT_EQ(dormant->items[0].municipality_ids, std::vector<Id>{garbsen_});
}

TEST_P(RegisterStorage, MembershipsAsOfADate) {
  const Id net = add_network(region_a_, "Dialogforum");
  const Id a = add_organisation(region_a_, "Anna GmbH");
  const Id b = add_organisation(region_a_, "Berta KG");
  const Id c = add_organisation(region_a_, "Cäsar AG");
  add_membership(region_a_, net, a, "", "", MembershipRole::lead);
  add_membership(region_a_, net, b, "2020-01-01", "2022-12-31");
  add_membership(region_a_, net, c, "2023-01-01", "");
  auto names_on = [&](const std::string& date) {
    auto members = db_->read_value([&](UnitOfWork& uow) { return uow.memberships().of_network(region_a_, net, date); });
    EXPECT_TRUE(members.ok());
    std::vector<std::string> out;
    for (const auto& m : *members) out.push_back(m.organisation_name);
    return out;
  };
  EXPECT_EQ(names_on(""), (std::vector<std::string>{"Anna GmbH", "Berta KG", "Cäsar AG"}));
  EXPECT_EQ(names_on("2021-06-01"), (std::vector<std::string>{"Anna GmbH", "Berta KG"}));
  EXPECT_EQ(names_on("2022-12-31"), (std::vector<std::string>{"Anna GmbH", "Berta KG"}));
  EXPECT_EQ(names_on("2023-01-01"), (std::vector<std::string>{"Anna GmbH", "Cäsar AG"}));

  const Id net2 = add_network(region_a_, "Arbeitskreis");
  add_membership(region_a_, net2, b, "2024-01-01", "", MembershipRole::guest);
  auto of_b =
      db_->read_value([&](UnitOfWork& uow) { return uow.memberships().of_organisation(region_a_, b, "2024-05-05"); });
  ASSERT_TRUE(of_b.ok()) << of_b.error().message;
  ASSERT_EQ(of_b->size(), 1U);
  EXPECT_EQ((*of_b)[0].network_name, "Arbeitskreis");
  EXPECT_EQ((*of_b)[0].membership.role, MembershipRole::guest);
  auto all_of_b = db_->read_value([&](UnitOfWork& uow) { return uow.memberships().of_organisation(region_a_, b, ""); });
  ASSERT_TRUE(all_of_b.ok());
  EXPECT_EQ(all_of_b->size(), 2U);
}

TEST_P(RegisterStorage, MembershipUpdateFindAndRemove) {
  const Id net = add_network(region_a_, "N");
  const Id org = add_organisation(region_a_, "O");
  const Id id = add_membership(region_a_, net, org);
  Membership m;
  m.id = id;
  m.network_id = net;
  m.organisation_id = org;
  m.role = MembershipRole::lead;
  m.since = "2024-01-01";
  auto updated = db_->write_value([&](UnitOfWork& uow) { return uow.memberships().update(region_a_, m); });
  ASSERT_TRUE(updated.ok() && *updated);
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.memberships().find(region_a_, id); });
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->role, MembershipRole::lead);
  EXPECT_EQ((*found)->since, "2024-01-01");
  auto from_b = db_->write_value([&](UnitOfWork& uow) { return uow.memberships().remove(region_b_, id); });
  ASSERT_TRUE(from_b.ok());
  EXPECT_FALSE(*from_b);
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.memberships().remove(region_a_, id); });
  ASSERT_TRUE(removed.ok());
  EXPECT_TRUE(*removed);
  auto deps = db_->read_value([&](UnitOfWork& uow) { return uow.networks().dependants(region_a_, net); });
  ASSERT_TRUE(deps.ok());
  EXPECT_FALSE(deps->any());
}

TEST_P(RegisterStorage, TiesOfAnOrganisationOnEitherSide) {
  const Id a = add_organisation(region_a_, "IHK Hannover", "ihk");
  const Id b = add_organisation(region_a_, "Jobcenter", "jobcenter");
  const Id c = add_organisation(region_a_, "kargah", "migrant_organisation");
  Tie t1;
  t1.organisation_a_id = a;
  t1.organisation_b_id = b;
  t1.kind = TieKind::agreement;
  t1.intensity = 3;
  t1.since = "2022-01-01";
  t1.note = "Kooperationsvereinbarung";
  Tie t2;
  t2.organisation_a_id = c;
  t2.organisation_b_id = a;
  t2.kind = TieKind::referrals;
  t2.directed = true;
  Id id1 = 0;
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto r1 = uow.ties().create(region_a_, t1);
    auto r2 = uow.ties().create(region_a_, t2);
    if (!r1) return r1.error();
    if (!r2) return r2.error();
    id1 = *r1;
    return success();
  });
  auto of_a = db_->read_value([&](UnitOfWork& uow) { return uow.ties().of_organisation(region_a_, a); });
  ASSERT_TRUE(of_a.ok()) << of_a.error().message;
  ASSERT_EQ(of_a->size(), 2U);
  EXPECT_EQ((*of_a)[0].organisation_b_name, "Jobcenter");
  EXPECT_EQ((*of_a)[0].tie.kind, TieKind::agreement);
  EXPECT_EQ((*of_a)[0].tie.intensity, 3);
  EXPECT_EQ((*of_a)[0].tie.note, "Kooperationsvereinbarung");
  EXPECT_EQ((*of_a)[1].organisation_a_name, "kargah");
  EXPECT_TRUE((*of_a)[1].tie.directed);
  auto of_b = db_->read_value([&](UnitOfWork& uow) { return uow.ties().of_organisation(region_a_, b); });
  ASSERT_TRUE(of_b.ok());
  EXPECT_EQ(of_b->size(), 1U);
  auto in_b = db_->read_value([&](UnitOfWork& uow) { return uow.ties().list(region_b_); });
  ASSERT_TRUE(in_b.ok());
  EXPECT_TRUE(in_b->empty());
  t1.id = id1;
  t1.intensity = 1;
  auto updated = db_->write_value([&](UnitOfWork& uow) { return uow.ties().update(region_a_, t1); });
  ASSERT_TRUE(updated.ok() && *updated);
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.ties().find(region_a_, id1); });
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->intensity, 1);
  // The schema refuses a tie of an organisation with itself.
  Tie self;
  self.organisation_a_id = a;
  self.organisation_b_id = a;
  auto refused = db_->write_value([&](UnitOfWork& uow) { return uow.ties().create(region_a_, self); });
  EXPECT_FALSE(refused.ok());
}

TEST_P(RegisterStorage, TransfersInAndOutOfANetwork) {
  const Id breakfast_circle = add_network(region_a_, "Ausbilder-Frühstück");
  const Id integration = add_network(region_a_, "Arbeitsmarktintegration");
  Transfer in;
  in.date = "2025-03-12";
  in.topic = "Sprachförderung im Betrieb";
  in.from.network_id = breakfast_circle;
  in.to.network_id = integration;
  in.result = "Arbeitsgruppe gegründet";
  Transfer out;
  out.date = "2025-04-01";
  out.topic = "Praktikumsplätze";
  out.from.network_id = integration;
  out.to.event = "Elternabend BBS";
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto r1 = uow.transfers().create(region_a_, in, 1);
    auto r2 = uow.transfers().create(region_a_, out, 2);
    if (!r1) return r1.error();
    if (!r2) return r2.error();
    return success();
  });
  auto flows = db_->read_value([&](UnitOfWork& uow) { return uow.transfers().of_network(region_a_, integration); });
  ASSERT_TRUE(flows.ok()) << flows.error().message;
  ASSERT_EQ(flows->incoming.size(), 1U);
  ASSERT_EQ(flows->outgoing.size(), 1U);
  EXPECT_EQ(flows->incoming[0].from_network_name, "Ausbilder-Frühstück");
  EXPECT_EQ(flows->incoming[0].transfer.result, "Arbeitsgruppe gegründet");
  EXPECT_EQ(flows->outgoing[0].transfer.to.event, "Elternabend BBS");
  EXPECT_FALSE(flows->outgoing[0].transfer.to.network_id.has_value());
  EXPECT_EQ(flows->outgoing[0].to_network_name, "");
  auto page = db_->read_value([&](UnitOfWork& uow) { return uow.transfers().list(region_a_, 1, 0); });
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 2);
  ASSERT_EQ(page->items.size(), 1U);
  EXPECT_EQ(page->items[0].transfer.topic, "Praktikumsplätze");  // newest first
  auto deps = db_->read_value([&](UnitOfWork& uow) { return uow.networks().dependants(region_a_, integration); });
  ASSERT_TRUE(deps.ok());
  EXPECT_EQ(deps->transfers, 2);
  auto none_in_b = db_->read_value([&](UnitOfWork& uow) { return uow.transfers().list(region_b_, 10, 0); });
  ASSERT_TRUE(none_in_b.ok());
  EXPECT_EQ(none_in_b->total, 0);
}

TEST_P(RegisterStorage, DeletingANetworkRemovesItsMunicipalityRows) {
  Network n;
  n.name = "Lokal";
  n.municipality_ids = {hannover_, garbsen_};
  auto id = db_->write_value([&](UnitOfWork& uow) { return uow.networks().create(region_a_, n, 1); });
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.networks().remove(region_a_, *id); });
  ASSERT_TRUE(removed.ok()) << removed.error().message;
  EXPECT_TRUE(*removed);
}

TEST_P(RegisterStorage, NetworkListGivesEachNetworkItsOwnMunicipalities) {
  auto create = [&](const std::string& name, std::vector<Id> municipalities) {
    Network n;
    n.name = name;
    n.focus = NetworkFocus::local;
    n.municipality_ids = std::move(municipalities);
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.networks().create(region_a_, n, 9); });
    EXPECT_TRUE(id.ok()) << id.error().message;
  };
  create("A Hannover", {hannover_});
  create("B ganze Region", {});
  create("C Garbsen und Hannover", {garbsen_, hannover_});
  auto page = db_->read_value([&](UnitOfWork& uow) { return uow.networks().list(region_a_, {}); });
  ASSERT_TRUE(page.ok()) << page.error().message;
  ASSERT_EQ(page->items.size(), 3U);
  std::map<std::string, std::vector<Id>> by_name;
  for (const auto& n : page->items) by_name[n.name] = n.municipality_ids;
  std::vector<Id> both{garbsen_, hannover_};
  std::sort(both.begin(), both.end());
  EXPECT_EQ(by_name["A Hannover"], std::vector<Id>{hannover_});
  EXPECT_TRUE(by_name["B ganze Region"].empty());
  EXPECT_EQ(by_name["C Garbsen und Hannover"], both);
}

}  // namespace
}  // namespace bb::storage_tests
