#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace bb::cli {

struct GlobalOptions {
  std::string database_url = "sqlite:var/brueckenbauer.db";
  int exit_code = 0;
};

void register_serve(CLI::App& app, GlobalOptions& global);
void register_migrate(CLI::App& app, GlobalOptions& global);
void register_user(CLI::App& app, GlobalOptions& global);
void register_demo(CLI::App& app, GlobalOptions& global);
void register_backup(CLI::App& app, GlobalOptions& global);
void register_analyze(CLI::App& app, GlobalOptions& global);
void register_speeddating(CLI::App& app, GlobalOptions& global);
void register_import(CLI::App& app, GlobalOptions& global);  // import_command.cpp

// Prints "brueckenbauer: error: MESSAGE" to stderr and returns 1: the one clear line an
// operator sees when something at start-up is wrong.
int fail(const std::string& message);

}  // namespace bb::cli
