#pragma once

#include "storage/database.hpp"
#include "storage/soci/event_sql.hpp"
#include "storage/soci/map_layout_repository.hpp"
#include "storage/soci/analysis_repository.hpp"
#include "storage/soci/offer_sql.hpp"
#include "storage/soci/plan_sql.hpp"
#include "storage/soci/register_sql.hpp"
#include "storage/soci/soci_repositories.hpp"
#include "storage/soci/speeddating_sql.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

class SociUnitOfWork final : public UnitOfWork {
 public:
  SociUnitOfWork(soci::session& sql, Backend backend, StatementCache& cache)
      : regions_(sql, cache), users_(sql, cache), sessions_(sql, cache), api_tokens_(sql, cache), throttle_(sql),
        audit_(sql, cache), settings_(sql, backend), organisations_(sql, cache), contacts_(sql), networks_(sql),
        memberships_(sql), ties_(sql), transfers_(sql), events_(sql), registrations_(sql),
        map_layouts_(sql), analysis_(sql), offers_(sql, backend), criteria_(sql), assessments_(sql), needs_(sql),
        plans_(sql), speeddating_(sql) {}

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
  MapLayoutRepository& map_layouts() override { return map_layouts_; }
  AnalysisRepository& analysis() override { return analysis_; }
  OfferRepository& offers() override { return offers_; }
  CriterionRepository& criteria() override { return criteria_; }
  AssessmentRepository& assessments() override { return assessments_; }
  NeedRepository& needs() override { return needs_; }

  // Writes what the repositories hold back to batch it (audit entries, organisation tags): the
  // database calls it at the end of the work, before COMMIT.
  void flush() {
    organisations_.flush();
    audit_.flush();
  }
  PlanRepository& plans() override { return plans_; }
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
  SociMapLayoutRepository map_layouts_;
  SociAnalysisRepository analysis_;
  SociOfferRepository offers_;
  SociCriterionRepository criteria_;
  SociAssessmentRepository assessments_;
  SociNeedRepository needs_;
  SociPlanRepository plans_;
  SociSpeeddatingRepository speeddating_;
};

}  // namespace bb::storage::soci_impl
