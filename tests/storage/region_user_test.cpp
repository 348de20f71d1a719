// Regions, municipalities and users on both backends.
#include <algorithm>
#include <map>

#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

using bb::domain::Role;
using bb::domain::UiLanguage;

class Regions : public StorageTest {};
BB_ON_BOTH_BACKENDS(Regions);

TEST_P(Regions, CreateThenFindReturnsEveryField) {
  auto id = db_->write_value(
      [](UnitOfWork& uow) { return uow.regions().create("region-hannover", "Region Hannover", 1700000000); });
  ASSERT_TRUE(id.ok()) << id.error().message;
  EXPECT_GT(*id, 0);
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.regions().find(*id); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, *id);
  EXPECT_EQ((*found)->slug, "region-hannover");
  EXPECT_EQ((*found)->name, "Region Hannover");
  EXPECT_EQ((*found)->created_at, 1700000000);
}

TEST_P(Regions, IdsAreDistinctPerRegion) {
  const Id a = make_region("a");
  const Id b = make_region("b");
  EXPECT_GT(a, 0);
  EXPECT_GT(b, 0);
  EXPECT_NE(a, b);
}

TEST_P(Regions, FindOfAnUnknownIdReturnsNothing) {
  const Id a = make_region("a");
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.regions().find(a + 1000); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  EXPECT_FALSE(found->has_value());
}

TEST_P(Regions, FindBySlugReturnsThatRegionOnly) {
  make_region("region-a", "Region A");
  const Id b = make_region("region-b", "Region B");
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.regions().find_by_slug("region-b"); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, b);
  EXPECT_EQ((*found)->name, "Region B");
  auto missing = db_->read_value([](UnitOfWork& uow) { return uow.regions().find_by_slug("region-c"); });
  ASSERT_TRUE(missing.ok()) << missing.error().message;
  EXPECT_FALSE(missing->has_value());
}

TEST_P(Regions, ListIsSortedByName) {
  make_region("z", "Zeven");
  make_region("a", "Aurich");
  make_region("m", "Melle");
  auto all = db_->read_value([](UnitOfWork& uow) { return uow.regions().list(); });
  ASSERT_TRUE(all.ok()) << all.error().message;
  ASSERT_EQ(all->size(), 3U);
  EXPECT_EQ((*all)[0].name, "Aurich");
  EXPECT_EQ((*all)[1].name, "Melle");
  EXPECT_EQ((*all)[2].name, "Zeven");
  EXPECT_EQ((*all)[2].slug, "z");
}

TEST_P(Regions, DuplicateSlugIsAConflictAndKeepsTheFirstRegion) {
  const Id first = make_region("region-a", "Erste");
  auto second = db_->write_value([](UnitOfWork& uow) { return uow.regions().create("region-a", "Zweite", 1); });
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::conflict) << second.error().message;
  auto all = db_->read_value([](UnitOfWork& uow) { return uow.regions().list(); });
  ASSERT_TRUE(all.ok()) << all.error().message;
  ASSERT_EQ(all->size(), 1U);
  EXPECT_EQ((*all)[0].id, first);
  EXPECT_EQ((*all)[0].name, "Erste");
}

TEST_P(Regions, MunicipalitiesBelongToTheirRegionSortedByName) {
  const Id a = make_region("a");
  const Id b = make_region("b");
  Id wunstorf = 0;
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto w = uow.regions().add_municipality(a, "Wunstorf");
    if (!w) return w.error();
    wunstorf = *w;
    if (auto r = uow.regions().add_municipality(a, "Barsinghausen"); !r) return r.error();
    if (auto r = uow.regions().add_municipality(b, "Celle"); !r) return r.error();
    return success();
  });
  auto of_a = db_->read_value([&](UnitOfWork& uow) { return uow.regions().municipalities(a); });
  ASSERT_TRUE(of_a.ok()) << of_a.error().message;
  ASSERT_EQ(of_a->size(), 2U);
  EXPECT_EQ((*of_a)[0].name, "Barsinghausen");
  EXPECT_EQ((*of_a)[1].name, "Wunstorf");
  EXPECT_EQ((*of_a)[1].id, wunstorf);
  EXPECT_EQ((*of_a)[0].region_id, a);
  EXPECT_EQ((*of_a)[1].region_id, a);
  auto of_b = db_->read_value([&](UnitOfWork& uow) { return uow.regions().municipalities(b); });
  ASSERT_TRUE(of_b.ok()) << of_b.error().message;
  ASSERT_EQ(of_b->size(), 1U);
  EXPECT_EQ((*of_b)[0].name, "Celle");
  EXPECT_EQ((*of_b)[0].region_id, b);
}

