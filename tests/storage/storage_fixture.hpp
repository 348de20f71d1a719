#pragma once
// The same storage tests run against both backends: every suite derives from StorageTest and is
// instantiated with BB_ON_BOTH_BACKENDS, so a test reads e.g.
//   Backends/Users.DuplicateEmailIsAConflictOnFieldEmail/postgresql
// Each test gets a fresh, migrated database: a temporary SQLite file, or a new database on the
// process's private PostgreSQL server (tests/support).

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "postgres_server.hpp"
#include "storage/database.hpp"

namespace bb::storage_tests {

using bb::domain::Id;
using bb::storage::UnitOfWork;

// A unique temporary directory, removed when the owner goes away.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("bb-storage-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

class StorageTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    url_ = fresh_url();
    auto db = bb::storage::open_database(url_, options());
    ASSERT_TRUE(db.ok()) << "opening " << url_ << ": " << db.error().message;
    db_ = std::move(db).value();
  }
  void TearDown() override { db_.reset(); }

  // Suites that need other pool sizes override this.
  virtual bb::storage::OpenOptions options() const { return {}; }

  bool on_postgresql() const { return GetParam() == "postgresql"; }

  // A URL of a fresh, empty database of this test's backend.
  std::string fresh_url() {
    if (GetParam() == "sqlite")
      return "sqlite:" + (dir_.path() / ("db-" + std::to_string(files_++) + ".sqlite")).string();
    // Throws with the server's log if PostgreSQL cannot be started; gtest reports it as the failure.
    return bb::testing::PostgresServer::shared().create_database();
  }

  Id make_region(const std::string& slug, const std::string& name = "Region") {
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.regions().create(slug, name, 1000); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  Id make_user(std::optional<Id> region, const std::string& email, const std::string& name = "Nutzer",
               bb::domain::Role role = bb::domain::Role::staff) {
    bb::domain::NewUser user{region, email, name, role, bb::domain::UiLanguage::de, "hash-of-" + email};
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.users().create(user, 2000); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  // Runs a write that must succeed.
  template <typename F>
  void must_write(F&& f) {
    auto done = db_->write(std::forward<F>(f));
    ASSERT_TRUE(done.ok()) << done.error().message;
  }

  TempDir dir_;
  int files_ = 0;
  std::string url_;
  std::unique_ptr<bb::storage::Database> db_;
};

inline std::string backend_name(const ::testing::TestParamInfo<std::string>& info) {
  return info.param;
}

}  // namespace bb::storage_tests

#define BB_ON_BOTH_BACKENDS(Suite)                                                                               \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::testing::Values(std::string("sqlite"), std::string("postgresql")), \
                           ::bb::storage_tests::backend_name)
