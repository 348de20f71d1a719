#pragma once
// Repository of the Azubi-Speeddating planner (issue 7). Every method takes the region id and
// never touches another region's rows.

#include "core/result.hpp"
#include "domain/speeddating.hpp"
#include "storage/register_repositories.hpp"

#include <optional>
#include <vector>

namespace bb::storage {

class SpeeddatingRepository {
 public:
  virtual ~SpeeddatingRepository() = default;
  // Absent until staff save settings: the service then uses the defaults.
  virtual Result<std::optional<domain::SpeeddatingSettings>> settings(Id region_id, Id event_id) = 0;
  // Writes settings (not the plan's figures; save_plan does those).
  virtual Result<void> save_settings(Id region_id, const domain::SpeeddatingSettings& settings, UnixTime now) = 0;

  virtual Result<Id> add_youth(Id region_id, const domain::SpeeddatingYouth& youth, UnixTime now) = 0;
  virtual Result<bool> update_youth(Id region_id, const domain::SpeeddatingYouth& youth, UnixTime now) = 0;
  virtual Result<bool> remove_youth(Id region_id, Id event_id, Id youth_id) = 0;
  virtual Result<std::vector<domain::SpeeddatingYouth>> youths(Id region_id, Id event_id) = 0;  // by name, id

  virtual Result<Id> add_company(Id region_id, const domain::SpeeddatingCompany& company, UnixTime now) = 0;
  virtual Result<bool> update_company(Id region_id, const domain::SpeeddatingCompany& company, UnixTime now) = 0;
  virtual Result<bool> remove_company(Id region_id, Id event_id, Id company_id) = 0;
  virtual Result<std::vector<domain::SpeeddatingCompany>> companies(Id region_id, Id event_id) = 0;

  // Adding an existing preference changes nothing.
  virtual Result<void> add_preference(Id region_id, Id event_id, const domain::SpeeddatingPreference& p) = 0;
  virtual Result<bool> remove_preference(Id region_id, Id event_id, const domain::SpeeddatingPreference& p) = 0;
  virtual Result<std::vector<domain::SpeeddatingPreference>> preferences(Id region_id, Id event_id) = 0;

  // Replaces the saved plan (talks and figures) of the event; settings must exist.
  virtual Result<void> save_plan(Id region_id, Id event_id, const domain::SpeeddatingPlan& plan, UnixTime now) = 0;
  // Absent when no plan was computed yet.
  virtual Result<std::optional<domain::SpeeddatingPlan>> plan(Id region_id, Id event_id) = 0;
};

}  // namespace bb::storage