TEST_P(Regions, CountMunicipalitiesCountsThatRegionOnly) {
  const Id a = make_region("a");
  const Id b = make_region("b");
  const Id empty = make_region("c");
  must_write([&](UnitOfWork& uow) -> Result<void> {
    for (const char* name : {"Wunstorf", "Barsinghausen", "Neustadt"})
      if (auto r = uow.regions().add_municipality(a, name); !r) return r.error();
    if (auto r = uow.regions().add_municipality(b, "Celle"); !r) return r.error();
    return success();
  });
  const auto count = [&](Id region) {
    auto n = db_->read_value([&](UnitOfWork& uow) { return uow.regions().count_municipalities(region); });
    EXPECT_TRUE(n.ok()) << n.error().message;
    return n.ok() ? *n : -1;
  };
  EXPECT_EQ(count(a), 3);
  EXPECT_EQ(count(b), 1);
  EXPECT_EQ(count(empty), 0);
  EXPECT_EQ(count(a), 3);  // again, on the connection's prepared statement
}

TEST_P(Regions, MunicipalityNameIsUniqueWithinARegionOnly) {
  const Id a = make_region("a");
  const Id b = make_region("b");
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto r = uow.regions().add_municipality(a, "Neustadt");
    if (!r) return r.error();
    return success();
  });
  auto again = db_->write_value([&](UnitOfWork& uow) { return uow.regions().add_municipality(a, "Neustadt"); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict) << again.error().message;
  auto elsewhere = db_->write_value([&](UnitOfWork& uow) { return uow.regions().add_municipality(b, "Neustadt"); });
  EXPECT_TRUE(elsewhere.ok()) << elsewhere.error().message;
}

class Users : public StorageTest {};
BB_ON_BOTH_BACKENDS(Users);

TEST_P(Users, CreateThenFindReturnsEveryField) {
  const Id region = make_region("a");
  bb::domain::NewUser input{region,           "anna@example.org", "Anna Beispiel",
                            Role::counsellor, UiLanguage::en,     "argon-hash"};
  auto id = db_->write_value([&](UnitOfWork& uow) { return uow.users().create(input, 1700000123); });
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.users().find(*id); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  const auto& u = **found;
  EXPECT_EQ(u.id, *id);
  EXPECT_EQ(u.region_id, std::optional<Id>(region));
  EXPECT_EQ(u.email, "anna@example.org");
  EXPECT_EQ(u.display_name, "Anna Beispiel");
  EXPECT_EQ(u.role, Role::counsellor);
  EXPECT_EQ(u.language, UiLanguage::en);
  EXPECT_TRUE(u.active);
  EXPECT_EQ(u.created_at, 1700000123);
}

TEST_P(Users, NationalUserHasNoRegion) {
  const Id id = make_user(std::nullopt, "bund@example.org", "Bund", Role::national);
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.users().find(id); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_FALSE((*found)->region_id.has_value());
  EXPECT_EQ((*found)->role, Role::national);
}

TEST_P(Users, FindOfAnUnknownIdReturnsNothing) {
  const Id a = make_user(make_region("a"), "a@example.org");
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.users().find(a + 1000); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  EXPECT_FALSE(found->has_value());
}

TEST_P(Users, DuplicateEmailIsAConflictOnFieldEmail) {
  const Id a = make_region("a");
  const Id b = make_region("b");
  make_user(a, "same@example.org", "Erste");
  bb::domain::NewUser again{b, "same@example.org", "Zweite", Role::staff, UiLanguage::de, "h"};
  auto id = db_->write_value([&](UnitOfWork& uow) { return uow.users().create(again, 1); });
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().code, ErrorCode::conflict);
  ASSERT_EQ(id.error().fields.count("email"), 1U) << id.error().message;
  EXPECT_EQ(id.error().fields.at("email"), "validation.email_taken");
  auto in_b = db_->read_value([&](UnitOfWork& uow) { return uow.users().list_in_region(b); });
  ASSERT_TRUE(in_b.ok()) << in_b.error().message;
  EXPECT_TRUE(in_b->empty());
}

