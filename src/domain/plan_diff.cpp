#include "domain/plan_diff.hpp"

#include <cmath>
#include <cstdio>
#include <utility>

namespace bb::domain {

namespace {

struct Value {
  const char* field;
  std::string text;
  bool is_key = false;
};
using Values = std::vector<Value>;

std::string name_in(const std::map<Id, std::string>& names, std::optional<Id> id) {
  if (!id) return {};
  auto it = names.find(*id);
  return it != names.end() ? it->second : "#" + std::to_string(*id);
}

std::string names_in(const std::map<Id, std::string>& names, const std::vector<Id>& ids) {
  std::string out;
  for (Id id : ids) out += (out.empty() ? "" : ", ") + name_in(names, id);
  return out;
}

Values values_of(const PlanDocument&, const Plan& p) {
  return {{"title", p.title}, {"period_start", p.period_start}, {"period_end", p.period_end}, {"preamble", p.preamble}};
}
Values values_of(const PlanDocument&, const PlanField& f) {
  return {{"title", f.title}, {"description", f.description}};
}
Values values_of(const PlanDocument& d, const PlanGoal& g) {
  const auto* field = d.field(g.field_id);
  return {{"title", g.title}, {"description", g.description}, {"field", field ? field->title : std::string()}};
}
Values values_of(const PlanDocument& d, const PlanIndicator& i) {
  const auto* goal = d.goal(i.goal_id);
  return {{"name", i.name},
          {"unit", i.unit},
          {"baseline", format_number(i.baseline)},
          {"target_value", format_number(i.target_value)},
          {"target_date", i.target_date},
          {"goal", goal ? goal->title : std::string()}};
}
Values values_of(const PlanDocument& d, const PlanMeasure& m) {
  const auto* goal = d.goal(m.goal_id);
  std::vector<Id> networks;
  for (const auto& l : m.links)
    if (l.kind == kLinkNetwork) networks.push_back(l.target_id);
  return {{"title", m.title},
          {"description", m.description},
          {"goal", goal ? goal->title : std::string()},
          {"lead_organisation", name_in(d.organisation_names, m.lead_organisation_id)},
          {"partner_organisations", names_in(d.organisation_names, m.partner_organisation_ids)},
          {"target_groups", m.target_groups},
          {"municipalities", names_in(d.municipality_names, m.municipality_ids)},
          {"start_on", m.start_on},
          {"end_on", m.end_on},
          {"status", std::string(to_string(m.status)), true},
          {"resources", m.resources},
          {"risks", m.risks},
          {"networks", names_in(d.network_names, networks)},
          {"anchoring_organisation", name_in(d.organisation_names, m.anchoring_organisation_id)},
          {"anchoring_state", std::string(to_string(m.anchoring_state)), true},
          {"anchoring_note", m.anchoring_note}};
}

std::string title_of(const PlanField& f) { return f.title; }
std::string title_of(const PlanGoal& g) { return g.title; }
std::string title_of(const PlanIndicator& i) { return i.name; }
std::string title_of(const PlanMeasure& m) { return m.title; }

void compare(std::vector<PlanChange>& out, const char* type, Id id, const std::string& title, const Values& before,
             const Values& after) {
  for (std::size_t k = 0; k < before.size() && k < after.size(); ++k) {
    if (before[k].text == after[k].text) continue;
    out.push_back(PlanChange{PlanChange::Kind::changed, type, id, title, before[k].field, before[k].text,
                             after[k].text, before[k].is_key});
  }
}

template <typename Item>
void compare_lists(std::vector<PlanChange>& out, const char* type, const PlanDocument& older,
                   const std::vector<Item>& old_items, const PlanDocument& newer, const std::vector<Item>& new_items) {
  // Index the older items by id: a plan with 500 measures must not cost 500 × 500 look-ups.
  std::map<Id, const Item*> old_by_id;
  for (const auto& item : old_items) old_by_id[item.id] = &item;
  std::map<Id, bool> seen;
  for (const auto& item : new_items) {
    auto it = old_by_id.find(item.id);
    if (it == old_by_id.end()) {
      out.push_back(PlanChange{PlanChange::Kind::added, type, item.id, title_of(item), {}, {}, {}, false});
      continue;
    }
    seen[item.id] = true;
    compare(out, type, item.id, title_of(item), values_of(older, *it->second), values_of(newer, item));
  }
  for (const auto& item : old_items)
    if (!seen.contains(item.id))
      out.push_back(PlanChange{PlanChange::Kind::removed, type, item.id, title_of(item), {}, {}, {}, false});
}

}  // namespace

std::vector<PlanChange> diff(const PlanDocument& older, const PlanDocument& newer) {
  std::vector<PlanChange> out;
  compare(out, "plan", newer.plan.id, newer.plan.title, values_of(older, older.plan), values_of(newer, newer.plan));
  compare_lists(out, "field", older, older.fields, newer, newer.fields);
  compare_lists(out, "goal", older, older.goals, newer, newer.goals);
  compare_lists(out, "indicator", older, older.indicators, newer, newer.indicators);
  compare_lists(out, "measure", older, older.measures, newer, newer.measures);
  return out;
}

std::string format_number(double value) {
  if (!std::isfinite(value)) return {};
  if (std::fabs(value - std::round(value)) < 1e-9) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
    return buffer;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string s = buffer;
  while (!s.empty() && s.back() == '0') s.pop_back();
  for (auto& c : s)
    if (c == '.') c = ',';
  return s;
}

}  // namespace bb::domain
