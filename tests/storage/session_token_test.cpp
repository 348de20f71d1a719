// Sessions and API tokens on both backends: the lookups every authenticated request makes.
#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

using bb::domain::Role;
using bb::domain::Session;

class Sessions : public StorageTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(StorageTest::SetUp());
    region_ = make_region("a");
    alice_ = make_user(region_, "alice@example.org", "Alice");
    bob_ = make_user(region_, "bob@example.org", "Bob");
  }
  void add(const std::string& hash, Id user, std::int64_t created, std::int64_t seen, std::int64_t expires) {
    must_write([&](UnitOfWork& uow) { return uow.sessions().create(Session{hash, user, created, seen, expires}); });
  }
  bool exists(const std::string& hash) {
    auto found = db_->read_value([&](UnitOfWork& uow) { return uow.sessions().find_with_user(hash); });
    EXPECT_TRUE(found.ok()) << found.error().message;
    return found.ok() && found->has_value();
  }
  Id region_ = 0;
  Id alice_ = 0;
  Id bob_ = 0;
};
BB_ON_BOTH_BACKENDS(Sessions);

TEST_P(Sessions, CreateThenFindWithUserReturnsSessionAndUser) {
  add("hash-1", alice_, 100, 110, 5000000000);  // expiry beyond 2^32: must survive as a 64-bit value
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.sessions().find_with_user("hash-1"); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  const auto& s = (*found)->session;
  EXPECT_EQ(s.token_hash, "hash-1");
  EXPECT_EQ(s.user_id, alice_);
  EXPECT_EQ(s.created_at, 100);
  EXPECT_EQ(s.last_seen_at, 110);
  EXPECT_EQ(s.expires_at, 5000000000);
  const auto& u = (*found)->user;
  EXPECT_EQ(u.id, alice_);
  EXPECT_EQ(u.email, "alice@example.org");
  EXPECT_EQ(u.display_name, "Alice");
  EXPECT_EQ(u.region_id, std::optional<Id>(region_));
  EXPECT_TRUE(u.active);
}

TEST_P(Sessions, UnknownHashIsNotFound) {
  add("hash-1", alice_, 100, 100, 200);
  EXPECT_FALSE(exists("hash-2"));
}

TEST_P(Sessions, SessionOfAnInactiveUserIsNotFound) {
  add("hash-1", alice_, 100, 100, 200);
  ASSERT_TRUE(exists("hash-1"));
  must_write([&](UnitOfWork& uow) { return uow.users().update(alice_, {"Alice", Role::staff, false}); });
  EXPECT_FALSE(exists("hash-1"));
}

TEST_P(Sessions, TouchMovesLastSeenOfThatSessionOnly) {
  add("hash-1", alice_, 100, 100, 9000);
  add("hash-2", alice_, 100, 100, 9000);
  must_write([](UnitOfWork& uow) { return uow.sessions().touch("hash-1", 777); });
  auto one = db_->read_value([](UnitOfWork& uow) { return uow.sessions().find_with_user("hash-1"); });
  auto two = db_->read_value([](UnitOfWork& uow) { return uow.sessions().find_with_user("hash-2"); });
  ASSERT_TRUE(one.ok() && one->has_value());
  ASSERT_TRUE(two.ok() && two->has_value());
  EXPECT_EQ((*one)->session.last_seen_at, 777);
  EXPECT_EQ((*one)->session.created_at, 100);
  EXPECT_EQ((*two)->session.last_seen_at, 100);
}

TEST_P(Sessions, RemoveDeletesOnlyThatSession) {
  add("hash-1", alice_, 100, 100, 9000);
  add("hash-2", alice_, 100, 100, 9000);
  must_write([](UnitOfWork& uow) { return uow.sessions().remove("hash-1"); });
  EXPECT_FALSE(exists("hash-1"));
  EXPECT_TRUE(exists("hash-2"));
}

TEST_P(Sessions, RemoveForUserKeepsTheExceptedSessionAndOtherUsers) {
  add("alice-1", alice_, 100, 100, 9000);
  add("alice-2", alice_, 100, 100, 9000);
  add("alice-3", alice_, 100, 100, 9000);
  add("bob-1", bob_, 100, 100, 9000);
  must_write([&](UnitOfWork& uow) { return uow.sessions().remove_for_user(alice_, "alice-2"); });
  EXPECT_FALSE(exists("alice-1"));
  EXPECT_TRUE(exists("alice-2"));
  EXPECT_FALSE(exists("alice-3"));
  EXPECT_TRUE(exists("bob-1"));
}

