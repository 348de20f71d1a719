#pragma once
// CSRF protection by signed double-submit (OWASP): the token is a MAC, under an installation
// secret shared by all server processes, of a value bound to the browser — the session
// token hash when logged in, otherwise a random pre-session cookie. A forged request from
// another site cannot read either, so it cannot produce a valid token.

#include <string>
#include <string_view>

namespace bb::auth {

class CsrfGuard {
 public:
  explicit CsrfGuard(std::string secret) : secret_(std::move(secret)) {}
  std::string token_for(std::string_view binding) const;
  bool valid(std::string_view binding, std::string_view token) const;

 private:
  std::string secret_;
};

}  // namespace bb::auth
