// Database::write/read semantics (database.hpp): a write commits only when its work succeeds,
// is rolled back when the work fails or throws, and a throw comes back as an error value.
// Concurrent writers never see "database is locked" or serialisation failures.
#include <atomic>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

class Transactions : public StorageTest {
 protected:
  std::optional<bb::domain::Region> region(const std::string& slug) {
    auto found = db_->read_value([&](UnitOfWork& uow) { return uow.regions().find_by_slug(slug); });
    EXPECT_TRUE(found.ok()) << found.error().message;
    return found.ok() ? *found : std::nullopt;
  }
};
BB_ON_BOTH_BACKENDS(Transactions);

TEST_P(Transactions, CommittedWriteIsVisibleToLaterReads) {
  auto id = db_->write_value([](UnitOfWork& uow) { return uow.regions().create("a", "A", 1); });
  ASSERT_TRUE(id.ok()) << id.error().message;
  const auto found = region("a");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, *id);
}

TEST_P(Transactions, WriteWhoseWorkReturnsAnErrorIsRolledBackAndReturnsThatError) {
  auto outcome = db_->write([](UnitOfWork& uow) -> Result<void> {
    auto id = uow.regions().create("a", "A", 1);
    if (!id) return id.error();
    if (auto m = uow.regions().add_municipality(*id, "Ort"); !m) return m.error();
    return Error::invalid("test.rejected", {{"name", "test.bad"}});
  });
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(outcome.error().message, "test.rejected");
  EXPECT_EQ(outcome.error().fields.at("name"), "test.bad");
  EXPECT_FALSE(region("a").has_value());
  auto all = db_->read_value([](UnitOfWork& uow) { return uow.regions().list(); });
  ASSERT_TRUE(all.ok()) << all.error().message;
  EXPECT_TRUE(all->empty());
}

TEST_P(Transactions, WriteThatThrowsIsRolledBackAndReturnsTheErrorInsteadOfThrowing) {
  Result<void> outcome = success();
  EXPECT_NO_THROW(outcome = db_->write([](UnitOfWork& uow) -> Result<void> {
    auto id = uow.regions().create("a", "A", 1);
    if (!id) return id.error();
    throw std::runtime_error("boom in the middle of a write");
  }));
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.error().code, ErrorCode::internal);
  EXPECT_NE(outcome.error().message.find("boom in the middle of a write"), std::string::npos)
      << outcome.error().message;
  EXPECT_FALSE(region("a").has_value());
}

TEST_P(Transactions, FailingStatementRollsBackEarlierStatementsOfTheSameWrite) {
  make_region("taken", "Taken");
  auto outcome = db_->write([](UnitOfWork& uow) -> Result<void> {
    if (auto id = uow.regions().create("new", "New", 1); !id) return id.error();
    if (auto id = uow.regions().create("taken", "Again", 1); !id) return id.error();  // violates UNIQUE
    return success();
  });
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.error().code, ErrorCode::conflict) << outcome.error().message;
  EXPECT_FALSE(region("new").has_value());
  ASSERT_TRUE(region("taken").has_value());
  EXPECT_EQ(region("taken")->name, "Taken");
}

TEST_P(Transactions, ConnectionIsUsableAgainAfterAFailedWrite) {
  // The pool hands the same connections out again: a failed (on PostgreSQL: aborted)
  // transaction must not leak into the next unit of work.
  for (int i = 0; i < 6; ++i) {
    auto failed = db_->write([](UnitOfWork& uow) -> Result<void> {
      if (auto id = uow.regions().create("dup", "Dup", 1); !id) return id.error();
      if (auto id = uow.regions().create("dup", "Dup", 1); !id) return id.error();
      return success();
    });
    EXPECT_FALSE(failed.ok());
  }
  for (int i = 0; i < 6; ++i) {
    auto id =
        db_->write_value([&](UnitOfWork& uow) { return uow.regions().create("ok-" + std::to_string(i), "Ok", 1); });
    EXPECT_TRUE(id.ok()) << id.error().message;
  }
  auto all = db_->read_value([](UnitOfWork& uow) { return uow.regions().list(); });
  ASSERT_TRUE(all.ok()) << all.error().message;
  EXPECT_EQ(all->size(), 6U);
}

TEST_P(Transactions, ReadDoesNotSeeAWriteThatIsNotCommittedYet) {
  std::optional<bool> seen_inside;
  must_write([&](UnitOfWork& uow) -> Result<void> {
    if (auto id = uow.regions().create("pending", "Pending", 1); !id) return id.error();
    // Another unit of work (another pooled connection) while this one is still open.
    auto other = db_->read_value([](UnitOfWork& r) { return r.regions().find_by_slug("pending"); });
    if (!other) return other.error();
    seen_inside = other->has_value();
    return success();
  });
  ASSERT_TRUE(seen_inside.has_value());
  EXPECT_FALSE(*seen_inside);
  EXPECT_TRUE(region("pending").has_value());
}

