// migrate, user, demo: operator commands on the database.
#include "auth/crypto.hpp"
#include "cli/commands.hpp"
#include "core/clock.hpp"
#include "demo/demo_region.hpp"
#include "domain/validation.hpp"
#include "services/user_service.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"

#include <iostream>
#include <memory>

namespace bb::cli {

// One line per error, whatever the message: drivers (libpq) report over several lines, and
// operators and log collectors expect one.
int fail(const std::string& message) {
  std::string line;
  bool pending_space = false;
  for (const char c : message) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      pending_space = !line.empty();
      continue;
    }
    if (pending_space) line.push_back(' ');
    pending_space = false;
    line.push_back(c);
  }
  std::cerr << "brueckenbauer: error: " << line << std::endl;
  return 1;
}

namespace {

Result<std::unique_ptr<storage::Database>> open(const GlobalOptions& global) {
  return storage::open_database(global.database_url, {2, true});
}

std::string read_password_from_stdin() {
  std::string password;
  std::getline(std::cin, password);
  return password;
}

std::string describe(const Error& error) {
  std::string out = error.message;
  for (const auto& [field, key] : error.fields) out += "; " + field + ": " + key;
  return out;
}

struct UserOptions {
  std::string region;
  std::string email;
  std::string name;
  std::string role = "staff";
  std::string language = "de";
  bool password_stdin = false;
  std::string token_name;
};

int user_add(const GlobalOptions& global, const UserOptions& o) {
  auto db = open(global);
  if (!db) return fail(db.error().message);
  std::optional<domain::Id> region_id;
  if (o.role != "national") {
    auto region = (*db)->read_value([&](storage::UnitOfWork& uow) { return uow.regions().find_by_slug(o.region); });
    if (!region) return fail(region.error().message);
    if (!region->has_value()) return fail("no region with the slug '" + o.region + "' (see --region)");
    region_id = (*region)->id;
  }
  const bool generated = !o.password_stdin;
  const std::string password = generated ? auth::random_password() : read_password_from_stdin();
  services::UserService users(**db);
  services::CreateUserInput input{region_id, o.email, o.name, o.role, o.language, password};
  auto id = users.create(services::Actor::cli(), input, unix_now());
  if (!id) return fail("cannot create the user: " + describe(id.error()));
  std::cout << "Created user " << *id << " (" << domain::normalise_email(o.email) << ", " << o.role << ").\n";
  if (generated) std::cout << "Password: " << password << "\n";
  return 0;
}

int user_list(const GlobalOptions& global, const UserOptions& o) {
  auto db = open(global);
  if (!db) return fail(db.error().message);
  auto listed = (*db)->read_value([&](storage::UnitOfWork& uow) -> Result<std::vector<domain::User>> {
    if (o.region.empty()) return uow.users().list_all();
    auto region = uow.regions().find_by_slug(o.region);
    if (!region) return region.error();
    if (!region->has_value()) return Error::not_found("no region with the slug '" + o.region + "'");
    return uow.users().list_in_region((*region)->id);
  });
  if (!listed) return fail(listed.error().message);
  for (const auto& u : *listed) {
    std::cout << u.id << '\t' << u.email << '\t' << domain::to_string(u.role) << '\t' << (u.active ? "active" : "inactive")
              << '\t' << u.display_name << '\n';
  }
  return 0;
}

Result<domain::User> find_user(storage::Database& db, const std::string& email) {
  auto found = db.read_value([&](storage::UnitOfWork& uow) { return uow.users().find_by_email(domain::normalise_email(email)); });
  if (!found) return found.error();
  if (!found->has_value()) return Error::not_found("no user with the e-mail address '" + email + "'");
  return (*found)->user;
}

int user_reset_password(const GlobalOptions& global, const UserOptions& o) {
  auto db = open(global);
  if (!db) return fail(db.error().message);
  auto user = find_user(**db, o.email);
  if (!user) return fail(user.error().message);
  const bool generated = !o.password_stdin;
  const std::string password = generated ? auth::random_password() : read_password_from_stdin();
  services::UserService users(**db);
  auto reset = users.reset_password(services::Actor::cli(), user->id, password, unix_now());
  if (!reset) return fail("cannot reset the password: " + describe(reset.error()));
  std::cout << "Password of " << user->email << " reset; all their sessions were ended.\n";
  if (generated) std::cout << "Password: " << password << "\n";
  return 0;
}

int user_token(const GlobalOptions& global, const UserOptions& o) {
  auto db = open(global);
  if (!db) return fail(db.error().message);
  auto user = find_user(**db, o.email);
  if (!user) return fail(user.error().message);
  services::UserService users(**db);
  auto token = users.create_token(services::Actor::cli(), user->id, o.token_name, unix_now());
  if (!token) return fail("cannot create the token: " + describe(token.error()));
  // The token alone on stdout, so scripts can capture it.
  std::cout << token->token << std::endl;
  return 0;
}

int migrate(const GlobalOptions& global, bool status_only) {
  auto db = storage::open_database(global.database_url, {1, !status_only});
  if (!db) return fail(db.error().message);
  std::cout << "Schema version " << storage::latest_schema_version() << (status_only ? " known to this binary.\n" : " applied.\n");
  return 0;
}

int demo_command(const GlobalOptions& global) {
  auto db = open(global);
  if (!db) return fail(db.error().message);
  services::UserService users(**db);
  auto demo = demo::create_demo_region(**db, users, unix_now());
  if (!demo) return fail(demo.error().message);
  if (!demo->has_value()) {
    std::cout << "The demo region exists already.\n";
    return 0;
  }
  std::cout << "Created the demo region. Sign in as " << (*demo)->admin_email << " with password "
            << (*demo)->admin_password << "\n";
  return 0;
}

}  // namespace