TEST_P(Sessions, RemoveForUserWithoutExceptionRemovesAllOfThem) {
  add("alice-1", alice_, 100, 100, 9000);
  add("alice-2", alice_, 100, 100, 9000);
  add("bob-1", bob_, 100, 100, 9000);
  must_write([&](UnitOfWork& uow) { return uow.sessions().remove_for_user(alice_); });
  EXPECT_FALSE(exists("alice-1"));
  EXPECT_FALSE(exists("alice-2"));
  EXPECT_TRUE(exists("bob-1"));
}

TEST_P(Sessions, PurgeExpiredRemovesIdleAndExpiredSessionsOnly) {
  add("idle", alice_, 100, 149, 9000);       // last seen before the idle cutoff
  add("at-cutoff", alice_, 100, 150, 9000);  // last seen exactly at the cutoff: kept
  add("expired", bob_, 100, 300, 199);       // absolute expiry passed
  add("expires-now", bob_, 100, 300, 200);   // expiring exactly now: kept
  add("fresh", alice_, 100, 300, 9000);
  must_write([](UnitOfWork& uow) { return uow.sessions().purge_expired(150, 200); });
  EXPECT_FALSE(exists("idle"));
  EXPECT_TRUE(exists("at-cutoff"));
  EXPECT_FALSE(exists("expired"));
  EXPECT_TRUE(exists("expires-now"));
  EXPECT_TRUE(exists("fresh"));
}

TEST_P(Sessions, DuplicateTokenHashIsAConflict) {
  add("hash-1", alice_, 100, 100, 9000);
  auto again = db_->write([&](UnitOfWork& uow) { return uow.sessions().create(Session{"hash-1", bob_, 1, 1, 2}); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict) << again.error().message;
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.sessions().find_with_user("hash-1"); });
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->session.user_id, alice_);
}

// The region comes with the session (one statement instead of a second read per request).
TEST_P(Sessions, FindWithUserLoadsTheUsersRegion) {
  add("hash-1", alice_, 100, 100, 9000);
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.sessions().find_with_user("hash-1"); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  ASSERT_TRUE((*found)->region.has_value());
  EXPECT_EQ((*found)->region->id, region_);
  EXPECT_EQ((*found)->region->slug, "a");
  EXPECT_EQ((*found)->region->name, "Region");
  EXPECT_EQ((*found)->region->created_at, 1000);
}

TEST_P(Sessions, SessionOfANationalUserHasNoRegion) {
  const Id national = make_user(std::nullopt, "nat@example.org", "Nat", Role::national);
  add("hash-n", national, 100, 100, 9000);
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.sessions().find_with_user("hash-n"); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->user.id, national);
  EXPECT_FALSE((*found)->user.region_id.has_value());
  EXPECT_FALSE((*found)->region.has_value());
}

