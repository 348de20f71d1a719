#pragma once
// The web application: routes, and the one middleware chain every request passes through
// (static files, route match, authentication, language, CSRF, authorisation, error pages,
// security headers).

#include "core/result.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"
#include "web/services.hpp"

#include <memory>

namespace bb::web {

class App {
 public:
  static Result<std::unique_ptr<App>> create(storage::Database& db, WebConfig config);

  http::Response handle(http::Request& req);
  // Requests cheap enough for the I/O thread: liveness probe and static files from memory.
  static bool answer_inline(const http::Request& req);

  Services& services() { return *services_; }

 private:
  App() = default;
  http::Response dispatch(http::Request& req);
  void finish(const http::Request& req, http::Response& res) const;

  std::unique_ptr<Services> services_;
  http::Router router_;
  std::unique_ptr<http::StaticFiles> static_files_;
};

}  // namespace bb::web