TEST_P(Users, FindInRegionNeverReturnsAnotherRegionsUser) {
  const Id a = make_region("a");
  const Id b = make_region("b");
  const Id in_a = make_user(a, "a@example.org");
  const Id in_b = make_user(b, "b@example.org");
  auto own = db_->read_value([&](UnitOfWork& uow) { return uow.users().find_in_region(a, in_a); });
  ASSERT_TRUE(own.ok()) << own.error().message;
  ASSERT_TRUE(own->has_value());
  EXPECT_EQ((*own)->email, "a@example.org");
  auto foreign = db_->read_value([&](UnitOfWork& uow) { return uow.users().find_in_region(a, in_b); });
  ASSERT_TRUE(foreign.ok()) << foreign.error().message;
  EXPECT_FALSE(foreign->has_value());
  const Id national = make_user(std::nullopt, "bund@example.org", "Bund", Role::national);
  auto regionless = db_->read_value([&](UnitOfWork& uow) { return uow.users().find_in_region(a, national); });
  ASSERT_TRUE(regionless.ok()) << regionless.error().message;
  EXPECT_FALSE(regionless->has_value());
}

TEST_P(Users, ListInRegionReturnsOnlyThatRegionSortedByName) {
  const Id a = make_region("a");
  const Id b = make_region("b");
  make_user(a, "z@example.org", "Zora");
  make_user(b, "x@example.org", "Xaver");
  make_user(a, "b@example.org", "Berta");
  make_user(std::nullopt, "n@example.org", "Nora", Role::national);
  auto in_a = db_->read_value([&](UnitOfWork& uow) { return uow.users().list_in_region(a); });
  ASSERT_TRUE(in_a.ok()) << in_a.error().message;
  ASSERT_EQ(in_a->size(), 2U);
  EXPECT_EQ((*in_a)[0].display_name, "Berta");
  EXPECT_EQ((*in_a)[1].display_name, "Zora");
  for (const auto& u : *in_a) EXPECT_EQ(u.region_id, std::optional<Id>(a));
  auto in_b = db_->read_value([&](UnitOfWork& uow) { return uow.users().list_in_region(b); });
  ASSERT_TRUE(in_b.ok()) << in_b.error().message;
  ASSERT_EQ(in_b->size(), 1U);
  EXPECT_EQ((*in_b)[0].email, "x@example.org");
}

TEST_P(Users, ListAllIncludesEveryRegionAndNationalUsers) {
  make_user(make_region("a"), "a@example.org");
  make_user(make_region("b"), "b@example.org");
  make_user(std::nullopt, "n@example.org", "Nora", Role::national);
  auto all = db_->read_value([](UnitOfWork& uow) { return uow.users().list_all(); });
  ASSERT_TRUE(all.ok()) << all.error().message;
  ASSERT_EQ(all->size(), 3U);
  std::vector<std::string> emails;
  for (const auto& u : *all) emails.push_back(u.email);
  std::sort(emails.begin(), emails.end());
  EXPECT_EQ(emails, (std::vector<std::string>{"a@example.org", "b@example.org", "n@example.org"}));
}

TEST_P(Users, CountActiveByRoleCountsActiveUsersOfThatRegionOnly) {
  const Id a = make_region("a");
  const Id b = make_region("b");
  const Id empty = make_region("c");
  make_user(a, "admin@a.example", "Admin", Role::admin);
  make_user(a, "staff1@a.example", "Staff 1", Role::staff);
  make_user(a, "staff2@a.example", "Staff 2", Role::staff);
  const Id gone = make_user(a, "gone@a.example", "Gone", Role::counsellor);
  make_user(b, "partner@b.example", "Partner", Role::partner);
  make_user(std::nullopt, "national@example.org", "National", Role::national);
  must_write([&](UnitOfWork& uow) { return uow.users().update(gone, {"Gone", Role::counsellor, false}); });
  const auto counts = [&](Id region) {
    auto n = db_->read_value([&](UnitOfWork& uow) { return uow.users().count_active_by_role(region); });
    EXPECT_TRUE(n.ok()) << n.error().message;
    return n.ok() ? *n : std::map<Role, std::int64_t>{};
  };
  const std::map<Role, std::int64_t> of_a{{Role::admin, 1}, {Role::staff, 2}};
  EXPECT_EQ(counts(a), of_a);
  const std::map<Role, std::int64_t> of_b{{Role::partner, 1}};
  EXPECT_EQ(counts(b), of_b);
  EXPECT_TRUE(counts(empty).empty());
  EXPECT_EQ(counts(a), of_a);  // again, on the connection's prepared statement
}

