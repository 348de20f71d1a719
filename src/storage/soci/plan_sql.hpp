#pragma once
// SOCI implementation of the action plan's repository (storage/plan_repositories.hpp).

#include "storage/plan_repositories.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

class SociPlanRepository final : public PlanRepository {
 public:
  explicit SociPlanRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Plan& plan, UnixTime now) override;
  Result<bool> update(Id region_id, const domain::Plan& plan, UnixTime now) override;
  Result<std::optional<domain::Plan>> find(Id region_id, Id plan_id) override;
  Result<std::vector<domain::Plan>> list(Id region_id) override;
  Result<std::optional<domain::PlanDocument>> document(Id region_id, Id plan_id) override;

  Result<Id> create_field(Id region_id, Id plan_id, const domain::PlanField& field) override;
  Result<bool> update_field(Id region_id, Id plan_id, const domain::PlanField& field) override;
  Result<bool> remove_field(Id region_id, Id plan_id, Id field_id) override;
  Result<Id> create_goal(Id region_id, Id plan_id, const domain::PlanGoal& goal) override;
  Result<bool> update_goal(Id region_id, Id plan_id, const domain::PlanGoal& goal) override;
  Result<bool> remove_goal(Id region_id, Id plan_id, Id goal_id) override;
  Result<Id> create_indicator(Id region_id, Id plan_id, const domain::PlanIndicator& indicator) override;
  Result<bool> update_indicator(Id region_id, Id plan_id, const domain::PlanIndicator& indicator) override;
  Result<bool> remove_indicator(Id region_id, Id plan_id, Id indicator_id) override;
  Result<Id> create_measure(Id region_id, Id plan_id, const domain::PlanMeasure& measure) override;
  Result<bool> update_measure(Id region_id, Id plan_id, const domain::PlanMeasure& measure) override;
  Result<bool> remove_measure(Id region_id, Id plan_id, Id measure_id) override;

  Result<Id> add_version(Id region_id, const domain::PlanVersion& version, UnixTime now) override;
  Result<std::vector<domain::PlanVersion>> versions(Id region_id, Id plan_id) override;
  Result<std::optional<domain::PlanVersion>> version(Id region_id, Id plan_id, int number) override;

  Result<Id> add_comment(Id region_id, const domain::PlanComment& comment) override;
  Result<std::vector<domain::PlanComment>> comments(Id region_id, Id plan_id) override;
  Result<Id> add_proposal(Id region_id, const domain::PlanProposal& proposal) override;
  Result<std::optional<domain::PlanProposal>> find_proposal(Id region_id, Id plan_id, Id proposal_id) override;
  Result<std::vector<domain::PlanProposal>> proposals(Id region_id, Id plan_id) override;
  Result<bool> decide_proposal(Id region_id, Id proposal_id, domain::ProposalState state, Id decided_by,
                               std::string_view note, UnixTime now) override;

  Result<void> put_indicator_value(Id region_id, const domain::IndicatorValue& value, UnixTime now) override;
  Result<std::vector<domain::IndicatorValue>> indicator_values(Id region_id, Id plan_id) override;
  Result<void> add_status_change(Id region_id, Id measure_id, domain::MeasureStatus status, std::optional<Id> user_id,
                                 UnixTime at) override;
  Result<std::vector<domain::MeasureStatusChange>> status_history(Id region_id, Id plan_id) override;

 private:
  void write_links(Id region_id, const domain::PlanMeasure& measure);
  soci::session& sql_;
};

}  // namespace bb::storage::soci_impl
