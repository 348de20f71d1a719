#pragma once
// An independent check of a plan's hard rules, written apart from the engine's own conflict
// checker so that a bug shared by both cannot hide.

#include "matching/model.hpp"

#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace bb::matching::testing {

inline Window window_of(const std::optional<Window>& w, int slots) { return w ? *w : Window{0, slots - 1}; }

// Returns the first broken rule, or an empty string.
inline std::string broken_rule(const Instance& inst, const Plan& plan) {
  std::set<std::pair<int, int>> youth_slot, pairs;
  std::set<std::tuple<int, int, int>> table_slot;
  std::set<std::pair<int, int>> allowed;
  for (const Pair& p : inst.pairs) allowed.insert({p.youth, p.company});
  std::vector<int> talks(inst.youths.size(), 0);
  std::int64_t score = 0;
  for (const Talk& t : plan.talks) {
    const Youth& y = inst.youths.at(static_cast<std::size_t>(t.youth));
    const Company& c = inst.companies.at(static_cast<std::size_t>(t.company));
    const std::string where = " (youth " + y.id + ", company " + c.id + ", slot " + std::to_string(t.slot) + ")";
    if (!allowed.contains({t.youth, t.company})) return "pair not allowed" + where;
    if (!pairs.insert({t.youth, t.company}).second) return "pair twice" + where;
    if (!youth_slot.insert({t.youth, t.slot}).second) return "youth twice in a slot" + where;
    if (t.table < 0 || t.table >= c.tables) return "table out of range" + where;
    if (!table_slot.insert({t.company, t.table, t.slot}).second) return "table twice in a slot" + where;
    if (t.slot < 0 || t.slot >= inst.slots) return "slot out of range" + where;
    if (!window_of(y.present, inst.slots).contains(t.slot)) return "outside youth window" + where;
    if (!window_of(c.present, inst.slots).contains(t.slot)) return "outside company window" + where;
    if (++talks[static_cast<std::size_t>(t.youth)] > y.max_talks) return "over max_talks" + where;
    for (const Pair& p : inst.pairs) {
      if (p.youth == t.youth && p.company == t.company) score += p.score;
    }
  }
  if (score != plan.objective) return "objective " + std::to_string(plan.objective) + " != score of talks " + std::to_string(score);
  if (plan.bound < plan.objective) return "bound below objective";
  return {};
}

inline std::int64_t guaranteed_units(const Instance& inst, const Plan& plan) {
  std::vector<int> talks(inst.youths.size(), 0);
  for (const Talk& t : plan.talks) ++talks[static_cast<std::size_t>(t.youth)];
  std::int64_t units = 0;
  for (std::size_t y = 0; y < talks.size(); ++y) units += std::min(talks[y], inst.youths[y].guaranteed_min);
  return units;
}

}  // namespace bb::matching::testing