class ApiTokens : public StorageTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(StorageTest::SetUp());
    region_ = make_region("a");
    alice_ = make_user(region_, "alice@example.org", "Alice");
    bob_ = make_user(region_, "bob@example.org", "Bob");
  }
  Id add(Id user, const std::string& name, const std::string& hash, std::int64_t at) {
    auto id = db_->write_value(
        [&](UnitOfWork& uow) { return uow.api_tokens().create(user, name, hash.substr(0, 4), hash, at); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
  bool active(const std::string& hash) {
    auto found = db_->read_value([&](UnitOfWork& uow) { return uow.api_tokens().find_active(hash); });
    EXPECT_TRUE(found.ok()) << found.error().message;
    return found.ok() && found->has_value();
  }
  Id region_ = 0;
  Id alice_ = 0;
  Id bob_ = 0;
};
BB_ON_BOTH_BACKENDS(ApiTokens);

TEST_P(ApiTokens, CreateThenFindActiveReturnsTokenAndUser) {
  const Id id = add(alice_, "Export", "abcd-secret-hash", 4000000000);
  ASSERT_GT(id, 0);
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.api_tokens().find_active("abcd-secret-hash"); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  const auto& t = (*found)->token;
  EXPECT_EQ(t.id, id);
  EXPECT_EQ(t.user_id, alice_);
  EXPECT_EQ(t.name, "Export");
  EXPECT_EQ(t.prefix, "abcd");
  EXPECT_EQ(t.created_at, 4000000000);
  EXPECT_FALSE(t.last_used_at.has_value());
  EXPECT_FALSE(t.revoked_at.has_value());
  EXPECT_EQ((*found)->user.id, alice_);
  EXPECT_EQ((*found)->user.email, "alice@example.org");
}

TEST_P(ApiTokens, UnknownHashIsNotFound) {
  add(alice_, "Export", "hash-1", 10);
  EXPECT_FALSE(active("hash-2"));
}

TEST_P(ApiTokens, RevokedTokenIsNotFoundAndRecordsWhen) {
  const Id id = add(alice_, "Export", "hash-1", 10);
  auto revoked = db_->write_value([&](UnitOfWork& uow) { return uow.api_tokens().revoke(alice_, id, 55); });
  ASSERT_TRUE(revoked.ok()) << revoked.error().message;
  EXPECT_TRUE(*revoked);
  EXPECT_FALSE(active("hash-1"));
  auto listed = db_->read_value([&](UnitOfWork& uow) { return uow.api_tokens().list_for_user(alice_); });
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 1U);
  EXPECT_EQ((*listed)[0].revoked_at, std::optional<std::int64_t>(55));
  auto twice = db_->write_value([&](UnitOfWork& uow) { return uow.api_tokens().revoke(alice_, id, 66); });
  ASSERT_TRUE(twice.ok()) << twice.error().message;
  EXPECT_FALSE(*twice) << "an already revoked token is not revoked again";
}

TEST_P(ApiTokens, RevokingAnotherUsersTokenReturnsFalseAndKeepsItActive) {
  const Id bobs = add(bob_, "Bobs", "hash-bob", 10);
  auto revoked = db_->write_value([&](UnitOfWork& uow) { return uow.api_tokens().revoke(alice_, bobs, 55); });
  ASSERT_TRUE(revoked.ok()) << revoked.error().message;
  EXPECT_FALSE(*revoked);
  EXPECT_TRUE(active("hash-bob"));
}

TEST_P(ApiTokens, RevokingAnUnknownTokenReturnsFalse) {
  const Id id = add(alice_, "Export", "hash-1", 10);
  auto revoked = db_->write_value([&](UnitOfWork& uow) { return uow.api_tokens().revoke(alice_, id + 1000, 55); });
  ASSERT_TRUE(revoked.ok()) << revoked.error().message;
  EXPECT_FALSE(*revoked);
}

TEST_P(ApiTokens, TokenOfAnInactiveUserIsNotFound) {
  add(alice_, "Export", "hash-1", 10);
  ASSERT_TRUE(active("hash-1"));
  must_write([&](UnitOfWork& uow) { return uow.users().update(alice_, {"Alice", Role::staff, false}); });
  EXPECT_FALSE(active("hash-1"));
}

TEST_P(ApiTokens, ListForUserReturnsOnlyOwnTokensNewestFirst) {
  const Id older = add(alice_, "Alt", "hash-1", 10);
  const Id newer = add(alice_, "Neu", "hash-2", 20);
  add(bob_, "Bobs", "hash-3", 30);
  const Id same_time = add(alice_, "Gleichzeitig", "hash-4", 20);
  auto listed = db_->read_value([&](UnitOfWork& uow) { return uow.api_tokens().list_for_user(alice_); });
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 3U);
  // Newest first; among equal times the later id first.
  EXPECT_EQ((*listed)[0].id, same_time);
  EXPECT_EQ((*listed)[1].id, newer);
  EXPECT_EQ((*listed)[2].id, older);
  for (const auto& t : *listed) EXPECT_EQ(t.user_id, alice_);
  auto none = db_->read_value([&](UnitOfWork& uow) { return uow.api_tokens().list_for_user(bob_ + 1000); });
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_TRUE(none->empty());
}

TEST_P(ApiTokens, TouchRecordsLastUse) {
  const Id id = add(alice_, "Export", "hash-1", 10);
  must_write([&](UnitOfWork& uow) { return uow.api_tokens().touch(id, 4100000000); });
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.api_tokens().find_active("hash-1"); });
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->token.last_used_at, std::optional<std::int64_t>(4100000000));
  EXPECT_FALSE((*found)->token.revoked_at.has_value());
}

