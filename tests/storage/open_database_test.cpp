// open_database: migrations (idempotent, concurrent, refusing a newer schema) on both backends,
// and the specific errors for bad URLs, unreachable servers and unwritable files.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "storage/migrations.hpp"
#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

using bb::storage::open_database;

// A plain SOCI connection next to the one under test, for looking at and tampering with the
// schema_version table, which no repository exposes.
std::unique_ptr<soci::session> raw_session(const std::string& url) {
  if (url.starts_with("sqlite:")) return std::make_unique<soci::session>(soci::sqlite3, "db=\"" + url.substr(7) + "\"");
  // SOCI 4.0 mangles a libpq URI that contains no '=' (see soci_database.cpp); the test URLs
  // have no query, so give them one.
  return std::make_unique<soci::session>(soci::postgresql, url + "?application_name=storage_tests");
}

struct VersionRows {
  long long count = 0;
  long long max = 0;
};

VersionRows version_rows(const std::string& url) {
  auto sql = raw_session(url);
  VersionRows rows;
  *sql << "SELECT COUNT(*), COALESCE(MAX(version), 0) FROM schema_version", soci::into(rows.count),
      soci::into(rows.max);
  return rows;
}

class Migrations : public StorageTest {};
BB_ON_BOTH_BACKENDS(Migrations);

TEST_P(Migrations, FreshDatabaseRecordsEveryEmbeddedMigrationOnce) {
  const auto rows = version_rows(url_);
  EXPECT_EQ(rows.count, static_cast<long long>(bb::storage::embedded_migrations().size()));
  EXPECT_EQ(rows.max, bb::storage::latest_schema_version());
}

TEST_P(Migrations, OpeningAgainIsIdempotentAndKeepsTheData) {
  const Id region = make_region("bleibt", "Bleibt");
  db_.reset();
  for (int i = 0; i < 2; ++i) {
    auto again = open_database(url_);
    ASSERT_TRUE(again.ok()) << "reopen " << i << ": " << again.error().message;
    auto found = (*again)->read_value([](UnitOfWork& uow) { return uow.regions().find_by_slug("bleibt"); });
    ASSERT_TRUE(found.ok()) << found.error().message;
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, region);
  }
  const auto rows = version_rows(url_);
  EXPECT_EQ(rows.count, static_cast<long long>(bb::storage::embedded_migrations().size()));
}

TEST_P(Migrations, DatabaseNewerThanThisBinaryIsRefused) {
  const int future = bb::storage::latest_schema_version() + 1;
  {
    auto sql = raw_session(url_);
    *sql << "INSERT INTO schema_version (version, name, applied_at) VALUES (:v, 'from_the_future', 0)",
        soci::use(future);
  }
  db_.reset();
  auto refused = open_database(url_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::unavailable);
  EXPECT_NE(refused.error().message.find("schema version " + std::to_string(future)), std::string::npos)
      << refused.error().message;
  EXPECT_NE(refused.error().message.find("newer than this brueckenbauer"), std::string::npos)
      << refused.error().message;
}

