#include "cli/commands.hpp"
#include "cli/share_dir.hpp"
#include "core/clock.hpp"
#include "demo/demo_region.hpp"
#include "http/server.hpp"
#include "storage/connection_url.hpp"
#include "web/app.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

namespace bb::cli {

namespace {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  unsigned io_threads = 1;
  unsigned worker_threads = 2;
  unsigned db_pool = 4;
  std::string share_dir;
  bool empty = false;
  bool secure_cookies = false;
  bool trust_proxy = false;
  bool quiet = false;
};

int serve(const GlobalOptions& global, const ServeOptions& options) {
  auto share = resolve_share_dir(options.share_dir);
  if (!share) return fail(share.error().message);
  auto db = storage::open_database(global.database_url, {options.db_pool, true});
  if (!db) return fail(db.error().message);

  if (!options.empty) {
    services::UserService users(**db);
    auto demo = demo::create_demo_region(**db, users, unix_now());
    if (!demo) return fail("could not create the demo region: " + demo.error().message);
    if (demo->has_value()) {
      std::cout << "Created the demo region \"Region Hannover\" (" << demo::kDemoRegionSlug << ").\n"
                << "Sign in as " << (*demo)->admin_email << " with password " << (*demo)->admin_password
                << "\n(shown only now; reset it with: brueckenbauer user reset-password --email "
                << (*demo)->admin_email << ")\n";
    }
  }

  web::WebConfig config;
  config.share_dir = *share;
  config.secure_cookies = options.secure_cookies;
  config.trust_proxy = options.trust_proxy;
  auto app = web::App::create(**db, config);
  if (!app) return fail(app.error().message);

  http::ServerOptions server_options;
  server_options.host = options.host;
  server_options.port = static_cast<std::uint16_t>(options.port);
  server_options.io_threads = options.io_threads;
  server_options.worker_threads = options.worker_threads;
  server_options.trust_forwarded_proto = options.trust_proxy;
  server_options.access_log = !options.quiet;
  web::App* handler_app = app->get();
  http::Server server(server_options, [handler_app](http::Request& req) { return handler_app->handle(req); },
                      [](const http::Request& req) { return web::App::answer_inline(req); });
  std::string error;
  if (!server.listen(error)) return fail("cannot listen on " + options.host + ":" + std::to_string(options.port) + ": " + error);
  server.watch_signals();  // before the "running" line that process managers and tests wait for
  std::cout << "Brückenbauer is running on http://" << options.host << ":" << server.port() << "/ (database "
            << storage::redact_database_url(global.database_url) << "). Stop with Ctrl+C." << std::endl;
  server.run(true);
  spdlog::info("server stopped");
  return 0;
}

}  // namespace

void register_serve(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<ServeOptions>();
  auto* cmd = app.add_subcommand("serve", "Start the web server (creates, migrates and fills the database on first start)");
  cmd->add_option("--host", options->host, "Address to listen on")->envname("BB_HOST")->capture_default_str();
  cmd->add_option("--port", options->port, "Port to listen on (0: any free port)")
      ->envname("BB_PORT")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--io-threads", options->io_threads, "Threads for network I/O")
      ->envname("BB_IO_THREADS")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  cmd->add_option("--workers", options->worker_threads, "Threads that run request handlers")
      ->envname("BB_WORKERS")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->add_option("--db-pool", options->db_pool, "Database connections")
      ->envname("BB_DB_POOL")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->add_option("--share-dir", options->share_dir, "Folder with templates/, i18n/ and static/")->envname("BB_SHARE_DIR");
  cmd->add_flag("--empty", options->empty, "Do not create the demo region in an empty database");
  cmd->add_flag("--secure-cookies", options->secure_cookies, "Mark cookies Secure (the site is served over HTTPS)")
      ->envname("BB_SECURE_COOKIES");
  cmd->add_flag("--trust-proxy", options->trust_proxy, "Trust X-Forwarded-Proto from a reverse proxy")
      ->envname("BB_TRUST_PROXY");
  cmd->add_flag("--quiet", options->quiet, "No access log (for benchmarks)");
  cmd->callback([&global, options] { global.exit_code = serve(global, *options); });
}

}  // namespace bb::cli
