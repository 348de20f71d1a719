#pragma once
// SOCI implementation of the speed-dating repository (storage/speeddating_repository.hpp).

#include "storage/soci/register_sql.hpp"
#include "storage/speeddating_repository.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

class SociSpeeddatingRepository final : public SpeeddatingRepository {
 public:
  explicit SociSpeeddatingRepository(soci::session& sql) : sql_(sql) {}
  Result<std::optional<domain::SpeeddatingSettings>> settings(Id region_id, Id event_id) override;
  Result<void> save_settings(Id region_id, const domain::SpeeddatingSettings& settings, UnixTime now) override;
  Result<Id> add_youth(Id region_id, const domain::SpeeddatingYouth& youth, UnixTime now) override;
  Result<bool> update_youth(Id region_id, const domain::SpeeddatingYouth& youth, UnixTime now) override;
  Result<bool> remove_youth(Id region_id, Id event_id, Id youth_id) override;
  Result<std::vector<domain::SpeeddatingYouth>> youths(Id region_id, Id event_id) override;
  Result<Id> add_company(Id region_id, const domain::SpeeddatingCompany& company, UnixTime now) override;
  Result<bool> update_company(Id region_id, const domain::SpeeddatingCompany& company, UnixTime now) override;
  Result<bool> remove_company(Id region_id, Id event_id, Id company_id) override;
  Result<std::vector<domain::SpeeddatingCompany>> companies(Id region_id, Id event_id) override;
  Result<void> add_preference(Id region_id, Id event_id, const domain::SpeeddatingPreference& p) override;
  Result<bool> remove_preference(Id region_id, Id event_id, const domain::SpeeddatingPreference& p) override;
  Result<std::vector<domain::SpeeddatingPreference>> preferences(Id region_id, Id event_id) override;
  Result<void> save_plan(Id region_id, Id event_id, const domain::SpeeddatingPlan& plan, UnixTime now) override;
  Result<std::optional<domain::SpeeddatingPlan>> plan(Id region_id, Id event_id) override;

 private:
  soci::session& sql_;
};

}  // namespace bb::storage::soci_impl
