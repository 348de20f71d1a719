#pragma once
// SOCI implementations of the repository interfaces. Every statement binds its values
// (soci::use); no value is ever formatted into SQL text.
// Methods let soci::soci_error propagate: the Database's transaction wrapper turns it into an
// Error and rolls back, so one failing statement cannot leave half a write behind.

#include "storage/database.hpp"
#include "storage/repositories.hpp"
#include "storage/soci/statement_cache.hpp"

#include <soci/soci.h>

#include <cstdint>
#include <map>

namespace bb::storage::soci_impl {

class SociRegionRepository final : public RegionRepository {
 public:
  SociRegionRepository(soci::session& sql, StatementCache& cache) : sql_(sql), cache_(cache) {}
  Result<Id> create(std::string_view slug, std::string_view name, UnixTime now) override;
  Result<std::optional<domain::Region>> find(Id id) override;
  Result<std::optional<domain::Region>> find_by_slug(std::string_view slug) override;
  Result<std::vector<domain::Region>> list() override;
  Result<Id> add_municipality(Id region_id, std::string_view name) override;
  Result<std::vector<domain::Municipality>> municipalities(Id region_id) override;
  Result<std::int64_t> count_municipalities(Id region_id) override;

 private:
  soci::session& sql_;
  StatementCache& cache_;  // prepared statements of the hot path (statement_cache.hpp)
};

class SociUserRepository final : public UserRepository {
 public:
  SociUserRepository(soci::session& sql, StatementCache& cache) : sql_(sql), cache_(cache) {}
  Result<Id> create(const domain::NewUser& user, UnixTime now) override;
  Result<std::optional<domain::User>> find(Id id) override;
  Result<std::optional<domain::User>> find_in_region(Id region_id, Id user_id) override;
  Result<std::optional<UserWithHash>> find_by_email(std::string_view normalised_email) override;
  Result<std::optional<std::string>> password_hash(Id user_id) override;
  Result<std::vector<domain::User>> list_in_region(Id region_id) override;
  Result<std::vector<domain::User>> list_all() override;
  Result<std::map<domain::Role, std::int64_t>> count_active_by_role(Id region_id) override;
  Result<void> update(Id user_id, const UserUpdate& update) override;
  Result<void> set_password_hash(Id user_id, std::string_view hash, UnixTime now) override;
  Result<void> set_language(Id user_id, domain::UiLanguage language) override;

 private:
  soci::session& sql_;
  StatementCache& cache_;  // prepared statements of the hot path (statement_cache.hpp)
};

class SociSessionRepository final : public SessionRepository {
 public:
  SociSessionRepository(soci::session& sql, StatementCache& cache) : sql_(sql), cache_(cache) {}
  Result<void> create(const domain::Session& session) override;
  Result<std::optional<SessionWithUser>> find_with_user(std::string_view token_hash) override;
  Result<void> touch(std::string_view token_hash, UnixTime now) override;
  Result<void> remove(std::string_view token_hash) override;
  Result<void> remove_for_user(Id user_id, std::string_view except_token_hash) override;
  Result<void> purge_expired(UnixTime idle_cutoff, UnixTime now) override;

 private:
  soci::session& sql_;
  StatementCache& cache_;  // prepared statements of the hot path (statement_cache.hpp)
};

class SociApiTokenRepository final : public ApiTokenRepository {
 public:
  SociApiTokenRepository(soci::session& sql, StatementCache& cache) : sql_(sql), cache_(cache) {}
  Result<Id> create(Id user_id, std::string_view name, std::string_view prefix, std::string_view token_hash,
                    UnixTime now) override;
  Result<std::optional<ApiTokenWithUser>> find_active(std::string_view token_hash) override;
  Result<std::vector<domain::ApiToken>> list_for_user(Id user_id) override;
  Result<bool> revoke(Id user_id, Id token_id, UnixTime now) override;
  Result<void> touch(Id token_id, UnixTime now) override;

 private:
  soci::session& sql_;
  StatementCache& cache_;  // prepared statements of the hot path (statement_cache.hpp)
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
  SociAuditRepository(soci::session& sql, StatementCache& cache) : sql_(sql), cache_(cache) {}
  Result<void> append(const domain::AuditEntry& entry) override;
  Result<std::vector<domain::AuditEntry>> list_for_region(Id region_id, int limit, int offset) override;
  Result<std::int64_t> count_for_region(Id region_id) override;
  Result<std::vector<domain::AuditEntry>> list_for_object(Id region_id, std::string_view object_type,
                                                          std::string_view object_id) override;
  // Writes the appended entries still held back (see pending_). The unit of work calls it
  // before COMMIT; every read of this repository calls it first.
  void flush();

 private:
  soci::session& sql_;
  StatementCache& cache_;  // prepared statements of the hot path (statement_cache.hpp)
  // Appended entries not yet written: an import appends one per row, and on PostgreSQL a round
  // trip per entry was a third of a 50k-row import (docs/PERFORMANCE.md). They are written in
  // multi-row INSERTs of kAuditBatch rows, at the latest before the transaction commits, so they
  // commit or roll back with the write they describe. Nobody can point at a held-back entry:
  // append() gives out no id.
  std::vector<domain::AuditEntry> pending_;
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
