// brueckenbauer: the one binary. Subcommands: serve, migrate, user, demo, backup, analyze, speeddating, import.
// Options come from flags, environment variables (BB_*) and a config file (--config, TOML/INI),
// in that order of precedence.
#include "cli/commands.hpp"

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
  CLI::App app{"Brückenbauer – networks, offers, action plan and events for vocational training and migration"};
  app.set_config("--config", "", "Read options from a TOML or INI file");
  app.require_subcommand(1);

  bb::cli::GlobalOptions global;
  app.add_option("--db", global.database_url, "Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB")
      ->envname("BB_DATABASE_URL")
      ->capture_default_str();

  bb::cli::register_serve(app, global);
  bb::cli::register_migrate(app, global);
  bb::cli::register_user(app, global);
  bb::cli::register_demo(app, global);
  bb::cli::register_backup(app, global);
  bb::cli::register_analyze(app, global);
  bb::cli::register_speeddating(app, global);
  bb::cli::register_import(app, global);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return global.exit_code;
}
