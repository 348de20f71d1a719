#include "domain/plan.hpp"
#include "domain/enum_names.hpp"

#include "domain/validation.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace bb::domain {

namespace {


constexpr std::array<std::pair<PlanStatus, std::string_view>, 4> kPlanStatuses{
    {{PlanStatus::draft, "draft"},
     {PlanStatus::consultation, "consultation"},
     {PlanStatus::adopted, "adopted"},
     {PlanStatus::superseded, "superseded"}}};
constexpr std::array<std::pair<MeasureStatus, std::string_view>, 4> kMeasureStatuses{
    {{MeasureStatus::planned, "planned"},
     {MeasureStatus::running, "running"},
     {MeasureStatus::done, "done"},
     {MeasureStatus::stopped, "stopped"}}};
constexpr std::array<std::pair<AnchoringState, std::string_view>, 4> kAnchoring{
    {{AnchoringState::open, "open"},
     {AnchoringState::talks, "talks"},
     {AnchoringState::agreed, "agreed"},
     {AnchoringState::regular, "regular"}}};

void check_text(FieldErrors& errors, const char* field, std::string_view value, std::size_t max, bool required) {
  const std::string v = trim(value);
  if (required && v.empty()) {
    errors[field] = "validation.required";
  } else if (v.size() > max) {
    errors[field] = "validation.too_long";
  }
}

void check_date(FieldErrors& errors, const char* field, const std::string& value, bool required) {
  if (value.empty()) {
    if (required) errors[field] = "validation.required";
  } else if (!is_iso_date(value)) {
    errors[field] = "validation.date";
  }
}

void check_period(FieldErrors& errors, const char* from_field, const std::string& from, const char* to_field,
                  const std::string& to, bool required) {
  check_date(errors, from_field, from, required);
  check_date(errors, to_field, to, required);
  if (!errors.contains(from_field) && !errors.contains(to_field) && !from.empty() && !to.empty() && to < from)
    errors[to_field] = "validation.date_order";
}

constexpr std::size_t kTitle = 300;
constexpr std::size_t kText = 20000;

}  // namespace

std::string_view to_string(PlanStatus status) { return name_of(kPlanStatuses, status); }
std::optional<PlanStatus> parse_plan_status(std::string_view text) { return parse_in(kPlanStatuses, text); }
std::string_view to_string(MeasureStatus status) { return name_of(kMeasureStatuses, status); }
std::optional<MeasureStatus> parse_measure_status(std::string_view text) { return parse_in(kMeasureStatuses, text); }
std::string_view to_string(AnchoringState state) { return name_of(kAnchoring, state); }
std::optional<AnchoringState> parse_anchoring_state(std::string_view text) { return parse_in(kAnchoring, text); }

bool PlanMeasure::involves(Id organisation_id) const {
  if (lead_organisation_id && *lead_organisation_id == organisation_id) return true;
  return std::find(partner_organisation_ids.begin(), partner_organisation_ids.end(), organisation_id) !=
         partner_organisation_ids.end();
}

namespace {
template <typename T>
const T* by_id(const std::vector<T>& items, Id id) {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}
}  // namespace

const PlanField* PlanDocument::field(Id id) const { return by_id(fields, id); }
const PlanGoal* PlanDocument::goal(Id id) const { return by_id(goals, id); }
const PlanMeasure* PlanDocument::measure(Id id) const { return by_id(measures, id); }
const PlanIndicator* PlanDocument::indicator(Id id) const { return by_id(indicators, id); }

FieldErrors validate(const Plan& p) {
  FieldErrors e;
  check_text(e, "title", p.title, kTitle, true);
  check_period(e, "period_start", p.period_start, "period_end", p.period_end, true);
  check_text(e, "preamble", p.preamble, 100000, false);
  return e;
}

FieldErrors validate(const PlanField& f) {
  FieldErrors e;
  check_text(e, "title", f.title, kTitle, true);
  check_text(e, "description", f.description, kText, false);
  return e;
}

FieldErrors validate(const PlanGoal& g) {
  FieldErrors e;
  if (g.field_id <= 0) e["field_id"] = "validation.required";
  check_text(e, "title", g.title, kTitle, true);
  check_text(e, "description", g.description, kText, false);
  return e;
}

FieldErrors validate(const PlanIndicator& i) {
  FieldErrors e;
  check_text(e, "name", i.name, kTitle, true);
  check_text(e, "unit", i.unit, 60, true);
  if (!std::isfinite(i.baseline)) e["baseline"] = "validation.number";
  if (!std::isfinite(i.target_value)) e["target_value"] = "validation.number";
  check_date(e, "target_date", i.target_date, true);
  return e;
}

FieldErrors validate(const PlanMeasure& m) {
  FieldErrors e;
  if (m.goal_id <= 0) e["goal_id"] = "validation.required";
  check_text(e, "title", m.title, kTitle, true);
  check_text(e, "description", m.description, kText, false);
  check_text(e, "target_groups", m.target_groups, 2000, false);
  check_period(e, "start_on", m.start_on, "end_on", m.end_on, false);
  check_text(e, "resources", m.resources, kText, false);
  check_text(e, "risks", m.risks, kText, false);
  check_text(e, "anchoring_note", m.anchoring_note, kText, false);
  if (m.lead_organisation_id &&
      std::find(m.partner_organisation_ids.begin(), m.partner_organisation_ids.end(), *m.lead_organisation_id) !=
          m.partner_organisation_ids.end())
    e["partner_organisation_ids"] = "plans.validation.lead_is_partner";
  // An agreed anchoring needs the partner who carries the measure on.
  if ((m.anchoring_state == AnchoringState::agreed || m.anchoring_state == AnchoringState::regular) &&
      !m.anchoring_organisation_id)
    e["anchoring_organisation_id"] = "plans.validation.anchoring_partner";
  return e;
}

FieldErrors validate(const PlanVersion& v) {
  FieldErrors e;
  check_date(e, "adopted_on", v.adopted_on, true);
  check_text(e, "occasion", v.occasion, kTitle, true);
  for (const auto& a : v.agreements) {
    if (trim(a.person).empty()) e["agreements"] = "plans.validation.agreement_person";
    else if (!is_iso_date(a.agreed_on)) e["agreements"] = "plans.validation.agreement_date";
  }
  return e;
}

FieldErrors validate(const PlanComment& c) {
  FieldErrors e;
  if (!is_plan_item_type(c.item_type) || c.item_id <= 0) e["item"] = "validation.form";
  check_text(e, "body", c.body, 5000, true);
  return e;
}

FieldErrors validate(const IndicatorValue& v) {
  FieldErrors e;
  check_date(e, "period", v.period, true);
  if (!std::isfinite(v.value)) e["value"] = "validation.number";
  check_text(e, "note", v.note, 2000, false);
  return e;
}

bool is_plan_item_type(std::string_view type) {
  return type == "plan" || type == "field" || type == "goal" || type == "indicator" || type == "measure";
}

constexpr std::array<std::pair<ProposalState, std::string_view>, 3> kProposalStates{
    {{ProposalState::open, "open"}, {ProposalState::accepted, "accepted"}, {ProposalState::rejected, "rejected"}}};
std::string_view to_string(ProposalState state) { return name_of(kProposalStates, state); }
std::optional<ProposalState> parse_proposal_state(std::string_view text) { return parse_in(kProposalStates, text); }

bool is_editable(PlanStatus status) {
  return status == PlanStatus::draft || status == PlanStatus::consultation;
}

}  // namespace bb::domain
