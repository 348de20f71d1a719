#pragma once
// SOCI implementations of the repository interfaces. Every statement binds its values
// (soci::use); no value is ever formatted into SQL text.
// Methods let soci::soci_error propagate: the Database's transaction wrapper turns it into an
// Error and rolls back, so one failing statement cannot leave half a write behind.

#include "storage/database.hpp"
#include "storage/repositories.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

class SociRegionRepository final : public RegionRepository {
 public:
  explicit SociRegionRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(std::string_view slug, std::string_view name, UnixTime now) override;
  Result<std::optional<domain::Region>> find(Id id) override;
  Result<std::optional<domain::Region>> find_by_slug(std::string_view slug) override;
  Result<std::vector<domain::Region>> list() override;
  Result<Id> add_municipality(Id region_id, std::string_view name) override;
  Result<std::vector<domain::Municipality>> municipalities(Id region_id) override;

 private:
  soci::session& sql_;
};

class SociUserRepository final : public UserRepository {
 public:
  explicit SociUserRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(const domain::NewUser& user, UnixTime now) override;
  Result<std::optional<domain::User>> find(Id id) override;
  Result<std::optional<domain::User>> find_in_region(Id region_id, Id user_id) override;
  Result<std::optional<UserWithHash>> find_by_email(std::string_view normalised_email) override;
  Result<std::optional<std::string>> password_hash(Id user_id) override;
  Result<std::vector<domain::User>> list_in_region(Id region_id) override;
  Result<std::vector<domain::User>> list_all() override;
  Result<void> update(Id user_id, const UserUpdate& update) override;
  Result<void> set_password_hash(Id user_id, std::string_view hash, UnixTime now) override;
  Result<void> set_language(Id user_id, domain::UiLanguage language) override;

 private:
  soci::session& sql_;
};

class SociSessionRepository final : public SessionRepository {
 public:
  explicit SociSessionRepository(soci::session& sql) : sql_(sql) {}
  Result<void> create(const domain::Session& session) override;
  Result<std::optional<SessionWithUser>> find_with_user(std::string_view token_hash) override;
  Result<void> touch(std::string_view token_hash, UnixTime now) override;
  Result<void> remove(std::string_view token_hash) override;
  Result<void> remove_for_user(Id user_id, std::string_view except_token_hash) override;
  Result<void> purge_expired(UnixTime idle_cutoff, UnixTime now) override;

 private:
  soci::session& sql_;
};

class SociApiTokenRepository final : public ApiTokenRepository {
 public:
  explicit SociApiTokenRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id user_id, std::string_view name, std::string_view prefix, std::string_view token_hash,
                    UnixTime now) override;
  Result<std::optional<ApiTokenWithUser>> find_active(std::string_view token_hash) override;
  Result<std::vector<domain::ApiToken>> list_for_user(Id user_id) override;
  Result<bool> revoke(Id user_id, Id token_id, UnixTime now) override;
  Result<void> touch(Id token_id, UnixTime now) override;

 private:
  soci::session& sql_;
};

class SociThrottleRepository final : public ThrottleRepository {
 public:
  explicit SociThrottleRepository(soci::session& sql) : sql_(sql) {}
  Result<ThrottleState> get(std::string_view key) override;
  Result<void> put(std::string_view key, const ThrottleState& state) override;
  Result<void> clear(std::string_view key) override;

 private:
  soci::session& sql_;
};

class SociAuditRepository final : public AuditRepository {
 public:
  explicit SociAuditRepository(soci::session& sql) : sql_(sql) {}
  Result<void> append(const domain::AuditEntry& entry) override;
  Result<std::vector<domain::AuditEntry>> list_for_region(Id region_id, int limit, int offset) override;
  Result<std::int64_t> count_for_region(Id region_id) override;
  Result<std::vector<domain::AuditEntry>> list_for_object(Id region_id, std::string_view object_type,
                                                          std::string_view object_id) override;

 private:
  soci::session& sql_;
};

class SociSettingsRepository final : public SettingsRepository {
 public:
  SociSettingsRepository(soci::session& sql, Backend backend) : sql_(sql), backend_(backend) {}
  Result<std::optional<std::string>> get(std::string_view key) override;
  Result<std::string> get_or_insert(std::string_view key, std::string_view value) override;

 private:
  soci::session& sql_;
  Backend backend_;
};

}  // namespace bb::storage::soci_impl