TEST_P(ApiTokens, DuplicateTokenHashIsAConflict) {
  add(alice_, "Export", "hash-1", 10);
  auto again =
      db_->write_value([&](UnitOfWork& uow) { return uow.api_tokens().create(bob_, "X", "hash", "hash-1", 11); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict) << again.error().message;
}

TEST_P(ApiTokens, FindActiveLoadsTheUsersRegion) {
  add(alice_, "Export", "hash-1", 10);
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.api_tokens().find_active("hash-1"); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  ASSERT_TRUE((*found)->region.has_value());
  EXPECT_EQ((*found)->region->id, region_);
  EXPECT_EQ((*found)->region->slug, "a");
  EXPECT_EQ((*found)->region->name, "Region");
  EXPECT_EQ((*found)->region->created_at, 1000);
}

TEST_P(ApiTokens, TokenOfANationalUserHasNoRegion) {
  const Id national = make_user(std::nullopt, "nat@example.org", "Nat", Role::national);
  add(national, "Export", "hash-n", 10);
  auto found = db_->read_value([](UnitOfWork& uow) { return uow.api_tokens().find_active("hash-n"); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->user.id, national);
  EXPECT_FALSE((*found)->region.has_value());
}

// The principal lookups, the API's record read and the dashboard's figures stay prepared per pooled
// connection (storage/soci/statement_cache.hpp). On SQLite a cached statement that is not reset
// after use keeps its connection's read snapshot open: the next request through that connection
// would still find a token revoked or a session removed by another connection in the meantime.
class CachedStatements : public StorageTest {
 protected:
  // One pooled connection: every request of this database goes through the same one.
  bb::storage::OpenOptions options() const override { return {1, true}; }
};
BB_ON_BOTH_BACKENDS(CachedStatements);

TEST_P(CachedStatements, RevokedTokenAndRemovedSessionAreNotSeenOnTheNextRequestThroughTheSameConnection) {
  const Id region = make_region("a");
  const Id alice = make_user(region, "alice@example.org", "Alice", Role::admin);
  Id token = 0;
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto id = uow.api_tokens().create(alice, "Export", "tokn", "token-hash", 10);
    if (!id) return id.error();
    token = *id;
    return uow.sessions().create(Session{"session-hash", alice, 10, 10, 5000000000});
  });
  struct Seen {
    bool token = false;
    bool session = false;
  };
  // One request's reads, as the server makes them for an API read and a dashboard view.
  const auto request = [&] {
    return db_->read_value([&](UnitOfWork& uow) -> Result<Seen> {
      auto t = uow.api_tokens().find_active("token-hash");
      if (!t) return t.error();
      auto s = uow.sessions().find_with_user("session-hash");
      if (!s) return s.error();
      auto user = uow.users().find_in_region(region, alice);
      if (!user) return user.error();
      EXPECT_TRUE(user->has_value());
      if (auto r = uow.regions().count_municipalities(region); !r) return r.error();
      if (auto r = uow.users().count_active_by_role(region); !r) return r.error();
      if (auto r = uow.audit().list_for_region(region, 5, 0); !r) return r.error();
      return Seen{t->has_value(), s->has_value()};
    });
  };
  auto before = request();
  ASSERT_TRUE(before.ok()) << before.error().message;
  EXPECT_TRUE(before->token);
  EXPECT_TRUE(before->session);

  // Another server process, on its own connection, revokes the token and signs the session out.
  auto other = bb::storage::open_database(url_, {1, false});
  ASSERT_TRUE(other.ok()) << other.error().message;
  auto changed = (*other)->write([&](UnitOfWork& uow) -> Result<void> {
    auto revoked = uow.api_tokens().revoke(alice, token, 20);
    if (!revoked) return revoked.error();
    EXPECT_TRUE(*revoked);
    return uow.sessions().remove("session-hash");
  });
  ASSERT_TRUE(changed.ok()) << changed.error().message;

  for (int i = 0; i < 2; ++i) {
    auto after = request();
    ASSERT_TRUE(after.ok()) << after.error().message;
    EXPECT_FALSE(after->token) << "request " << i;
    EXPECT_FALSE(after->session) << "request " << i;
  }
}

}  // namespace
}  // namespace bb::storage_tests
