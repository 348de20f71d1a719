// Login throttle, audit log and installation settings on both backends.
#include <thread>

#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

using bb::domain::AuditEntry;
using bb::storage::ThrottleState;

class Throttle : public StorageTest {
 protected:
  ThrottleState get(const std::string& key) {
    auto state = db_->read_value([&](UnitOfWork& uow) { return uow.throttle().get(key); });
    EXPECT_TRUE(state.ok()) << state.error().message;
    return state.ok() ? *state : ThrottleState{-1, -1, -1};
  }
};
BB_ON_BOTH_BACKENDS(Throttle);

TEST_P(Throttle, UnknownKeyReadsAsNoFailures) {
  const auto state = get("email:nobody@example.org");
  EXPECT_EQ(state.window_start, 0);
  EXPECT_EQ(state.failures, 0);
  EXPECT_EQ(state.locked_until, 0);
}

TEST_P(Throttle, PutThenGetRoundTripsAndPutAgainOverwrites) {
  must_write([](UnitOfWork& uow) { return uow.throttle().put("email:a@example.org", {1700000000, 3, 0}); });
  auto state = get("email:a@example.org");
  EXPECT_EQ(state.window_start, 1700000000);
  EXPECT_EQ(state.failures, 3);
  EXPECT_EQ(state.locked_until, 0);
  must_write([](UnitOfWork& uow) { return uow.throttle().put("email:a@example.org", {1700000100, 5, 5000000000}); });
  state = get("email:a@example.org");
  EXPECT_EQ(state.window_start, 1700000100);
  EXPECT_EQ(state.failures, 5);
  EXPECT_EQ(state.locked_until, 5000000000);
}

TEST_P(Throttle, ClearRemovesOnlyThatKey) {
  must_write([](UnitOfWork& uow) -> Result<void> {
    if (auto r = uow.throttle().put("email:a@example.org", {10, 2, 0}); !r) return r;
    return uow.throttle().put("ip:127.0.0.1", {20, 4, 99});
  });
  must_write([](UnitOfWork& uow) { return uow.throttle().clear("email:a@example.org"); });
  EXPECT_EQ(get("email:a@example.org").failures, 0);
  const auto other = get("ip:127.0.0.1");
  EXPECT_EQ(other.window_start, 20);
  EXPECT_EQ(other.failures, 4);
  EXPECT_EQ(other.locked_until, 99);
}

class Audit : public StorageTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(StorageTest::SetUp());
    region_a_ = make_region("a");
    region_b_ = make_region("b");
    admin_ = make_user(region_a_, "admin@example.org", "Admin A");
  }
  AuditEntry entry(std::optional<Id> region, std::optional<Id> user, std::int64_t at, const std::string& object_id,
                   const std::string& object_type = "user") {
    AuditEntry e;
    e.region_id = region;
    e.user_id = user;
    e.at = at;
    e.action = "update";
    e.object_type = object_type;
    e.object_id = object_id;
    e.before_json = R"({"name":"alt"})";
    e.after_json = R"({"name":"neu"})";
    e.request_id = "req-" + std::to_string(at);
    return e;
  }
  void append(const AuditEntry& e) {
    must_write([&](UnitOfWork& uow) { return uow.audit().append(e); });
  }
  std::vector<AuditEntry> page(Id region, int limit, int offset) {
    auto rows = db_->read_value([&](UnitOfWork& uow) { return uow.audit().list_for_region(region, limit, offset); });
    EXPECT_TRUE(rows.ok()) << rows.error().message;
    return rows.ok() ? *rows : std::vector<AuditEntry>{};
  }
  std::int64_t count(Id region) {
    auto n = db_->read_value([&](UnitOfWork& uow) { return uow.audit().count_for_region(region); });
    EXPECT_TRUE(n.ok()) << n.error().message;
    return n.ok() ? *n : -1;
  }
  static std::vector<std::int64_t> times(const std::vector<AuditEntry>& entries) {
    std::vector<std::int64_t> out;
    for (const auto& e : entries) out.push_back(e.at);
    return out;
  }
  Id region_a_ = 0;
  Id region_b_ = 0;
  Id admin_ = 0;
};
BB_ON_BOTH_BACKENDS(Audit);

TEST_P(Audit, AppendedEntryRoundTripsEveryFieldWithTheUsersName) {
  append(entry(region_a_, admin_, 4000000000, "42"));
  const auto rows = page(region_a_, 10, 0);
  ASSERT_EQ(rows.size(), 1U);
  const auto& e = rows[0];
  EXPECT_GT(e.id, 0);
  EXPECT_EQ(e.region_id, std::optional<Id>(region_a_));
  EXPECT_EQ(e.user_id, std::optional<Id>(admin_));
  EXPECT_EQ(e.user_name, "Admin A");
  EXPECT_EQ(e.at, 4000000000);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(e.object_type, "user");
  EXPECT_EQ(e.object_id, "42");
  EXPECT_EQ(e.before_json, R"({"name":"alt"})");
  EXPECT_EQ(e.after_json, R"({"name":"neu"})");
  EXPECT_EQ(e.request_id, "req-4000000000");
}

TEST_P(Audit, EntryWithoutUserHasNoUserAndAnEmptyName) {
  append(entry(region_a_, std::nullopt, 10, "7"));
  const auto rows = page(region_a_, 10, 0);
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_FALSE(rows[0].user_id.has_value());
  EXPECT_EQ(rows[0].user_name, "");
}

