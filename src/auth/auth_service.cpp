#include "auth/auth_service.hpp"

#include "auth/crypto.hpp"
#include "domain/validation.hpp"

namespace bb::auth {

namespace {

// Verifying against this when the account does not exist keeps the timing of a failed login
// the same whether or not the e-mail address is known.
const std::string& dummy_hash() {
  static const std::string hash = hash_password("not a password of anyone");
  return hash;
}

Error login_failed() { return Error{ErrorCode::unauthenticated, "auth.login_failed", {}}; }
Error throttled() { return Error{ErrorCode::too_many_requests, "auth.login_failed", {}}; }

bool locked(const storage::ThrottleState& s, std::int64_t now) { return s.locked_until > now; }

storage::ThrottleState after_failure(storage::ThrottleState s, std::int64_t now, int max_failures,
                                     const AuthPolicy& policy) {
  if (now - s.window_start >= policy.throttle_window_seconds) {
    s.window_start = now;
    s.failures = 0;
  }
  ++s.failures;
  if (s.failures >= max_failures) s.locked_until = now + policy.lock_seconds;
  return s;
}

}  // namespace

Result<LoginSuccess> AuthService::login(std::string_view email, std::string_view password,
                                        std::string_view client_address, std::int64_t now,
                                        std::string_view request_id) {
  const std::string normalised = domain::normalise_email(email);
  const std::string account_key = "account:" + normalised;
  const std::string address_key = "address:" + std::string(client_address);

  auto states = db_.read_value([&](storage::UnitOfWork& uow) -> Result<std::pair<storage::ThrottleState, storage::ThrottleState>> {
    auto account = uow.throttle().get(account_key);
    if (!account) return account.error();
    auto address = uow.throttle().get(address_key);
    if (!address) return address.error();
    return std::make_pair(*account, *address);
  });
  if (!states) return states.error();
  if (locked(states->first, now) || locked(states->second, now)) return throttled();

  auto found = db_.read_value([&](storage::UnitOfWork& uow) { return uow.users().find_by_email(normalised); });
  if (!found) return found.error();

  // The expensive hash runs outside any transaction so it never holds the SQLite writer.
  const bool user_ok = found->has_value() && (*found)->user.active;
  const bool password_ok = verify_password(user_ok ? (*found)->password_hash : dummy_hash(), password) && user_ok;

  if (!password_ok) {
    auto recorded = db_.write([&](storage::UnitOfWork& uow) -> Result<void> {
      // Re-read inside the write transaction so that concurrent failures all count.
      auto account = uow.throttle().get(account_key);
      if (!account) return account.error();
      auto address = uow.throttle().get(address_key);
      if (!address) return address.error();
      auto r1 = uow.throttle().put(account_key, after_failure(*account, now, policy_.account_max_failures, policy_));
      if (!r1) return r1;
      return uow.throttle().put(address_key, after_failure(*address, now, policy_.address_max_failures, policy_));
    });
    if (!recorded) return recorded.error();
    return login_failed();
  }

  const domain::User user = (*found)->user;
  const bool rehash = password_needs_rehash((*found)->password_hash);
  const std::string new_hash = rehash ? hash_password(password) : std::string();
  LoginSuccess success_out{random_token(32), user};
  auto stored = db_.write([&](storage::UnitOfWork& uow) -> Result<void> {
    domain::Session session{hash_token(success_out.session_token), user.id, now, now,
                            now + policy_.session_absolute_seconds};
    if (auto r = uow.sessions().create(session); !r) return r;
    if (auto r = uow.throttle().clear(account_key); !r) return r;
    if (rehash) {
      if (auto r = uow.users().set_password_hash(user.id, new_hash, now); !r) return r;
    }
    domain::AuditEntry entry;
    entry.region_id = user.region_id;
    entry.user_id = user.id;
    entry.at = now;
    entry.action = "login";
    entry.object_type = "user";
    entry.object_id = std::to_string(user.id);
    entry.before_json = "{}";
    entry.after_json = "{}";
    entry.request_id = std::string(request_id);
    return uow.audit().append(entry);
  });
  if (!stored) return stored.error();
  return success_out;
}

Result<std::optional<Principal>> AuthService::authenticate_session(std::string_view cookie_value, std::int64_t now) {
  if (cookie_value.empty() || cookie_value.size() > 128) return std::optional<Principal>();
  const std::string token_hash = hash_token(cookie_value);
  auto found = db_.read_value([&](storage::UnitOfWork& uow) { return uow.sessions().find_with_user(token_hash); });
  if (!found) return found.error();
  if (!found->has_value()) return std::optional<Principal>();
  const auto& s = (*found)->session;
  if (s.expires_at <= now || now - s.last_seen_at >= policy_.session_idle_seconds) {
    (void)db_.write([&](storage::UnitOfWork& uow) { return uow.sessions().remove(token_hash); });
    return std::optional<Principal>();
  }
  if (now - s.last_seen_at >= policy_.touch_interval_seconds) {
    auto touched = db_.write([&](storage::UnitOfWork& uow) { return uow.sessions().touch(token_hash, now); });
    if (!touched) return touched.error();
  }
  return std::optional<Principal>(Principal{(*found)->user, CredentialKind::session, token_hash, std::nullopt, (*found)->region});
}

Result<std::optional<Principal>> AuthService::authenticate_bearer(std::string_view token, std::int64_t now) {
  if (token.empty() || token.size() > 128) return std::optional<Principal>();
  const std::string token_hash = hash_token(token);
  auto found = db_.read_value([&](storage::UnitOfWork& uow) { return uow.api_tokens().find_active(token_hash); });
  if (!found) return found.error();
  if (!found->has_value()) return std::optional<Principal>();
  const auto& t = (*found)->token;
  if (!t.last_used_at || now - *t.last_used_at >= policy_.touch_interval_seconds) {
    auto touched = db_.write([&](storage::UnitOfWork& uow) { return uow.api_tokens().touch(t.id, now); });
    if (!touched) return touched.error();
  }
  return std::optional<Principal>(Principal{(*found)->user, CredentialKind::api_token, token_hash, t.id, (*found)->region});
}

Result<void> AuthService::logout(std::string_view cookie_value) {
  const std::string token_hash = hash_token(cookie_value);
  return db_.write([&](storage::UnitOfWork& uow) { return uow.sessions().remove(token_hash); });
}

}  // namespace bb::auth
