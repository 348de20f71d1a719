#pragma once
// A fresh, migrated SQLite database in a temporary file, with one region.

#include "storage/database.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>

class SqliteFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("bb-unit-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    auto db = bb::storage::open_database("sqlite:" + (dir_ / "test.db").string());
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(db).value();
    region_a_ = make_region("region-a", "Region A");
    region_b_ = make_region("region-b", "Region B");
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  bb::domain::Id make_region(const std::string& slug, const std::string& name) {
    auto id = db_->write_value([&](bb::storage::UnitOfWork& uow) { return uow.regions().create(slug, name, 1000); });
    EXPECT_TRUE(id.ok());
    return *id;
  }

  std::filesystem::path dir_;
  std::unique_ptr<bb::storage::Database> db_;
  bb::domain::Id region_a_ = 0;
  bb::domain::Id region_b_ = 0;
};
