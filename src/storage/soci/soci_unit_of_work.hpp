#pragma once

#include "storage/database.hpp"
#include "storage/soci/soci_repositories.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

class SociUnitOfWork final : public UnitOfWork {
 public:
  SociUnitOfWork(soci::session& sql, Backend backend)
      : regions_(sql), users_(sql), sessions_(sql), api_tokens_(sql), throttle_(sql), audit_(sql),
        settings_(sql, backend) {}

  RegionRepository& regions() override { return regions_; }
  UserRepository& users() override { return users_; }
  SessionRepository& sessions() override { return sessions_; }
  ApiTokenRepository& api_tokens() override { return api_tokens_; }
  ThrottleRepository& throttle() override { return throttle_; }
  AuditRepository& audit() override { return audit_; }
  SettingsRepository& settings() override { return settings_; }

 private:
  SociRegionRepository regions_;
  SociUserRepository users_;
  SociSessionRepository sessions_;
  SociApiTokenRepository api_tokens_;
  SociThrottleRepository throttle_;
  SociAuditRepository audit_;
  SociSettingsRepository settings_;
};

}  // namespace bb::storage::soci_impl
