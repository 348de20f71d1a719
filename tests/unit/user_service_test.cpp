#include "services/user_service.hpp"
#include "sqlite_fixture.hpp"

using namespace bb;

class UserServiceTest : public SqliteFixture {
 protected:
  services::CreateUserInput valid(const std::string& email, const std::string& role = "staff") {
    return {region_a_, email, "Some One", role, "de", "a long enough password"};
  }
};

TEST_F(UserServiceTest, InvalidInputNamesEveryBadFieldAndWritesNothing) {
  services::UserService users(*db_);
  auto r = users.create(services::Actor::cli(), {region_a_, "not-an-email", " ", "wizard", "fr", "short"}, 1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_input);
  for (const char* field : {"email", "display_name", "role", "language", "password"})
    EXPECT_TRUE(r.error().fields.contains(field)) << field;
  auto listed = db_->read_value([&](storage::UnitOfWork& uow) { return uow.users().list_all(); });
  EXPECT_TRUE(listed->empty());
}

TEST_F(UserServiceTest, DuplicateEmailIsAConflictOnTheEmailField) {
  services::UserService users(*db_);
  ASSERT_TRUE(users.create(services::Actor::cli(), valid("a@example.org"), 1).ok());
  auto again = users.create(services::Actor::cli(), valid(" A@Example.org "), 2);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  EXPECT_EQ(again.error().fields.at("email"), "validation.email_taken");
}

TEST_F(UserServiceTest, NationalRoleRequiresNoRegionAndRegionalRolesRequireOne) {
  services::UserService users(*db_);
  auto national_in_region = users.create(services::Actor::cli(), valid("n@example.org", "national"), 1);
  ASSERT_FALSE(national_in_region.ok());
  EXPECT_EQ(national_in_region.error().fields.at("role"), "validation.role_region");
  auto national = users.create(services::Actor::cli(), {std::nullopt, "n@example.org", "N", "national", "de", "a long enough password"}, 1);
  EXPECT_TRUE(national.ok());
}

TEST_F(UserServiceTest, UpdatingAUserOfAnotherRegionIsNotFound) {
  services::UserService users(*db_);
  auto in_b = users.create(services::Actor::cli(), {region_b_, "b@example.org", "B", "staff", "de", "a long enough password"}, 1);
  ASSERT_TRUE(in_b.ok());
  auto r = users.update(services::Actor{std::nullopt, region_a_, "t"}, region_a_, *in_b, {"X", "admin", true}, 2);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::not_found);
  auto unchanged = db_->read_value([&](storage::UnitOfWork& uow) { return uow.users().find(*in_b); });
  EXPECT_EQ((*unchanged)->display_name, "B");
}

TEST_F(UserServiceTest, AdminCannotDemoteOrDeactivateThemself) {
  services::UserService users(*db_);
  auto admin = users.create(services::Actor::cli(), valid("admin@example.org", "admin"), 1);
  ASSERT_TRUE(admin.ok());
  services::Actor self{*admin, region_a_, "t"};
  auto demote = users.update(self, region_a_, *admin, {"Admin", "staff", true}, 2);
  ASSERT_FALSE(demote.ok());
  EXPECT_EQ(demote.error().code, ErrorCode::conflict);
  EXPECT_TRUE(users.update(self, region_a_, *admin, {"Renamed Admin", "admin", true}, 3).ok());
}

TEST_F(UserServiceTest, EveryWriteLeavesAnAuditEntryWithFieldsBeforeAndAfter) {
  services::UserService users(*db_);
  auto id = users.create(services::Actor{std::nullopt, region_a_, "req-1"}, valid("c@example.org"), 10);
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(users.update(services::Actor{std::nullopt, region_a_, "req-2"}, region_a_, *id, {"Renamed", "partner", true}, 20).ok());
  auto history = db_->read_value(
      [&](storage::UnitOfWork& uow) { return uow.audit().list_for_object(region_a_, "user", std::to_string(*id)); });
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2U);
  const auto& update = history->front();
  EXPECT_EQ(update.action, "update");
  EXPECT_EQ(update.request_id, "req-2");
  EXPECT_NE(update.before_json.find("\"role\":\"staff\""), std::string::npos) << update.before_json;
  EXPECT_NE(update.after_json.find("\"role\":\"partner\""), std::string::npos) << update.after_json;
  EXPECT_EQ(update.after_json.find("password"), std::string::npos) << "never the hash";
  EXPECT_EQ(history->back().action, "create");
}

TEST_F(UserServiceTest, ChangingOwnPasswordChecksTheCurrentOneAndTheRepeat) {
  services::UserService users(*db_);
  auto id = users.create(services::Actor::cli(), valid("d@example.org"), 1);
  ASSERT_TRUE(id.ok());
  auth::Principal who;
  who.user = **db_->read_value([&](storage::UnitOfWork& uow) { return uow.users().find(*id); });
  auto wrong = users.change_own_password(who, "not the password", "new long password", "new long password", "r", 2);
  ASSERT_FALSE(wrong.ok());
  EXPECT_TRUE(wrong.error().fields.contains("current_password"));
  auto mismatch = users.change_own_password(who, "a long enough password", "new long password", "new long passwort", "r", 2);
  ASSERT_FALSE(mismatch.ok());
  EXPECT_TRUE(mismatch.error().fields.contains("new_password_repeat"));
  EXPECT_TRUE(users.change_own_password(who, "a long enough password", "new long password", "new long password", "r", 3).ok());
}