TEST_P(Audit, ListForRegionIsNewestFirstAndPages) {
  for (std::int64_t at : {30, 10, 50, 20, 40}) append(entry(region_a_, admin_, at, std::to_string(at)));
  EXPECT_EQ(times(page(region_a_, 2, 0)), (std::vector<std::int64_t>{50, 40}));
  EXPECT_EQ(times(page(region_a_, 2, 2)), (std::vector<std::int64_t>{30, 20}));
  EXPECT_EQ(times(page(region_a_, 2, 4)), (std::vector<std::int64_t>{10}));
  EXPECT_TRUE(page(region_a_, 2, 5).empty());
  EXPECT_EQ(times(page(region_a_, 100, 0)), (std::vector<std::int64_t>{50, 40, 30, 20, 10}));
}

TEST_P(Audit, EntriesAtTheSameSecondAreOrderedNewestIdFirst) {
  append(entry(region_a_, admin_, 10, "first"));
  append(entry(region_a_, admin_, 10, "second"));
  const auto rows = page(region_a_, 10, 0);
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0].object_id, "second");
  EXPECT_EQ(rows[1].object_id, "first");
  EXPECT_GT(rows[0].id, rows[1].id);
}

TEST_P(Audit, RegionsSeeOnlyTheirOwnEntriesAndCounts) {
  append(entry(region_a_, admin_, 10, "a1"));
  append(entry(region_a_, admin_, 20, "a2"));
  append(entry(region_b_, std::nullopt, 30, "b1"));
  append(entry(std::nullopt, std::nullopt, 40, "installation"));  // installation-wide: no region sees it
  EXPECT_EQ(count(region_a_), 2);
  EXPECT_EQ(count(region_b_), 1);
  EXPECT_EQ(count(region_b_ + 1000), 0);
  const auto a = page(region_a_, 10, 0);
  ASSERT_EQ(a.size(), 2U);
  for (const auto& e : a) EXPECT_EQ(e.region_id, std::optional<Id>(region_a_));
  const auto b = page(region_b_, 10, 0);
  ASSERT_EQ(b.size(), 1U);
  EXPECT_EQ(b[0].object_id, "b1");
}

TEST_P(Audit, ListForObjectFiltersByRegionTypeAndId) {
  append(entry(region_a_, admin_, 10, "5", "user"));
  append(entry(region_a_, admin_, 20, "5", "user"));
  append(entry(region_a_, admin_, 30, "5", "api_token"));  // same id, other type
  append(entry(region_a_, admin_, 40, "6", "user"));       // same type, other id
  append(entry(region_b_, admin_, 50, "5", "user"));       // other region
  auto rows = db_->read_value([&](UnitOfWork& uow) { return uow.audit().list_for_object(region_a_, "user", "5"); });
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  EXPECT_EQ(times(*rows), (std::vector<std::int64_t>{20, 10}));
  auto foreign = db_->read_value([&](UnitOfWork& uow) { return uow.audit().list_for_object(region_b_, "user", "6"); });
  ASSERT_TRUE(foreign.ok()) << foreign.error().message;
  EXPECT_TRUE(foreign->empty());
}

class Settings : public StorageTest {};
BB_ON_BOTH_BACKENDS(Settings);

TEST_P(Settings, UnknownKeyIsAbsent) {
  auto value = db_->read_value([](UnitOfWork& uow) { return uow.settings().get("csrf_secret"); });
  ASSERT_TRUE(value.ok()) << value.error().message;
  EXPECT_FALSE(value->has_value());
}

TEST_P(Settings, GetOrInsertKeepsTheFirstValue) {
  auto first = db_->write_value([](UnitOfWork& uow) { return uow.settings().get_or_insert("csrf_secret", "erster"); });
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(*first, "erster");
  auto second =
      db_->write_value([](UnitOfWork& uow) { return uow.settings().get_or_insert("csrf_secret", "zweiter"); });
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(*second, "erster");
  auto stored = db_->read_value([](UnitOfWork& uow) { return uow.settings().get("csrf_secret"); });
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(*stored, std::optional<std::string>("erster"));
  auto other = db_->write_value([](UnitOfWork& uow) { return uow.settings().get_or_insert("other", "x"); });
  ASSERT_TRUE(other.ok()) << other.error().message;
  EXPECT_EQ(*other, "x");
}

// Several server processes start at once and each offers its own secret: all must end up with
// the same one. Separate Database handles stand in for the processes.
TEST_P(Settings, ConcurrentGetOrInsertFromSeparateHandlesAgreeOnOneValue) {
  constexpr int kHandles = 4;
  std::vector<std::unique_ptr<bb::storage::Database>> handles;
  for (int i = 0; i < kHandles; ++i) {
    auto db = bb::storage::open_database(url_, {2, true});
    ASSERT_TRUE(db.ok()) << db.error().message;
    handles.push_back(std::move(db).value());
  }
  std::vector<Result<std::string>> results(kHandles, Result<std::string>(Error::internal("not run")));
  std::vector<std::thread> threads;
  for (int i = 0; i < kHandles; ++i) {
    threads.emplace_back([&, i] {
      results[i] = handles[i]->write_value(
          [&](UnitOfWork& uow) { return uow.settings().get_or_insert("csrf_secret", "secret-" + std::to_string(i)); });
    });
  }
  for (auto& t : threads) t.join();
  ASSERT_TRUE(results[0].ok()) << results[0].error().message;
  for (int i = 1; i < kHandles; ++i) {
    ASSERT_TRUE(results[i].ok()) << results[i].error().message;
    EXPECT_EQ(*results[i], *results[0]);
  }
  auto stored = db_->read_value([](UnitOfWork& uow) { return uow.settings().get("csrf_secret"); });
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(*stored, std::optional<std::string>(*results[0]));
}

}  // namespace
}  // namespace bb::storage_tests