TEST_P(Transactions, ReadValueAndWriteValuePassErrorsThrough) {
  auto missing = db_->read_value([](UnitOfWork&) -> Result<int> { return Error::not_found("test.missing"); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
  EXPECT_EQ(missing.error().message, "test.missing");
  auto value = db_->write_value([](UnitOfWork&) -> Result<int> { return 42; });
  ASSERT_TRUE(value.ok()) << value.error().message;
  EXPECT_EQ(*value, 42);
}

TEST_P(Transactions, PingAnswersAndBackendIsReported) {
  auto ping = db_->ping();
  EXPECT_TRUE(ping.ok()) << ping.error().message;
  EXPECT_EQ(db_->backend(), on_postgresql() ? bb::storage::Backend::postgresql : bb::storage::Backend::sqlite);
}

class Concurrency : public StorageTest {
 protected:
  bb::storage::OpenOptions options() const override { return {4, true}; }
};
BB_ON_BOTH_BACKENDS(Concurrency);

TEST_P(Concurrency, EightThreadsWritingAtOnceAllSucceedAndNothingIsLost) {
  constexpr int kThreads = 8;
  constexpr int kWritesPerThread = 50;
  const Id region = make_region("a");
  std::atomic<int> failures{0};
  std::mutex first_error_mutex;
  std::string first_error;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kWritesPerThread; ++i) {
        // Two statements per transaction, so that writers really overlap inside transactions.
        auto done = db_->write([&](UnitOfWork& uow) -> Result<void> {
          bb::domain::AuditEntry e;
          e.region_id = region;
          e.at = i;
          e.action = "create";
          e.object_type = "thread";
          e.object_id = std::to_string(t);
          e.before_json = "{}";
          e.after_json = "{}";
          e.request_id = std::to_string(t) + "-" + std::to_string(i);
          if (auto r = uow.audit().append(e); !r) return r;
          return uow.throttle().put("thread-" + std::to_string(t), {i, i + 1, 0});
        });
        if (!done.ok()) {
          ++failures;
          std::lock_guard<std::mutex> lock(first_error_mutex);
          if (first_error.empty()) first_error = done.error().message;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0) << "first error: " << first_error;
  auto count = db_->read_value([&](UnitOfWork& uow) { return uow.audit().count_for_region(region); });
  ASSERT_TRUE(count.ok()) << count.error().message;
  EXPECT_EQ(*count, kThreads * kWritesPerThread);
  for (int t = 0; t < kThreads; ++t) {
    auto mine = db_->read_value(
        [&](UnitOfWork& uow) { return uow.audit().list_for_object(region, "thread", std::to_string(t)); });
    ASSERT_TRUE(mine.ok()) << mine.error().message;
    EXPECT_EQ(mine->size(), static_cast<std::size_t>(kWritesPerThread)) << "thread " << t;
    auto last = db_->read_value([&](UnitOfWork& uow) { return uow.throttle().get("thread-" + std::to_string(t)); });
    ASSERT_TRUE(last.ok()) << last.error().message;
    EXPECT_EQ(last->failures, kWritesPerThread) << "thread " << t << "'s last write wins";
  }
}

// Two handles on one database stand in for two server processes: on SQLite their writers are
// not serialised by the in-process lock, only by BEGIN IMMEDIATE and the busy timeout.
TEST_P(Concurrency, WritersOfTwoHandlesOnOneDatabaseAllSucceed) {
  constexpr int kThreadsPerHandle = 4;
  constexpr int kWritesPerThread = 25;
  auto second = bb::storage::open_database(url_, {4, true});
  ASSERT_TRUE(second.ok()) << second.error().message;
  bb::storage::Database* handles[] = {db_.get(), second->get()};
  const Id region = make_region("a");
  std::atomic<int> failures{0};
  std::mutex first_error_mutex;
  std::string first_error;
  std::vector<std::thread> threads;
  for (int h = 0; h < 2; ++h) {
    for (int t = 0; t < kThreadsPerHandle; ++t) {
      threads.emplace_back([&, h, t] {
        for (int i = 0; i < kWritesPerThread; ++i) {
          auto done = handles[h]->write([&](UnitOfWork& uow) -> Result<void> {
            bb::domain::AuditEntry e;
            e.region_id = region;
            e.at = i;
            e.action = "create";
            e.object_type = "handle";
            e.object_id = std::to_string(h);
            e.before_json = "{}";
            e.after_json = "{}";
            e.request_id = std::to_string(t);
            return uow.audit().append(e);
          });
          if (!done.ok()) {
            ++failures;
            std::lock_guard<std::mutex> lock(first_error_mutex);
            if (first_error.empty()) first_error = done.error().message;
          }
        }
      });
    }
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0) << "first error: " << first_error;
  auto count = db_->read_value([&](UnitOfWork& uow) { return uow.audit().count_for_region(region); });
  ASSERT_TRUE(count.ok()) << count.error().message;
  EXPECT_EQ(*count, 2 * kThreadsPerHandle * kWritesPerThread);
}

}  // namespace
}  // namespace bb::storage_tests
