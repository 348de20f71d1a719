#pragma once
// Repository interfaces of the foundation. Every method runs inside the transaction of the
// UnitOfWork that handed the repository out; none of them commits on its own.
// Region scoping: methods that read regional data take the region id and never return rows of
// another region, so a caller cannot forget the tenant filter.

#include "core/result.hpp"
#include "domain/entities.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bb::storage {

using domain::Id;
using domain::UnixTime;

class RegionRepository {
 public:
  virtual ~RegionRepository() = default;
  virtual Result<Id> create(std::string_view slug, std::string_view name, UnixTime now) = 0;
  virtual Result<std::optional<domain::Region>> find(Id id) = 0;
  virtual Result<std::optional<domain::Region>> find_by_slug(std::string_view slug) = 0;
  virtual Result<std::vector<domain::Region>> list() = 0;
  virtual Result<Id> add_municipality(Id region_id, std::string_view name) = 0;
  virtual Result<std::vector<domain::Municipality>> municipalities(Id region_id) = 0;
  virtual Result<std::int64_t> count_municipalities(Id region_id) = 0;
};

struct UserWithHash {
  domain::User user;
  std::string password_hash;
};

struct UserUpdate {
  std::string display_name;
  domain::Role role = domain::Role::partner;
  bool active = true;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  // Fails with conflict ("validation.email_taken" on field email) if the address is in use.
  virtual Result<Id> create(const domain::NewUser& user, UnixTime now) = 0;
  virtual Result<std::optional<domain::User>> find(Id id) = 0;
  // Only users of that region: another region's user id yields nullopt.
  virtual Result<std::optional<domain::User>> find_in_region(Id region_id, Id user_id) = 0;
  virtual Result<std::optional<UserWithHash>> find_by_email(std::string_view normalised_email) = 0;
  virtual Result<std::optional<std::string>> password_hash(Id user_id) = 0;
  virtual Result<std::vector<domain::User>> list_in_region(Id region_id) = 0;
  virtual Result<std::vector<domain::User>> list_all() = 0;
  // Active users of the region per role; roles without any are absent.
  virtual Result<std::map<domain::Role, std::int64_t>> count_active_by_role(Id region_id) = 0;
  virtual Result<void> update(Id user_id, const UserUpdate& update) = 0;
  virtual Result<void> set_password_hash(Id user_id, std::string_view hash, UnixTime now) = 0;
  virtual Result<void> set_language(Id user_id, domain::UiLanguage language) = 0;
};

struct SessionWithUser {
  domain::Session session;
  domain::User user;
  // The user's region, read in the same statement (every authenticated request needs it);
  // empty for national users, who belong to no region.
  std::optional<domain::Region> region;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual Result<void> create(const domain::Session& session) = 0;
  // The session, its (active) user and the user's region in one read: this runs on every
  // authenticated request.
  virtual Result<std::optional<SessionWithUser>> find_with_user(std::string_view token_hash) = 0;
  virtual Result<void> touch(std::string_view token_hash, UnixTime now) = 0;
  virtual Result<void> remove(std::string_view token_hash) = 0;
  virtual Result<void> remove_for_user(Id user_id, std::string_view except_token_hash = {}) = 0;
  virtual Result<void> purge_expired(UnixTime idle_cutoff, UnixTime now) = 0;
};

struct ApiTokenWithUser {
  domain::ApiToken token;
  domain::User user;
  std::optional<domain::Region> region;  // as in SessionWithUser: empty for national users
};

class ApiTokenRepository {
 public:
  virtual ~ApiTokenRepository() = default;
  virtual Result<Id> create(Id user_id, std::string_view name, std::string_view prefix, std::string_view token_hash,
                            UnixTime now) = 0;
  // Only a token that is not revoked and whose user is active; with the user and the user's
  // region in the same read.
  virtual Result<std::optional<ApiTokenWithUser>> find_active(std::string_view token_hash) = 0;
  virtual Result<std::vector<domain::ApiToken>> list_for_user(Id user_id) = 0;
  // Revokes the user's own token; nullopt-like false if no such token of that user.
  virtual Result<bool> revoke(Id user_id, Id token_id, UnixTime now) = 0;
  virtual Result<void> touch(Id token_id, UnixTime now) = 0;
};

struct ThrottleState {
  UnixTime window_start = 0;
  int failures = 0;
  UnixTime locked_until = 0;
};

class ThrottleRepository {
 public:
  virtual ~ThrottleRepository() = default;
  virtual Result<ThrottleState> get(std::string_view key) = 0;
  virtual Result<void> put(std::string_view key, const ThrottleState& state) = 0;
  virtual Result<void> clear(std::string_view key) = 0;
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  virtual Result<void> append(const domain::AuditEntry& entry) = 0;
  virtual Result<std::vector<domain::AuditEntry>> list_for_region(Id region_id, int limit, int offset) = 0;
  virtual Result<std::int64_t> count_for_region(Id region_id) = 0;
  virtual Result<std::vector<domain::AuditEntry>> list_for_object(Id region_id, std::string_view object_type,
                                                                  std::string_view object_id) = 0;
};

// Installation-wide key/value settings (for example the secret that signs CSRF tokens, which
// every server process of a scaled-out installation must share).
class SettingsRepository {
 public:
  virtual ~SettingsRepository() = default;
  virtual Result<std::optional<std::string>> get(std::string_view key) = 0;
  // Inserts if absent and returns the stored value (the first writer wins across processes).
  virtual Result<std::string> get_or_insert(std::string_view key, std::string_view value) = 0;
};

}  // namespace bb::storage
