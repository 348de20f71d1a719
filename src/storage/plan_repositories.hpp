#pragma once
// Repository interface of the action plan (issue 6). As in register_repositories.hpp every
// method takes the region id and never reads, changes or deletes a row of another region.
// Adopted versions can only be added and read: there is no method that changes or removes one.

#include "core/result.hpp"
#include "domain/plan.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace bb::storage {

using domain::Id;
using domain::UnixTime;

class PlanRepository {
 public:
  virtual ~PlanRepository() = default;

  // ----- the plan -----
  virtual Result<Id> create(Id region_id, const domain::Plan& plan, UnixTime now) = 0;
  // Title, period, preamble and status. False if there is no such plan in that region.
  virtual Result<bool> update(Id region_id, const domain::Plan& plan, UnixTime now) = 0;
  virtual Result<std::optional<domain::Plan>> find(Id region_id, Id plan_id) = 0;
  // Newest period first.
  virtual Result<std::vector<domain::Plan>> list(Id region_id) = 0;
  // The whole living plan with the names of the organisations, municipalities and networks
  // its measures point to.
  virtual Result<std::optional<domain::PlanDocument>> document(Id region_id, Id plan_id) = 0;

  // ----- items (the item's plan_id / parent id is part of the record) -----
  virtual Result<Id> create_field(Id region_id, Id plan_id, const domain::PlanField& field) = 0;
  virtual Result<bool> update_field(Id region_id, Id plan_id, const domain::PlanField& field) = 0;
  virtual Result<bool> remove_field(Id region_id, Id plan_id, Id field_id) = 0;
  virtual Result<Id> create_goal(Id region_id, Id plan_id, const domain::PlanGoal& goal) = 0;
  virtual Result<bool> update_goal(Id region_id, Id plan_id, const domain::PlanGoal& goal) = 0;
  virtual Result<bool> remove_goal(Id region_id, Id plan_id, Id goal_id) = 0;
  virtual Result<Id> create_indicator(Id region_id, Id plan_id, const domain::PlanIndicator& indicator) = 0;
  virtual Result<bool> update_indicator(Id region_id, Id plan_id, const domain::PlanIndicator& indicator) = 0;
  virtual Result<bool> remove_indicator(Id region_id, Id plan_id, Id indicator_id) = 0;
  virtual Result<Id> create_measure(Id region_id, Id plan_id, const domain::PlanMeasure& measure) = 0;
  virtual Result<bool> update_measure(Id region_id, Id plan_id, const domain::PlanMeasure& measure) = 0;
  virtual Result<bool> remove_measure(Id region_id, Id plan_id, Id measure_id) = 0;

  // ----- adopted versions (insert-only) -----
  // Stores the version with its agreements; its number must be the next one of the plan.
  virtual Result<Id> add_version(Id region_id, const domain::PlanVersion& version, UnixTime now) = 0;
  // All versions of a plan, oldest first, without their snapshots (snapshot_json empty).
  virtual Result<std::vector<domain::PlanVersion>> versions(Id region_id, Id plan_id) = 0;
  virtual Result<std::optional<domain::PlanVersion>> version(Id region_id, Id plan_id, int number) = 0;

  // ----- working with the partners -----
  virtual Result<Id> add_comment(Id region_id, const domain::PlanComment& comment) = 0;
  // Oldest first.
  virtual Result<std::vector<domain::PlanComment>> comments(Id region_id, Id plan_id) = 0;
  virtual Result<Id> add_proposal(Id region_id, const domain::PlanProposal& proposal) = 0;
  virtual Result<std::optional<domain::PlanProposal>> find_proposal(Id region_id, Id plan_id, Id proposal_id) = 0;
  // Newest first.
  virtual Result<std::vector<domain::PlanProposal>> proposals(Id region_id, Id plan_id) = 0;
  // Records the decision on an open proposal; false if it is not open (any more).
  virtual Result<bool> decide_proposal(Id region_id, Id proposal_id, domain::ProposalState state, Id decided_by,
                                       std::string_view note, UnixTime now) = 0;

  // ----- progress -----
  // One value per indicator and period: a second value for the same period replaces the first.
  virtual Result<void> put_indicator_value(Id region_id, const domain::IndicatorValue& value, UnixTime now) = 0;
  // Of every indicator of the plan, by indicator then period.
  virtual Result<std::vector<domain::IndicatorValue>> indicator_values(Id region_id, Id plan_id) = 0;
  virtual Result<void> add_status_change(Id region_id, Id measure_id, domain::MeasureStatus status,
                                         std::optional<Id> user_id, UnixTime at) = 0;
  // Of every measure of the plan, oldest first.
  virtual Result<std::vector<domain::MeasureStatusChange>> status_history(Id region_id, Id plan_id) = 0;
};

}  // namespace bb::storage
