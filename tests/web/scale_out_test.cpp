// Scale-out: two server processes on one PostgreSQL share sessions, CSRF secrets and login
// throttles, because all of it lives in the database.
#include "core/clock.hpp"
#include "postgres_server.hpp"
#include "server_process.hpp"
#include "services/user_service.hpp"
#include "storage/database.hpp"
#include "test_client.hpp"

#include <gtest/gtest.h>

using namespace bb;

namespace {
constexpr const char* kPassword = "ein sehr langes passwort";

std::string prepare_database() {
  const auto url = bb::testing::PostgresServer::shared().create_database();
  auto db = storage::open_database(url);
  EXPECT_TRUE(db.ok()) << db.error().message;
  auto region = (*db)->write_value([](storage::UnitOfWork& uow) { return uow.regions().create("region-x", "Region X", 1); });
  services::UserService users(**db);
  EXPECT_TRUE(users.create(services::Actor::cli(), {*region, "koordination@example.org", "Koordination", "staff", "de", kPassword},
                           unix_now())
                  .ok());
  return url;
}
}  // namespace

TEST(ScaleOutOnPostgres, SessionStartedOnOneProcessWorksOnTheOther) {
  const auto url = prepare_database();
  bb::testing::ServerProcess first(BB_BINARY, url, {"--empty"});
  bb::testing::ServerProcess second(BB_BINARY, url, {"--empty"});
  bb::testing::TestClient via_first(first.port());
  ASSERT_EQ(via_first.login("koordination@example.org", kPassword), 303);

  bb::testing::TestClient via_second(second.port());
  via_second.cookies() = via_first.cookies();
  auto page = via_second.get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Region X"), std::string::npos);

  // A form rendered by the first process is accepted by the second: the CSRF secret is shared.
  const auto token = via_first.csrf_token_from("/account");
  auto switched = via_second.post_form("/language", {{"_csrf", token}, {"language", "en"}, {"next", "/"}});
  EXPECT_EQ(switched.status, 303);
  EXPECT_NE(via_first.get("/").body.find("lang=\"en\""), std::string::npos);

  // Logging out through the second process ends the session on the first too.
  EXPECT_EQ(via_second.post_form("/logout", {{"_csrf", token}}).status, 303);
  bb::testing::TestClient replay(first.port());
  replay.cookies() = via_first.cookies();
  EXPECT_EQ(replay.get("/").status, 303);
}

TEST(ScaleOutOnPostgres, LoginThrottleCountsFailuresAcrossProcesses) {
  const auto url = prepare_database();
  bb::testing::ServerProcess first(BB_BINARY, url, {"--empty"});
  bb::testing::ServerProcess second(BB_BINARY, url, {"--empty"});
  for (int i = 0; i < 5; ++i) {
    bb::testing::TestClient c(i % 2 == 0 ? first.port() : second.port());
    EXPECT_EQ(c.login("koordination@example.org", "falsches passwort!"), 401);
  }
  bb::testing::TestClient c(first.port());
  EXPECT_EQ(c.login("koordination@example.org", kPassword), 429) << "locked after five failures, whichever process saw them";
}

TEST(ServerProcess, StopsGracefullyOnSigterm) {
  const auto url = prepare_database();
  bb::testing::ServerProcess server(BB_BINARY, url, {"--empty"});
  const int status = server.stop();
  EXPECT_TRUE(WIFEXITED(status)) << server.output();
  EXPECT_EQ(WEXITSTATUS(status), 0);
}
