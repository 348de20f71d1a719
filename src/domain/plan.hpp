#pragma once
// The regional action plan of issue 6 (Handlungsplan): a plan of a region with its fields of
// action, their goals (each with indicators) and the goals' measures. Plain records plus the
// closed value sets they use, and their validation. Calendar dates are ISO "YYYY-MM-DD" as in
// the register (empty = open).
//
// A PlanDocument is the whole plan at one moment: what an adopted version freezes (as canonical
// JSON, plan_snapshot.hpp) and what the diff compares (plan_diff.hpp). Items keep their ids
// across revisions, so two versions are compared item by item.

#include "domain/entities.hpp"
#include "domain/register.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::domain {

enum class PlanStatus { draft, consultation, adopted, superseded };
std::string_view to_string(PlanStatus status);
std::optional<PlanStatus> parse_plan_status(std::string_view text);

enum class MeasureStatus { planned, running, done, stopped };
std::string_view to_string(MeasureStatus status);
std::optional<MeasureStatus> parse_measure_status(std::string_view text);

// How far it is settled who carries a measure on after the service centre's funding ends.
enum class AnchoringState { open, talks, agreed, regular };
std::string_view to_string(AnchoringState state);
std::optional<AnchoringState> parse_anchoring_state(std::string_view text);

struct Plan {
  Id id = 0;
  Id region_id = 0;
  std::string title;
  std::string period_start;
  std::string period_end;
  std::string preamble;
  PlanStatus status = PlanStatus::draft;
  int version_count = 0;  // adopted versions so far
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
};

struct PlanField {  // Handlungsfeld
  Id id = 0;
  Id plan_id = 0;
  int position = 0;
  std::string title;
  std::string description;
};

struct PlanGoal {  // Ziel
  Id id = 0;
  Id field_id = 0;
  int position = 0;
  std::string title;
  std::string description;
};

struct PlanIndicator {
  Id id = 0;
  Id goal_id = 0;
  std::string name;
  std::string unit;
  double baseline = 0;
  double target_value = 0;
  std::string target_date;
};

// Links of a measure to other modules' records, kept generic (kind + id) so that offers, needs
// and events can be linked when those modules land; today only networks exist.
inline constexpr std::string_view kLinkNetwork = "network";

struct MeasureLink {
  std::string kind;
  Id target_id = 0;
  bool operator==(const MeasureLink&) const = default;
};

struct PlanMeasure {  // Maßnahme
  Id id = 0;
  Id goal_id = 0;
  int position = 0;
  std::string title;
  std::string description;
  std::optional<Id> lead_organisation_id;
  std::vector<Id> partner_organisation_ids;
  std::string target_groups;
  std::vector<Id> municipality_ids;
  std::string start_on;
  std::string end_on;
  MeasureStatus status = MeasureStatus::planned;
  std::string resources;
  std::string risks;
  std::vector<MeasureLink> links;
  // Verortung: who carries it on after funding ends, and how far that is settled.
  std::optional<Id> anchoring_organisation_id;
  AnchoringState anchoring_state = AnchoringState::open;
  std::string anchoring_note;

  bool involves(Id organisation_id) const;  // as lead or partner
};

struct PlanDocument {
  Plan plan;
  std::vector<PlanField> fields;  // each list ordered by position (indicators by id)
  std::vector<PlanGoal> goals;
  std::vector<PlanIndicator> indicators;
  std::vector<PlanMeasure> measures;
  // Names of the organisations, municipalities and networks the items point to, so that a
  // snapshot reads exactly as adopted even after the register changes.
  std::map<Id, std::string> organisation_names;
  std::map<Id, std::string> municipality_names;
  std::map<Id, std::string> network_names;

  const PlanField* field(Id id) const;
  const PlanGoal* goal(Id id) const;
  const PlanMeasure* measure(Id id) const;
  const PlanIndicator* indicator(Id id) const;
};

// One organisation's agreement to an adopted version.
struct PlanAgreement {
  Id organisation_id = 0;
  std::string organisation_name;
  std::string person;
  std::string agreed_on;
};

struct PlanVersion {
  Id id = 0;
  Id plan_id = 0;
  int number = 0;  // 1, 2, ... per plan
  std::string adopted_on;
  std::string occasion;
  std::vector<PlanAgreement> agreements;
  std::string snapshot_json;  // canonical JSON of the PlanDocument as adopted
  UnixTime created_at = 0;
};

// A remark of a staff or partner user on any item of a plan.
struct PlanComment {
  Id id = 0;
  Id plan_id = 0;
  std::string item_type;  // plan, field, goal, indicator, measure
  Id item_id = 0;
  std::optional<Id> user_id;
  std::string user_name;  // filled when read
  std::string body;
  UnixTime created_at = 0;
};
bool is_plan_item_type(std::string_view type);

enum class ProposalState { open, accepted, rejected };
std::string_view to_string(ProposalState state);
std::optional<ProposalState> parse_proposal_state(std::string_view text);

// A partner's proposed change to a measure of their organisation: the measure as proposed
// (its goal, position and id stay), and the staff decision kept with it.
struct PlanProposal {
  Id id = 0;
  Id plan_id = 0;
  Id measure_id = 0;
  std::optional<Id> organisation_id;
  std::optional<Id> user_id;
  std::string user_name;  // filled when read
  PlanMeasure proposed;
  std::string reason;
  ProposalState state = ProposalState::open;
  std::optional<Id> decided_by;
  std::string decided_by_name;  // filled when read
  UnixTime decided_at = 0;
  std::string decision_note;
  UnixTime created_at = 0;
};

// An indicator's actual value for a period (the period's last day, "YYYY-MM-DD").
struct IndicatorValue {
  Id id = 0;
  Id indicator_id = 0;
  std::string period;
  double value = 0;
  std::string note;
  UnixTime recorded_at = 0;
};

struct MeasureStatusChange {
  Id measure_id = 0;
  MeasureStatus status = MeasureStatus::planned;
  UnixTime changed_at = 0;
  std::string user_name;
};

// ----- validation (field -> catalog key; empty: valid) -----
FieldErrors validate(const Plan& p);
FieldErrors validate(const PlanField& f);
FieldErrors validate(const PlanGoal& g);
FieldErrors validate(const PlanIndicator& i);
FieldErrors validate(const PlanMeasure& m);
FieldErrors validate(const PlanVersion& v);  // date, occasion and the agreements
FieldErrors validate(const PlanComment& c);
FieldErrors validate(const IndicatorValue& v);

// Whether the plan's items may be changed: only a draft or a plan in consultation. An adopted
// plan is frozen until a revision starts a new draft.
bool is_editable(PlanStatus status);

}  // namespace bb::domain
