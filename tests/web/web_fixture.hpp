#pragma once
// A real server on a free loopback port, in-process, over a fresh database holding two regions
// (A and B) with an admin each, a partner in A and a national account. The database is a SQLite
// file; suites derived from WebOnBackends run each test on SQLite and on the test harness's
// private PostgreSQL (tests/support) as well.

#include "core/clock.hpp"
#include "postgres_server.hpp"
#include "http/server.hpp"
#include "services/user_service.hpp"
#include "storage/database.hpp"
#include "test_client.hpp"
#include "web/app.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

class WebFixture : public ::testing::Test {
 protected:
  static constexpr const char* kPassword = "ein sehr langes passwort";

  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() / ("bb-web-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);  // a directory left by an earlier process with the same pid
    std::filesystem::create_directories(dir_);
    // Throws with the server's log if PostgreSQL cannot be started; gtest reports it as the failure.
    const std::string url = backend() == "postgresql" ? bb::testing::PostgresServer::shared().create_database()
                                                      : "sqlite:" + (dir_ / "web.db").string();
    auto db = bb::storage::open_database(url);
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(db).value();
    region_a_ = make_region("region-a", "Region A");
    region_b_ = make_region("region-b", "Region B");
    admin_a_ = make_user(region_a_, "admin-a@example.org", "Admin A", "admin");
    admin_b_ = make_user(region_b_, "admin-b@example.org", "Admin B", "admin");
    partner_a_ = make_user(region_a_, "partner-a@example.org", "Partner A", "partner");
    staff_b_ = make_user(region_b_, "staff-b@example.org", "Staff B", "staff");
    national_ = make_user(std::nullopt, "bund@example.org", "Bund", "national");

    bb::web::WebConfig config;
    config.share_dir = BB_SOURCE_DIR;
    auto app = bb::web::App::create(*db_, config);
    ASSERT_TRUE(app.ok()) << app.error().message;
    app_ = std::move(app).value();
    bb::http::ServerOptions options;
    options.port = 0;
    options.access_log = false;
    auto* raw = app_.get();
    server_ = std::make_unique<bb::http::Server>(options, [raw](bb::http::Request& r) { return raw->handle(r); },
                                                 [](const bb::http::Request& r) { return bb::web::App::answer_inline(r); });
    std::string error;
    ASSERT_TRUE(server_->listen(error)) << error;
    thread_ = std::thread([this] { server_->run(false); });
  }

  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    app_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  bb::domain::Id make_region(const std::string& slug, const std::string& name) {
    auto id = db_->write_value([&](bb::storage::UnitOfWork& uow) -> bb::Result<bb::domain::Id> {
      auto r = uow.regions().create(slug, name, 1000);
      if (r) (void)uow.regions().add_municipality(*r, name + " Stadt");
      return r;
    });
    EXPECT_TRUE(id.ok());
    return *id;
  }

  bb::domain::Id make_user(std::optional<bb::domain::Id> region, const std::string& email, const std::string& name,
                           const std::string& role) {
    bb::services::UserService users(*db_);
    auto id = users.create(bb::services::Actor::cli(), {region, email, name, role, "de", kPassword}, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }

  // "sqlite" or "postgresql".
  virtual std::string backend() const { return "sqlite"; }

  bb::testing::TestClient client() const { return bb::testing::TestClient(server_->port()); }
  bb::testing::TestClient signed_in(const std::string& email) const {
    auto c = client();
    EXPECT_EQ(c.login(email, kPassword), 303) << email;
    return c;
  }
  std::string token_for(bb::domain::Id user) {
    bb::services::UserService users(*db_);
    return users.create_token(bb::services::Actor::cli(), user, "test", bb::unix_now())->token;
  }

  std::filesystem::path dir_;
  std::unique_ptr<bb::storage::Database> db_;
  std::unique_ptr<bb::web::App> app_;
  std::unique_ptr<bb::http::Server> server_;
  std::thread thread_;
  bb::domain::Id region_a_ = 0, region_b_ = 0, admin_a_ = 0, admin_b_ = 0, partner_a_ = 0, staff_b_ = 0, national_ = 0;
};

// A suite whose tests run on both backends: derive from it, write TEST_P, and instantiate with
// BB_WEB_ON_BOTH_BACKENDS(Suite); a test then reads e.g. Backends/RegisterWeb.X/postgresql.
class WebOnBackends : public WebFixture, public ::testing::WithParamInterface<std::string> {
 protected:
  std::string backend() const override { return GetParam(); }
};

inline std::string web_backend_name(const ::testing::TestParamInfo<std::string>& param) { return param.param; }

#define BB_WEB_ON_BOTH_BACKENDS(Suite)                                                                           \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::testing::Values(std::string("sqlite"), std::string("postgresql")), \
                           web_backend_name)
