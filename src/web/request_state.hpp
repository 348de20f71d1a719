#pragma once
// What the middleware learns about a request and hands to the handlers: the principal (if any),
// the UI language, and the binding that CSRF tokens of this browser are tied to.

#include "auth/principal.hpp"
#include "domain/entities.hpp"
#include "http/message.hpp"

#include <optional>
#include <string>

namespace bb::web {

struct RequestState {
  std::optional<auth::Principal> principal;
  domain::UiLanguage language = domain::UiLanguage::de;
  std::string csrf_binding;          // session token hash, or the pre-session cookie value
  std::string new_anon_cookie;       // set on the response when the browser had none
  std::optional<domain::Region> region;  // the principal's region (absent for national users)
};

// The state the middleware attached; every routed request has one.
RequestState& state(http::Request& req);
const RequestState& state(const http::Request& req);

}  // namespace bb::web
