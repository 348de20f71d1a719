#pragma once
// Login, sessions, API-token authentication and login throttling. All state lives in the
// database, so several server processes behind one proxy share sessions and throttles.

#include "auth/principal.hpp"
#include "core/result.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace bb::auth {

struct AuthPolicy {
  std::int64_t session_idle_seconds = 2 * 3600;       // signed out after this long without a request
  std::int64_t session_absolute_seconds = 12 * 3600;  // and after this long in any case
  std::int64_t touch_interval_seconds = 60;           // last-seen is written at most this often
  int account_max_failures = 5;                       // per e-mail address within the window
  int address_max_failures = 20;                      // per client address within the window
  std::int64_t throttle_window_seconds = 15 * 60;
  std::int64_t lock_seconds = 15 * 60;
};

struct LoginSuccess {
  std::string session_token;  // the cookie value; only its hash is stored
  domain::User user;
};

class AuthService {
 public:
  AuthService(storage::Database& db, AuthPolicy policy) : db_(db), policy_(policy) {}

  // Any failure is the same error ("auth.login_failed") whatever went wrong, so that the
  // answer does not tell whether an account exists; throttling answers too_many_requests.
  Result<LoginSuccess> login(std::string_view email, std::string_view password, std::string_view client_address,
                             std::int64_t now, std::string_view request_id);
  Result<std::optional<Principal>> authenticate_session(std::string_view cookie_value, std::int64_t now);
  Result<std::optional<Principal>> authenticate_bearer(std::string_view token, std::int64_t now);
  Result<void> logout(std::string_view cookie_value);

  const AuthPolicy& policy() const { return policy_; }

 private:
  storage::Database& db_;
  AuthPolicy policy_;
};

}  // namespace bb::auth
