// backup: a consistent copy of the database while the server keeps running.
// SQLite: the online backup API; PostgreSQL: pg_dump (custom format).
#include "cli/commands.hpp"
#include "storage/connection_url.hpp"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <iostream>
#include <memory>

namespace bb::cli {

namespace {

int backup_sqlite(const std::string& source_path, const std::string& output) {
  sqlite3* source = nullptr;
  sqlite3* target = nullptr;
  auto close = [&] {
    sqlite3_close(source);
    sqlite3_close(target);
  };
  if (sqlite3_open_v2(source_path.c_str(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    const std::string message = sqlite3_errmsg(source);
    close();
    return fail("cannot open the SQLite database '" + source_path + "': " + message);
  }
  if (sqlite3_open(output.c_str(), &target) != SQLITE_OK) {
    const std::string message = sqlite3_errmsg(target);
    close();
    return fail("cannot create the backup file '" + output + "': " + message);
  }
  sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
  if (backup == nullptr) {
    const std::string message = sqlite3_errmsg(target);
    close();
    return fail("cannot start the backup: " + message);
  }
  // Copy in steps so that writers of the running server are only briefly held up.
  int rc = SQLITE_OK;
  do {
    rc = sqlite3_backup_step(backup, 256);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(backup);
  const int result = sqlite3_errcode(target);
  close();
  if (rc != SQLITE_DONE || result != SQLITE_OK) return fail("the backup did not complete (SQLite code " + std::to_string(rc) + ")");
  std::cout << "Backup written to " << output << "\n";
  return 0;
}

int backup_postgresql(const std::string& url, const std::string& output) {
  const pid_t pid = fork();
  if (pid < 0) return fail("cannot start pg_dump");
  if (pid == 0) {
    execlp("pg_dump", "pg_dump", "--format=custom", "--file", output.c_str(), "--dbname", url.c_str(),
           static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return fail("pg_dump failed (exit " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
                "); is postgresql-client installed?");
  std::cout << "Backup written to " << output << " (pg_dump custom format; restore with pg_restore)\n";
  return 0;
}

}  // namespace

void register_backup(CLI::App& app, GlobalOptions& global) {
  auto output = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("backup", "Write a consistent backup of the database (safe while serving)");
  cmd->add_option("--output,-o", *output, "File to write")->required();
  cmd->callback([&global, output] {
    auto target = storage::parse_database_url(global.database_url);
    if (!target) {
      global.exit_code = fail(target.error().message);
      return;
    }
    global.exit_code = target->backend == storage::Backend::sqlite ? backup_sqlite(target->sqlite_path, *output)
                                                                   : backup_postgresql(target->libpq_conninfo, *output);
  });
}

}  // namespace bb::cli