void register_migrate(CLI::App& app, GlobalOptions& global) {
  auto status_only = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("migrate", "Apply pending database migrations");
  cmd->add_flag("--status", *status_only, "Only check the database's schema version; change nothing");
  cmd->callback([&global, status_only] { global.exit_code = migrate(global, *status_only); });
}

void register_user(CLI::App& app, GlobalOptions& global) {
  auto o = std::make_shared<UserOptions>();
  auto* user = app.add_subcommand("user", "Manage user accounts");
  user->require_subcommand(1);

  auto* add = user->add_subcommand("add", "Create a user (prints a random password unless --password-stdin)");
  add->add_option("--region", o->region, "Region slug, e.g. region-hannover (not for role national)");
  add->add_option("--email", o->email, "E-mail address (the login name)")->required();
  add->add_option("--name", o->name, "Display name")->required();
  add->add_option("--role", o->role, "admin, staff, counsellor, partner or national")
      ->check(CLI::IsMember({"admin", "staff", "counsellor", "partner", "national"}))
      ->capture_default_str();
  add->add_option("--language", o->language, "UI language: de or en")->check(CLI::IsMember({"de", "en"}))->capture_default_str();
  add->add_flag("--password-stdin", o->password_stdin, "Read the password from the first line of standard input");
  add->callback([&global, o] { global.exit_code = user_add(global, *o); });

  auto* list = user->add_subcommand("list", "List users (tab-separated)");
  list->add_option("--region", o->region, "Only this region (slug)");
  list->callback([&global, o] { global.exit_code = user_list(global, *o); });

  auto* reset = user->add_subcommand("reset-password", "Set a new password and end all sessions of the user");
  reset->add_option("--email", o->email, "The user's e-mail address")->required();
  reset->add_flag("--password-stdin", o->password_stdin, "Read the password from the first line of standard input");
  reset->callback([&global, o] { global.exit_code = user_reset_password(global, *o); });

  auto* token = user->add_subcommand("token", "Create a personal API token for the user and print it once");
  token->add_option("--email", o->email, "The user's e-mail address")->required();
  token->add_option("--name", o->token_name, "What the token is for")->required();
  token->callback([&global, o] { global.exit_code = user_token(global, *o); });
}

void register_demo(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("demo", "Create the Region Hannover demo region if it does not exist");
  cmd->callback([&global] { global.exit_code = demo_command(global); });
}

}  // namespace bb::cli