// A module's migration merged after a higher-numbered one (modules are built side by side) still
// runs on a database that already has the higher one: every unrecorded migration is applied.
TEST_P(Migrations, AMigrationBelowTheHighestRecordedOneStillRuns) {
  const auto& all = bb::storage::embedded_migrations();
  const auto backend = on_postgresql() ? bb::storage::Backend::postgresql : bb::storage::Backend::sqlite;
  // A migration below the highest that only creates plain tables and indexes, so the test can undo it.
  auto created_tables = [&](const bb::storage::Migration& m) {
    std::vector<std::string> tables;
    for (const auto& statement : bb::storage::migration_statements(m.sql, backend)) {
      const auto create = statement.find("CREATE ");
      if (create == std::string::npos) return std::vector<std::string>{};
      const std::string rest = statement.substr(create + 7);
      if (rest.starts_with("INDEX ") || rest.starts_with("UNIQUE INDEX ")) continue;
      if (!rest.starts_with("TABLE ")) return std::vector<std::string>{};
      tables.push_back(rest.substr(6, rest.find_first_of(" (\n", 6) - 6));
    }
    return tables;
  };
  const bb::storage::Migration* gap = nullptr;
  std::vector<std::string> tables;
  for (const auto& m : all) {
    if (m.version == bb::storage::latest_schema_version() || m.version == 1) continue;
    tables = created_tables(m);
    if (!tables.empty()) {
      gap = &m;
      break;
    }
  }
  ASSERT_NE(gap, nullptr) << "no migration below the highest creates plain tables only";
  db_.reset();
  {
    auto sql = raw_session(url_);
    for (auto it = tables.rbegin(); it != tables.rend(); ++it)
      *sql << "DROP TABLE " + *it + (on_postgresql() ? " CASCADE" : "");
    *sql << "DELETE FROM schema_version WHERE version = :v", soci::use(gap->version);
  }
  EXPECT_EQ(version_rows(url_).count, static_cast<long long>(all.size() - 1));
  auto reopened = open_database(url_);
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  const auto rows = version_rows(url_);
  EXPECT_EQ(rows.count, static_cast<long long>(all.size()));
  EXPECT_EQ(rows.max, bb::storage::latest_schema_version());
}

// Several processes may start on one fresh database at once (scale-out, or a CLI command next
// to the server): exactly one of them applies each migration, and none fails.
TEST_P(Migrations, ConcurrentFirstOpensOfOneDatabaseAllSucceed) {
  const std::string url = fresh_url();
  constexpr int kOpeners = 4;
  std::vector<std::string> errors(kOpeners);
  std::vector<std::thread> threads;
  for (int i = 0; i < kOpeners; ++i) {
    threads.emplace_back([&, i] {
      auto db = open_database(url, {1, true});
      if (!db.ok()) errors[i] = db.error().message;
    });
  }
  for (auto& t : threads) t.join();
  for (int i = 0; i < kOpeners; ++i) EXPECT_EQ(errors[i], "") << "opener " << i;
  const auto rows = version_rows(url);
  EXPECT_EQ(rows.count, static_cast<long long>(bb::storage::embedded_migrations().size()));
}

TEST(OpenDatabase, UnreachablePostgresqlFailsQuicklyWithAClearError) {
  const auto start = std::chrono::steady_clock::now();
  auto db = open_database("postgresql://bb@127.0.0.1:1/nothing");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().code, ErrorCode::unavailable);
  EXPECT_NE(db.error().message.find("cannot connect to PostgreSQL at 'postgresql://bb@127.0.0.1:1/nothing"),
            std::string::npos)
      << db.error().message;
  EXPECT_LT(elapsed, std::chrono::seconds(5));
}

TEST(OpenDatabase, PasswordOfAnUnreachablePostgresqlIsNotInTheError) {
  auto db = open_database("postgresql://bb:geheim123@127.0.0.1:1/nothing");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().message.find("geheim123"), std::string::npos) << db.error().message;
  EXPECT_NE(db.error().message.find("postgresql://bb:***@127.0.0.1:1/nothing"), std::string::npos)
      << db.error().message;
}

TEST(OpenDatabase, SqlitePathBelowARegularFileFailsWithAClearError) {
  // Below a regular file no directory can be made, whoever runs the tests (even root).
  TempDir dir;
  const auto file = dir.path() / "plain-file";
  std::ofstream(file) << "not a directory";
  auto db = open_database("sqlite:" + (file / "sub" / "db.sqlite").string());
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().code, ErrorCode::unavailable);
  EXPECT_NE(db.error().message.find("cannot create the directory"), std::string::npos) << db.error().message;
  EXPECT_NE(db.error().message.find((file / "sub").string()), std::string::npos) << db.error().message;
}

