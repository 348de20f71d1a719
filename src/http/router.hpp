#pragma once
// Routes map a method and a path pattern to a handler. Patterns have typed parameters:
//   "/api/v1/regions/{id:int}"  -> matches digits only, available as req.int_param("id")
//   "/r/{slug:slug}/dashboard"  -> [a-z0-9-]+
//   "/static/{path:path}"       -> the rest of the path (may contain '/')
//   "{name}"                    -> one segment, any characters but '/'
// Each route also carries declared metadata (who may call it) which the application's
// authorisation middleware reads; the router itself does not interpret it.

#include "http/message.hpp"

#include <any>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bb::http {

using Handler = std::function<Response(Request&)>;

struct RouteMatch {
  const Handler* handler = nullptr;
  const std::any* metadata = nullptr;  // what the route declared (e.g. allowed roles)
  std::string pattern;                  // for logs
  bool method_not_allowed = false;      // path matched but not the method
  std::vector<Method> allowed_methods;  // for the Allow header on 405
};

class Router {
 public:
  Router();
  ~Router();
  Router(Router&&) noexcept;
  Router& operator=(Router&&) noexcept;

  // Throws std::invalid_argument for a malformed pattern or a duplicate route (a programming error at start-up).
  void add(Method method, std::string_view pattern, Handler handler, std::any metadata = {});

  // Fills req.path_params on a match. HEAD falls back to GET routes.
  RouteMatch match(Request& req) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bb::http
