#include "web/routes.hpp"

namespace bb::web {

void Routes::add(http::Method method, std::string_view pattern, Access access, Handler handler) {
  Services* services = &services_;
  router_.add(
      method, pattern, [services, handler = std::move(handler)](http::Request& req) { return handler(*services, req); },
      access);
}

}  // namespace bb::web
