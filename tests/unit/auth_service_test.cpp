#include "auth/auth_service.hpp"
#include "services/user_service.hpp"
#include "sqlite_fixture.hpp"

using namespace bb;

class AuthServiceTest : public SqliteFixture {
 protected:
  void SetUp() override {
    SqliteFixture::SetUp();
    services::UserService users(*db_);
    auto id = users.create(services::Actor::cli(),
                           {region_a_, "Anna@Example.org", "Anna", "staff", "de", "correct horse battery"}, 1000);
    ASSERT_TRUE(id.ok()) << id.error().message;
    user_id_ = *id;
  }
  auth::AuthPolicy policy_;
  domain::Id user_id_ = 0;
};

TEST_F(AuthServiceTest, LoginWithRightPasswordCreatesASessionThatAuthenticates) {
  auth::AuthService auth(*db_, policy_);
  auto login = auth.login("anna@example.org", "correct horse battery", "10.0.0.1", 2000, "req");
  ASSERT_TRUE(login.ok()) << login.error().message;
  EXPECT_EQ(login->user.id, user_id_);
  auto principal = auth.authenticate_session(login->session_token, 2010);
  ASSERT_TRUE(principal.ok());
  ASSERT_TRUE(principal->has_value());
  EXPECT_EQ((*principal)->user.email, "anna@example.org");
  EXPECT_NE((*principal)->credential_hash, login->session_token) << "only the hash is kept";
}

TEST_F(AuthServiceTest, WrongPasswordAndUnknownAccountGiveTheSameError) {
  auth::AuthService auth(*db_, policy_);
  auto wrong = auth.login("anna@example.org", "wrong password!!", "10.0.0.1", 2000, "req");
  auto unknown = auth.login("nobody@example.org", "correct horse battery", "10.0.0.1", 2000, "req");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(wrong.error().code, unknown.error().code);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(AuthServiceTest, AccountIsThrottledAfterFiveFailuresEvenWithTheRightPassword) {
  auth::AuthService auth(*db_, policy_);
  for (int i = 0; i < 5; ++i) EXPECT_FALSE(auth.login("anna@example.org", "wrong password!!", "10.0.0.1", 2000 + i, "r").ok());
  auto blocked = auth.login("anna@example.org", "correct horse battery", "10.0.0.2", 2010, "r");
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::too_many_requests);
  // After the lock expires the right password works again.
  EXPECT_TRUE(auth.login("anna@example.org", "correct horse battery", "10.0.0.2", 2010 + policy_.lock_seconds, "r").ok());
}

TEST_F(AuthServiceTest, AddressIsThrottledAcrossAccounts) {
  auth::AuthService auth(*db_, policy_);
  for (int i = 0; i < policy_.address_max_failures; ++i)
    (void)auth.login("user" + std::to_string(i) + "@example.org", "whatever password", "10.9.9.9", 3000, "r");
  auto blocked = auth.login("anna@example.org", "correct horse battery", "10.9.9.9", 3001, "r");
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::too_many_requests);
}

TEST_F(AuthServiceTest, SessionExpiresWhenIdleAndAtTheAbsoluteLimit) {
  auth::AuthService auth(*db_, policy_);
  auto login = auth.login("anna@example.org", "correct horse battery", "10.0.0.1", 10000, "r");
  ASSERT_TRUE(login.ok());
  EXPECT_FALSE(auth.authenticate_session(login->session_token, 10000 + policy_.session_idle_seconds)->has_value());

  auto second = auth.login("anna@example.org", "correct horse battery", "10.0.0.1", 20000, "r");
  ASSERT_TRUE(second.ok());
  // Keep it busy so it never idles out; it still ends at the absolute limit.
  std::int64_t t = 20000;
  for (; t < 20000 + policy_.session_absolute_seconds; t += policy_.session_idle_seconds / 2)
    ASSERT_TRUE(auth.authenticate_session(second->session_token, t)->has_value()) << t;
  EXPECT_FALSE(auth.authenticate_session(second->session_token, 20000 + policy_.session_absolute_seconds)->has_value());
}

TEST_F(AuthServiceTest, LogoutEndsTheSession) {
  auth::AuthService auth(*db_, policy_);
  auto login = auth.login("anna@example.org", "correct horse battery", "10.0.0.1", 2000, "r");
  ASSERT_TRUE(login.ok());
  ASSERT_TRUE(auth.logout(login->session_token).ok());
  EXPECT_FALSE(auth.authenticate_session(login->session_token, 2001)->has_value());
}

TEST_F(AuthServiceTest, DeactivatedUserCannotLogInAndLosesSessions) {
  auth::AuthService auth(*db_, policy_);
  auto login = auth.login("anna@example.org", "correct horse battery", "10.0.0.1", 2000, "r");
  ASSERT_TRUE(login.ok());
  services::UserService users(*db_);
  ASSERT_TRUE(users.update(services::Actor::cli(), region_a_, user_id_, {"Anna", "staff", false}, 2001).ok());
  EXPECT_FALSE(auth.authenticate_session(login->session_token, 2002)->has_value());
  EXPECT_FALSE(auth.login("anna@example.org", "correct horse battery", "10.0.0.1", 2003, "r").ok());
}

TEST_F(AuthServiceTest, BearerTokenAuthenticatesUntilRevoked) {
  auth::AuthService auth(*db_, policy_);
  services::UserService users(*db_);
  auto token = users.create_token(services::Actor::cli(), user_id_, "Skript", 2000);
  ASSERT_TRUE(token.ok());
  EXPECT_TRUE(token->token.starts_with("bbt_"));
  auto principal = auth.authenticate_bearer(token->token, 2001);
  ASSERT_TRUE(principal.ok() && principal->has_value());
  EXPECT_EQ((*principal)->via, auth::CredentialKind::api_token);
  ASSERT_TRUE(users.revoke_token(services::Actor::cli(), user_id_, token->id, 2002).ok());
  EXPECT_FALSE(auth.authenticate_bearer(token->token, 2003)->has_value());
}

TEST_F(AuthServiceTest, GarbageCredentialsAreRejectedQuietly) {
  auth::AuthService auth(*db_, policy_);
  EXPECT_FALSE(auth.authenticate_session("", 1)->has_value());
  EXPECT_FALSE(auth.authenticate_session(std::string(5000, 'x'), 1)->has_value());
  EXPECT_FALSE(auth.authenticate_bearer("bbt_nonsense", 1)->has_value());
}
