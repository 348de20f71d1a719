#include "matching/planner.hpp"
#include "matching/validate.hpp"

#include <algorithm>
#include <limits>
#include <unordered_set>

namespace bb::matching {

// first choice: a youth "got their first choice" if one of the talks is with a company whose
// score is the youth's highest (ties count). Table utilisation counts the table-slots a company
// has open within the slots the plan uses.
Fairness compute_fairness(const Instance& inst, const std::vector<Talk>& talks) {
  Fairness f;
  const std::size_t num_youths = inst.youths.size();
  const auto num_companies = static_cast<std::int64_t>(inst.companies.size());
  std::vector<int> per_youth(num_youths, 0);
  std::unordered_set<std::int64_t> held;
  int slots_used = 0;
  for (const Talk& t : talks) {
    if (t.youth < 0 || static_cast<std::size_t>(t.youth) >= num_youths) continue;
    ++per_youth[static_cast<std::size_t>(t.youth)];
    held.insert(t.youth * num_companies + t.company);
    slots_used = std::max(slots_used, t.slot + 1);
  }
  if (num_youths > 0) {
    f.min_talks = *std::min_element(per_youth.begin(), per_youth.end());
    f.mean_talks = static_cast<double>(talks.size()) / static_cast<double>(num_youths);
  }
  int guaranteed = 0, guaranteed_met = 0;
  for (std::size_t y = 0; y < num_youths; ++y) {
    if (inst.youths[y].guaranteed_min <= 0) continue;
    ++guaranteed;
    if (per_youth[y] >= inst.youths[y].guaranteed_min) ++guaranteed_met;
  }
  f.share_guaranteed_met = guaranteed == 0 ? 1.0 : static_cast<double>(guaranteed_met) / guaranteed;

  constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();
  std::vector<std::int64_t> best(num_youths, kNone);
  for (const Pair& p : inst.pairs) {
    auto& b = best[static_cast<std::size_t>(p.youth)];
    b = std::max(b, p.score);
  }
  std::vector<char> first_met(num_youths, 0);
  for (const Pair& p : inst.pairs) {
    if (p.score == best[static_cast<std::size_t>(p.youth)] && held.contains(p.youth * num_companies + p.company)) {
      first_met[static_cast<std::size_t>(p.youth)] = 1;
    }
  }
  int with_pairs = 0, met = 0;
  for (std::size_t y = 0; y < num_youths; ++y) {
    if (best[y] == kNone) continue;
    ++with_pairs;
    met += first_met[y];
  }
  f.share_first_choice_met = with_pairs == 0 ? 0.0 : static_cast<double>(met) / with_pairs;

  std::int64_t table_slots = 0;
  for (const Company& c : inst.companies) {
    const Window w = window_or_all(c.present, inst.slots);
    const int open = std::max(0, std::min(w.last, slots_used - 1) - w.first + 1);
    table_slots += std::int64_t{c.tables} * open;
  }
  f.table_utilisation = table_slots == 0 ? 0.0 : static_cast<double>(talks.size()) / static_cast<double>(table_slots);
  return f;
}

}  // namespace bb::matching
