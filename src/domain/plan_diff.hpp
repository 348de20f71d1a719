#pragma once
// The difference between two versions of a plan (issue 6, Fortschreibung): which items were
// added, which removed, and for each item in both, which fields changed, with the values
// before and after as a reader sees them (names instead of ids, from each document's own name
// lists, so an old version is described as it was adopted). A pure function: the web layer
// turns each change into a German (or English) sentence with the catalog.

#include "domain/plan.hpp"

#include <string>
#include <vector>

namespace bb::domain {

struct PlanChange {
  enum class Kind { added, removed, changed };
  Kind kind = Kind::changed;
  std::string item_type;  // plan, field, goal, indicator, measure
  Id item_id = 0;
  std::string item_title;  // in the newer document (the older one for removed items)
  std::string field;       // changed only: the field's key, e.g. "status"
  std::string before;      // display values; for enum fields the value's key (see value_is_key)
  std::string after;
  bool value_is_key = false;  // before/after are keys of a closed value set (status, anchoring)
};

// Items are matched by id (ids stay the same across revisions); the result lists the plan's own
// fields first, then fields of action, goals, indicators and measures, each in the newer
// document's order followed by removed ones.
std::vector<PlanChange> diff(const PlanDocument& older, const PlanDocument& newer);

// A readable number: integers without decimals, otherwise up to two decimals with a decimal
// comma ("12", "12,5").
std::string format_number(double value);

}  // namespace bb::domain