TEST(OpenDatabase, SqlitePathThatIsADirectoryFailsWithAClearError) {
  TempDir dir;
  auto db = open_database("sqlite:" + dir.path().string());
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().code, ErrorCode::unavailable);
  EXPECT_NE(db.error().message.find("cannot open the SQLite database '" + dir.path().string() + "'"), std::string::npos)
      << db.error().message;
}

TEST(OpenDatabase, SqliteAbsoluteUrlFormCreatesTheFileAndItsDirectory) {
  TempDir dir;
  const auto path = dir.path() / "nested" / "brueckenbauer.db";
  auto db = open_database("sqlite://" + path.string());  // sqlite:///abs/path
  ASSERT_TRUE(db.ok()) << db.error().message;
  EXPECT_TRUE(std::filesystem::is_regular_file(path));
  EXPECT_EQ((*db)->backend(), bb::storage::Backend::sqlite);
}

TEST(OpenDatabase, UnsupportedSchemeIsInvalidInputNamingTheAcceptedForms) {
  auto db = open_database("mysql://x");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().code, ErrorCode::invalid_input);
  EXPECT_NE(db.error().message.find("unsupported database URL 'mysql://x'"), std::string::npos) << db.error().message;
  EXPECT_NE(db.error().message.find("sqlite:PATH"), std::string::npos) << db.error().message;
}

TEST(OpenDatabase, EmptyUrlAndSqliteWithoutPathAreInvalidInput) {
  auto empty = open_database("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::invalid_input);
  auto no_path = open_database("sqlite:");
  ASSERT_FALSE(no_path.ok());
  EXPECT_EQ(no_path.error().code, ErrorCode::invalid_input);
  EXPECT_NE(no_path.error().message.find("needs a file path"), std::string::npos) << no_path.error().message;
}

// The documented URL forms, with and without query parameters (SOCI 4.0 rewrites the connect
// string, which once broke the plain form).
TEST(OpenDatabase, PostgresqlUrisWithAndWithoutQueryParametersConnect) {
  const auto url = bb::testing::PostgresServer::shared().create_database();
  for (const auto& form : {url, url + "?sslmode=disable", url + "?application_name=bb&connect_timeout=5", url + "?"}) {
    auto db = open_database(form);
    ASSERT_TRUE(db.ok()) << form << ": " << db.error().message;
    EXPECT_TRUE((*db)->ping().ok()) << form;
  }
  const auto postgres_scheme = "postgres://" + url.substr(std::string("postgresql://").size());
  auto db = open_database(postgres_scheme);
  ASSERT_TRUE(db.ok()) << postgres_scheme << ": " << db.error().message;
  EXPECT_EQ((*db)->backend(), bb::storage::Backend::postgresql);
}

TEST(PostgresTestServer, EveryCreatedDatabaseIsSeparateAndEmpty) {
  auto& server = bb::testing::PostgresServer::shared();
  const auto first_url = server.create_database();
  const auto second_url = server.create_database();
  EXPECT_NE(first_url, second_url);
  EXPECT_EQ(first_url.rfind("postgresql://bb@127.0.0.1:" + std::to_string(server.port()) + "/", 0), 0U) << first_url;
  auto first = open_database(first_url);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ((*first)->backend(), bb::storage::Backend::postgresql);
  auto made = (*first)->write_value([](UnitOfWork& uow) { return uow.regions().create("nur-hier", "Nur hier", 1); });
  ASSERT_TRUE(made.ok()) << made.error().message;
  auto second = open_database(second_url);
  ASSERT_TRUE(second.ok()) << second.error().message;
  auto regions = (*second)->read_value([](UnitOfWork& uow) { return uow.regions().list(); });
  ASSERT_TRUE(regions.ok()) << regions.error().message;
  EXPECT_TRUE(regions->empty());
}

}  // namespace
}  // namespace bb::storage_tests
