// The `brueckenbauer` binary as an operator uses it: start-up errors are one clear line and a
// non-zero exit; migrate, user, demo and backup do what their help says.
#include "server_process.hpp"
#include "storage/migrations.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using bb::testing::run_command;

namespace {

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bb-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    db_ = "sqlite:" + (dir_ / "cli.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  bb::testing::CommandResult cli(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), {"--db", db_});
    return run_command(BB_BINARY, args, input);
  }
  fs::path dir_;
  std::string db_;
};

int lines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_F(CliTest, UnreachablePostgresAtStartIsOneClearLineAndExitCode1) {
  auto r = run_command(BB_BINARY, {"--db", "postgresql://bb@127.0.0.1:1/none", "serve", "--port", "0"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines(r.output), 1) << r.output;
  EXPECT_NE(r.output.find("brueckenbauer: error:"), std::string::npos) << r.output;
}

TEST_F(CliTest, UnwritableSqlitePathAtStartIsOneClearLineAndExitCode1) {
  std::ofstream(dir_ / "a-file") << "x";
  const auto url = "sqlite:" + (dir_ / "a-file" / "sub" / "db.sqlite").string();
  auto r = run_command(BB_BINARY, {"--db", url, "serve", "--port", "0"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines(r.output), 1) << r.output;
  EXPECT_NE(r.output.find("a-file/sub"), std::string::npos) << "the message names the path: " << r.output;
}

TEST_F(CliTest, MalformedDatabaseUrlIsRefused) {
  auto r = run_command(BB_BINARY, {"--db", "mysql://x", "migrate"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("brueckenbauer: error:"), std::string::npos) << r.output;
}

TEST_F(CliTest, MigrateAppliesAndReportsTheSchemaVersion) {
  EXPECT_EQ(cli({"migrate"}).exit_code, 0);
  auto status = cli({"migrate", "--status"});
  EXPECT_EQ(status.exit_code, 0);
  EXPECT_NE(status.output.find("Schema version " + std::to_string(bb::storage::latest_schema_version())), std::string::npos)
      << status.output;
}

TEST_F(CliTest, DemoCreatesRegionHannoverWithARandomAdminPassword) {
  auto first = cli({"demo"});
  ASSERT_EQ(first.exit_code, 0) << first.output;
  const auto other_db = "sqlite:" + (dir_ / "other.db").string();
  auto second = run_command(BB_BINARY, {"--db", other_db, "demo"});
  ASSERT_EQ(second.exit_code, 0) << second.output;
  auto password_of = [](const std::string& out) {
    const auto at = out.find("with password ");
    return at == std::string::npos ? std::string() : out.substr(at + 14, out.find_first_of(" \n", at + 14) - at - 14);
  };
  EXPECT_GE(password_of(first.output).size(), 16U) << first.output;
  EXPECT_NE(password_of(first.output), password_of(second.output));
  auto users = cli({"user", "list", "--region", "region-hannover"});
  EXPECT_NE(users.output.find("admin@region-hannover.example"), std::string::npos) << users.output;
}

TEST_F(CliTest, UserAddListResetPasswordAndToken) {
  ASSERT_EQ(cli({"demo"}).exit_code, 0);
  auto add = cli({"user", "add", "--region", "region-hannover", "--email", "neu@region-hannover.example", "--name",
                  "Neue Beraterin", "--role", "counsellor", "--password-stdin"},
                 "ein langes passwort fuer tests\n");
  ASSERT_EQ(add.exit_code, 0) << add.output;
  EXPECT_NE(cli({"user", "list"}).output.find("neu@region-hannover.example"), std::string::npos);
  auto duplicate = cli({"user", "add", "--region", "region-hannover", "--email", "neu@region-hannover.example", "--name",
                        "Doppelt", "--role", "staff", "--password-stdin"},
                       "ein langes passwort fuer tests\n");
  EXPECT_EQ(duplicate.exit_code, 1);
  auto reset = cli({"user", "reset-password", "--email", "neu@region-hannover.example"});
  EXPECT_EQ(reset.exit_code, 0) << reset.output;
  auto token = cli({"user", "token", "--email", "neu@region-hannover.example", "--name", "script"});
  EXPECT_EQ(token.exit_code, 0) << token.output;
  EXPECT_EQ(token.output.rfind("bbt_", 0), 0U) << token.output;
}

TEST_F(CliTest, BackupOfSqliteIsACompleteReadableCopy) {
  ASSERT_EQ(cli({"demo"}).exit_code, 0);
  const auto copy = dir_ / "backup.db";
  auto backup = cli({"backup", "--output", copy.string()});
  ASSERT_EQ(backup.exit_code, 0) << backup.output;
  auto users = run_command(BB_BINARY, {"--db", "sqlite:" + copy.string(), "user", "list", "--region", "region-hannover"});
  EXPECT_EQ(users.exit_code, 0);
  EXPECT_NE(users.output.find("admin@region-hannover.example"), std::string::npos) << users.output;
}

TEST_F(CliTest, EverySubcommandHasHelp) {
  for (const char* command : {"serve", "migrate", "user", "demo", "backup", "analyze", "speeddating"}) {
    auto r = run_command(BB_BINARY, {command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_NE(r.output.find("Usage"), std::string::npos) << command << ": " << r.output;
  }
}

TEST_F(CliTest, ConfigFileSetsTheDatabase) {
  const auto config = dir_ / "brueckenbauer.toml";
  const auto db_file = dir_ / "from-config.db";
  std::ofstream(config) << "db = \"sqlite:" << db_file.string() << "\"\n[serve]\nport = 0\n";
  auto r = run_command(BB_BINARY, {"--config", config.string(), "migrate"});
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(db_file)) << r.output;
}

TEST_F(CliTest, AnalyzeReadsAGraphmlFileAndPrintsMetricsPerNode) {
  auto r = run_command(BB_BINARY, {"analyze", "--graphml", std::string(BB_SOURCE_DIR) + "/tests/analysis/golden/karate_isolates.graphml",
                                   "--partition", "club", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("\"betweenness\""), std::string::npos);
  EXPECT_NE(r.output.find("\"liaison\""), std::string::npos);
  auto missing = run_command(BB_BINARY, {"analyze", "--graphml", (dir_ / "none.graphml").string()});
  EXPECT_EQ(missing.exit_code, 2) << missing.output;
}

TEST_F(CliTest, SpeeddatingPlanReadsAnInstanceFile) {
  const auto file = dir_ / "instance.json";
  std::ofstream(file) << R"({"slots":2,"youths":[{"id":"a","max_talks":2}],"companies":[{"id":"bakery","tables":1}],)"
                      << R"("pairs":[{"youth":"a","company":"bakery","score":5}]})";
  auto r = run_command(BB_BINARY, {"speeddating", "plan", "--input", file.string(), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("\"talks\""), std::string::npos) << r.output;
  auto unreadable = run_command(BB_BINARY, {"speeddating", "plan", "--input", (dir_ / "missing.json").string()});
  EXPECT_EQ(unreadable.exit_code, 1);
}

TEST_F(CliTest, ImportOrganisationsReportsRowsAndIsAllOrNothing) {
  ASSERT_EQ(cli({"demo"}).exit_code, 0);
  const auto file = (dir_ / "akteure.csv").string();
  const auto import = [&](const std::string& csv, bool dry_run) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << csv;
    std::vector<std::string> args = {"import", "organisations", "--region", "region-hannover", "--file", file};
    if (dry_run) args.push_back("--dry-run");
    return cli(args);
  };
  const std::string bad =
      "Name;Typ;Kommune\r\nCLI-Testbetrieb Eins;company;Burgdorf\r\nCLI-Testbetrieb Zwei;company;Atlantis\r\n";
  auto rejected = import(bad, false);
  EXPECT_EQ(rejected.exit_code, 2) << rejected.output;
  EXPECT_NE(rejected.output.find("row 3\trejected\tCLI-Testbetrieb Zwei"), std::string::npos) << rejected.output;
  EXPECT_NE(rejected.output.find("column \"Kommune\""), std::string::npos) << rejected.output;
  EXPECT_NE(rejected.output.find("nothing written"), std::string::npos);

  const std::string good = "Name;Typ;Kommune\r\nCLI-Testbetrieb Eins;company;Burgdorf\r\n";
  auto dry = import(good, true);
  EXPECT_EQ(dry.exit_code, 0) << dry.output;
  EXPECT_EQ(dry.output.find("likely duplicate:"), std::string::npos) << "the rejected import wrote nothing: " << dry.output;
  EXPECT_NE(dry.output.find("import: check 1/1 rows"), std::string::npos) << dry.output;  // progress
  auto committed = import(good, false);
  EXPECT_EQ(committed.exit_code, 0) << committed.output;
  EXPECT_NE(committed.output.find("1 created"), std::string::npos);
  EXPECT_NE(committed.output.find("committed"), std::string::npos);
  auto again = import(good, true);
  EXPECT_NE(again.output.find("likely duplicate: CLI-Testbetrieb Eins"), std::string::npos) << again.output;

  std::ofstream(file, std::ios::binary | std::ios::trunc) << "Name;Typ\r\nM\xFCller;company\r\n";
  auto latin = cli({"import", "organisations", "--region", "region-hannover", "--file", file});
  EXPECT_EQ(latin.exit_code, 1);
  EXPECT_NE(latin.output.find("Zeile 2"), std::string::npos) << latin.output;
}

TEST_F(CliTest, ImportContactsTakesTheFileAsArgumentAMappingAndPrintsProgress) {
  ASSERT_EQ(cli({"demo"}).exit_code, 0);
  const auto file = (dir_ / "personen.csv").string();
  const auto import = [&](const std::string& csv, std::vector<std::string> extra) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << csv;
    std::vector<std::string> args = {"import",    "contacts",           "--region",  "region-hannover", file,
                                     "--mapping", "Arbeitgeber=organisation", "--mapping", "3=email"};
    args.insert(args.end(), extra.begin(), extra.end());
    return cli(args);
  };
  const std::string head = "Name;Arbeitgeber;Kontakt per\r\nCLI-Testperson Eins;IHK Hannover;eins@example.org\r\n";
  auto rejected = import(head + "CLI-Testperson Zwei;Gibt es nicht GmbH;\r\n", {});
  EXPECT_EQ(rejected.exit_code, 2) << rejected.output;
  EXPECT_NE(rejected.output.find("column 2 \"Arbeitgeber\" -> organisation"), std::string::npos) << rejected.output;
  EXPECT_NE(rejected.output.find("row 3\trejected\tCLI-Testperson Zwei"), std::string::npos) << rejected.output;
  EXPECT_NE(rejected.output.find("column \"Arbeitgeber\": Keine Organisation Ihrer Region heißt „Gibt es nicht GmbH“"),
            std::string::npos)
      << rejected.output;
  EXPECT_NE(rejected.output.find("nothing written"), std::string::npos);

  const std::string good = head + "CLI-Testperson Zwei;IHK Hannover;\r\n";
  auto dry = import(good, {"--dry-run"});
  EXPECT_EQ(dry.exit_code, 0) << dry.output;
  EXPECT_EQ(dry.output.find("likely duplicate:"), std::string::npos) << "the rejected file wrote nothing: " << dry.output;
  EXPECT_NE(dry.output.find("import: check 2/2 rows"), std::string::npos) << dry.output;
  auto committed = import(good, {});
  EXPECT_EQ(committed.exit_code, 0) << committed.output;
  EXPECT_NE(committed.output.find("import: write 2/2 rows"), std::string::npos) << committed.output;
  EXPECT_NE(committed.output.find("2 created"), std::string::npos);
  auto again = import(good, {"--dry-run"});
  EXPECT_NE(again.output.find("likely duplicate: CLI-Testperson Eins (IHK Hannover)"), std::string::npos)
      << again.output;

  auto unknown_column = import(good, {"--mapping", "Gibt es nicht=name"});
  EXPECT_EQ(unknown_column.exit_code, 1);
  EXPECT_NE(unknown_column.output.find("no column 'Gibt es nicht'"), std::string::npos) << unknown_column.output;
}
