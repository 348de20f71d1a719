#pragma once

#include "storage/database.hpp"
#include "storage/soci/event_sql.hpp"
#include "storage/soci/register_sql.hpp"
#include "storage/soci/soci_repositories.hpp"
#include "storage/soci/speeddating_sql.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

class SociUnitOfWork final : public UnitOfWork {
 public:
  SociUnitOfWork(soci::session& sql, Backend backend, StatementCache& cache)
      : regions_(sql, cache), users_(sql, cache), sessions_(sql, cache), api_tokens_(sql, cache), throttle_(sql),
        audit_(sql, cache), settings_(sql, backend), organisations_(sql), contacts_(sql), networks_(sql),
        memberships_(sql), ties_(sql), transfers_(sql), events_(sql), registrations_(sql), speeddating_(sql) {}

  RegionRepository& regions() override { return regions_; }
  UserRepository& users() override { return users_; }
  SessionRepository& sessions() override { return sessions_; }
  ApiTokenRepository& api_tokens() override { return api_tokens_; }
  ThrottleRepository& throttle() override { return throttle_; }
  AuditRepository& audit() override { return audit_; }
  SettingsRepository& settings() override { return settings_; }
  OrganisationRepository& organisations() override { return organisations_; }
  ContactRepository& contacts() override { return contacts_; }
  NetworkRepository& networks() override { return networks_; }
  MembershipRepository& memberships() override { return memberships_; }
  TieRepository& ties() override { return ties_; }
  TransferRepository& transfers() override { return transfers_; }
  EventRepository& events() override { return events_; }
  RegistrationRepository& registrations() override { return registrations_; }
  SpeeddatingRepository& speeddating() override { return speeddating_; }

 private:
  SociRegionRepository regions_;
  SociUserRepository users_;
  SociSessionRepository sessions_;
  SociApiTokenRepository api_tokens_;
  SociThrottleRepository throttle_;
  SociAuditRepository audit_;
  SociSettingsRepository settings_;
  SociOrganisationRepository organisations_;
  SociContactRepository contacts_;
  SociNetworkRepository networks_;
  SociMembershipRepository memberships_;
  SociTieRepository ties_;
  SociTransferRepository transfers_;
  SociEventRepository events_;
  SociRegistrationRepository registrations_;
  SociSpeeddatingRepository speeddating_;
};

}  // namespace bb::storage::soci_impl