TEST_P(Users, UpdateChangesNameRoleAndActiveOnlyOfThatUser) {
  const Id a = make_region("a");
  const Id id = make_user(a, "a@example.org", "Alt", Role::staff);
  const Id other = make_user(a, "o@example.org", "Andere", Role::staff);
  must_write([&](UnitOfWork& uow) { return uow.users().update(id, {"Neu", Role::admin, false}); });
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.users().find(id); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->display_name, "Neu");
  EXPECT_EQ((*found)->role, Role::admin);
  EXPECT_FALSE((*found)->active);
  EXPECT_EQ((*found)->email, "a@example.org");
  auto untouched = db_->read_value([&](UnitOfWork& uow) { return uow.users().find(other); });
  ASSERT_TRUE(untouched.ok()) << untouched.error().message;
  ASSERT_TRUE(untouched->has_value());
  EXPECT_EQ((*untouched)->display_name, "Andere");
  EXPECT_TRUE((*untouched)->active);
  // Reactivating works too: active is a 0/1 column on both backends.
  must_write([&](UnitOfWork& uow) { return uow.users().update(id, {"Neu", Role::admin, true}); });
  auto again = db_->read_value([&](UnitOfWork& uow) { return uow.users().find(id); });
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_TRUE((*again)->active);
}

TEST_P(Users, SetPasswordHashReplacesTheStoredHash) {
  const Id id = make_user(make_region("a"), "a@example.org");
  auto before = db_->read_value([&](UnitOfWork& uow) { return uow.users().password_hash(id); });
  ASSERT_TRUE(before.ok()) << before.error().message;
  EXPECT_EQ(*before, std::optional<std::string>("hash-of-a@example.org"));
  must_write([&](UnitOfWork& uow) { return uow.users().set_password_hash(id, "new-hash", 3000); });
  auto after = db_->read_value([&](UnitOfWork& uow) { return uow.users().password_hash(id); });
  ASSERT_TRUE(after.ok()) << after.error().message;
  EXPECT_EQ(*after, std::optional<std::string>("new-hash"));
  auto by_email = db_->read_value([](UnitOfWork& uow) { return uow.users().find_by_email("a@example.org"); });
  ASSERT_TRUE(by_email.ok()) << by_email.error().message;
  ASSERT_TRUE(by_email->has_value());
  EXPECT_EQ((*by_email)->password_hash, "new-hash");
}

TEST_P(Users, PasswordHashOfAnUnknownUserIsNothing) {
  const Id id = make_user(make_region("a"), "a@example.org");
  auto hash = db_->read_value([&](UnitOfWork& uow) { return uow.users().password_hash(id + 1000); });
  ASSERT_TRUE(hash.ok()) << hash.error().message;
  EXPECT_FALSE(hash->has_value());
}

TEST_P(Users, SetLanguageIsStored) {
  const Id id = make_user(make_region("a"), "a@example.org");
  must_write([&](UnitOfWork& uow) { return uow.users().set_language(id, UiLanguage::en); });
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.users().find(id); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  EXPECT_EQ((*found)->language, UiLanguage::en);
  must_write([&](UnitOfWork& uow) { return uow.users().set_language(id, UiLanguage::de); });
  auto back = db_->read_value([&](UnitOfWork& uow) { return uow.users().find(id); });
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ((*back)->language, UiLanguage::de);
}

TEST_P(Users, FindByEmailReturnsTheUserWithItsHash) {
  const Id a = make_region("a");
  const Id id = make_user(a, "finde@example.org", "Finde Mich", Role::partner);
  make_user(a, "andere@example.org");
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.users().find_by_email("finde@example.org"); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->user.id, id);
  EXPECT_EQ((*found)->user.display_name, "Finde Mich");
  EXPECT_EQ((*found)->user.role, Role::partner);
  EXPECT_EQ((*found)->user.region_id, std::optional<Id>(a));
  EXPECT_EQ((*found)->password_hash, "hash-of-finde@example.org");
  auto missing = db_->read_value([](UnitOfWork& uow) { return uow.users().find_by_email("nobody@example.org"); });
  ASSERT_TRUE(missing.ok()) << missing.error().message;
  EXPECT_FALSE(missing->has_value());
}

TEST_P(Users, TextRoundTripsUnicodeAndQuotesUnchanged) {
  const Id a = make_region("a");
  const Id id = make_user(a, "o'neil@example.org", "Jürgen \"Jo\" Weiß – 日本", Role::staff);
  auto found = db_->read_value([&](UnitOfWork& uow) { return uow.users().find(id); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  EXPECT_EQ((*found)->display_name, "Jürgen \"Jo\" Weiß – 日本");
  EXPECT_EQ((*found)->email, "o'neil@example.org");
}

}  // namespace
}  // namespace bb::storage_tests
