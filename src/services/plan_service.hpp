#pragma once
// The regional action plan (issue 6, Handlungsplan). Every write validates all fields into one
// Error, checks that what it points to lies in the caller's region, and runs as one
// transaction with its audit entry (as the RegisterService does).
//
// Who may do what (reads are open to every regional role):
//  - admin and staff: create and edit plans and their items while the plan is a draft or in
//    consultation; adopt (freeze a version); start a revision; decide on proposals; record
//    indicator actuals and measure status (those change the living plan, never a version);
//  - partner: comment on any item; propose changes to measures their organisation leads or
//    supports (users.organisation_id); never edit a measure directly;
//  - counsellor and national: read only (national users have no region and no plans).
// Adopted versions are immutable: the repository can only add and read them, and no method
// here changes one.

#include "core/result.hpp"
#include "domain/plan.hpp"
#include "domain/plan_diff.hpp"
#include "services/register_service.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bb::services {

using PlanCaller = RegisterCaller;

// One measure an organisation leads, supports or will carry on, with what is due.
struct OrganisationMeasure {
  domain::Plan plan;
  domain::PlanMeasure measure;
  std::string goal_title;
  std::string role;  // lead, partner, anchoring
};

// The plan dashboard: progress per field, measures overdue / at risk / without an agreed
// anchoring, and the number of measures per partner organisation.
struct FieldProgress {
  domain::PlanField field;
  int measures = 0;
  int done = 0;
  int running = 0;
  double indicator_progress = -1;  // mean share of the way from baseline to target (0..1); -1: no actuals
};
struct PartnerLoad {
  domain::Id organisation_id = 0;
  std::string name;
  int leads = 0;
  int supports = 0;
};
struct PlanDashboard {
  std::vector<FieldProgress> fields;
  std::vector<domain::PlanMeasure> overdue;         // end date passed, not done or stopped
  std::vector<domain::PlanMeasure> at_risk;         // ends within 90 days and still only planned
  std::vector<domain::PlanMeasure> not_anchored;    // anchoring not agreed (open or talks)
  std::vector<PartnerLoad> workload;                // most measures first
};

class PlanService {
 public:
  explicit PlanService(storage::Database& db) : db_(db) {}

  // ----- the plan -----
  Result<domain::Id> create_plan(const PlanCaller& who, domain::Plan input, std::int64_t now);
  // Title, period, preamble; status only between draft and consultation.
  Result<void> update_plan(const PlanCaller& who, domain::Plan input, std::int64_t now);
  Result<std::vector<domain::Plan>> list_plans(domain::Id region_id);
  Result<std::optional<domain::Plan>> find_plan(domain::Id region_id, domain::Id plan_id);
  Result<std::optional<domain::PlanDocument>> document(domain::Id region_id, domain::Id plan_id);

  // ----- items (the plan must be editable: conflict "plans.error.frozen" otherwise) -----
  Result<domain::Id> create_field(const PlanCaller& who, domain::Id plan_id, domain::PlanField input, std::int64_t now);
  Result<void> update_field(const PlanCaller& who, domain::Id plan_id, domain::PlanField input, std::int64_t now);
  Result<void> delete_field(const PlanCaller& who, domain::Id plan_id, domain::Id field_id, std::int64_t now);
  Result<domain::Id> create_goal(const PlanCaller& who, domain::Id plan_id, domain::PlanGoal input, std::int64_t now);
  Result<void> update_goal(const PlanCaller& who, domain::Id plan_id, domain::PlanGoal input, std::int64_t now);
  Result<void> delete_goal(const PlanCaller& who, domain::Id plan_id, domain::Id goal_id, std::int64_t now);
  Result<domain::Id> create_indicator(const PlanCaller& who, domain::Id plan_id, domain::PlanIndicator input,
                                      std::int64_t now);
  Result<void> update_indicator(const PlanCaller& who, domain::Id plan_id, domain::PlanIndicator input,
                                std::int64_t now);
  Result<void> delete_indicator(const PlanCaller& who, domain::Id plan_id, domain::Id indicator_id, std::int64_t now);
  Result<domain::Id> create_measure(const PlanCaller& who, domain::Id plan_id, domain::PlanMeasure input,
                                    std::int64_t now);
  Result<void> update_measure(const PlanCaller& who, domain::Id plan_id, domain::PlanMeasure input, std::int64_t now);
  Result<void> delete_measure(const PlanCaller& who, domain::Id plan_id, domain::Id measure_id, std::int64_t now);
  // Progress tracking, also on an adopted plan (the living plan; versions stay as adopted).
  Result<void> set_measure_status(const PlanCaller& who, domain::Id plan_id, domain::Id measure_id,
                                  domain::MeasureStatus status, std::int64_t now);
  Result<void> record_indicator_value(const PlanCaller& who, domain::Id plan_id, domain::IndicatorValue input,
                                      std::int64_t now);

  // ----- versions -----
  // Freezes the plan as the next version (adopted_on, occasion, agreements by organisation id
  // with person and date) and marks it adopted. Returns the version number.
  Result<int> adopt(const PlanCaller& who, domain::Id plan_id, domain::PlanVersion input, std::int64_t now);
  // A new draft from the last adopted version (the living plan, frozen since then).
  Result<void> start_revision(const PlanCaller& who, domain::Id plan_id, std::int64_t now);
  Result<std::vector<domain::PlanVersion>> versions(domain::Id region_id, domain::Id plan_id);
  Result<std::optional<domain::PlanVersion>> version(domain::Id region_id, domain::Id plan_id, int number);
  // The plan as in that version (0: the living plan, as it is now).
  Result<domain::PlanDocument> document_at(domain::Id region_id, domain::Id plan_id, int number);
  Result<std::vector<domain::PlanChange>> diff(domain::Id region_id, domain::Id plan_id, int from, int to);

  // ----- partners -----
  Result<domain::Id> add_comment(const PlanCaller& who, domain::Id plan_id, domain::PlanComment input,
                                 std::int64_t now);
  Result<std::vector<domain::PlanComment>> comments(domain::Id region_id, domain::Id plan_id);
  // A partner proposes the measure as they would have it (goal and position stay).
  Result<domain::Id> propose(const PlanCaller& who, domain::Id plan_id, domain::PlanMeasure proposed,
                             std::string reason, std::int64_t now);
  // Staff: accept (the proposed fields are applied to the measure) or reject, with a note.
  Result<void> decide(const PlanCaller& who, domain::Id plan_id, domain::Id proposal_id, bool accept,
                      std::string note, std::int64_t now);
  Result<std::vector<domain::PlanProposal>> proposals(domain::Id region_id, domain::Id plan_id);
  // Whether the caller may propose changes to this measure (partner of an involved organisation).
  Result<bool> may_propose(const PlanCaller& who, const domain::PlanMeasure& measure);
  // What the organisation leads, supports or carries on, over all plans of the region, by end date.
  Result<std::vector<OrganisationMeasure>> organisation_measures(domain::Id region_id, domain::Id organisation_id);

  // ----- progress -----
  Result<std::vector<domain::IndicatorValue>> indicator_values(domain::Id region_id, domain::Id plan_id);
  Result<std::vector<domain::MeasureStatusChange>> status_history(domain::Id region_id, domain::Id plan_id);
  // `today`: "YYYY-MM-DD".
  Result<PlanDashboard> dashboard(domain::Id region_id, domain::Id plan_id, const std::string& today);

 private:
  storage::Database& db_;
};

}  // namespace bb::services
