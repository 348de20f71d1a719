#pragma once
// Everything a handler may call, built once at start-up and shared by all worker threads
// (each member is thread-safe: the database pools connections, the import jobs lock, the rest
// is immutable).

#include "auth/auth_service.hpp"
#include "auth/csrf.hpp"
#include "i18n/catalog.hpp"
#include "services/user_service.hpp"
#include "storage/database.hpp"
#include "web/import_jobs.hpp"
#include "web/renderer.hpp"

#include <filesystem>
#include <string>

namespace bb::web {

struct WebConfig {
  std::filesystem::path share_dir;  // holds templates/, i18n/, static/
  bool secure_cookies = false;      // set Secure on cookies (served over TLS)
  bool trust_proxy = false;         // behind a reverse proxy: the client is the last X-Forwarded-For hop
  auth::AuthPolicy auth;
};

struct Services {
  storage::Database& db;
  WebConfig config;
  i18n::Catalog catalog;
  Renderer renderer;
  auth::AuthService auth;
  auth::CsrfGuard csrf;
  services::UserService users;
  ImportJobs import_jobs;  // background import commits (web/import_jobs.hpp)
};

}  // namespace bb::web
