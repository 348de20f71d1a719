#pragma once
// Writes the speed-dating problem as an LP file (CPLEX LP format) for the `cbc` command-line
// solver: the test oracle. Written independently of the engine: the full time-indexed model
// over every listed pair (no pre-filtering), guarantees as a separate first phase.
//
//   phase 1: maximise sum_y u_y            (guaranteed talk units)
//   phase 2: sum_y u_y >= G1, maximise sum score * x
// with x_p_s binary (pair p in slot s, only in slots where both are present),
//   sum_s x_p_s <= 1; per youth and slot <= 1; per company and slot <= tables;
//   per youth <= max_talks; u_y <= sum of the youth's x, 0 <= u_y <= guaranteed_min.

#include "matching/model.hpp"

#include <cstdint>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace bb::matching::oracle {

inline std::string lp_file(const Instance& inst, int phase, std::int64_t guaranteed_level) {
  auto window = [&](const std::optional<Window>& w) { return w ? *w : Window{0, inst.slots - 1}; };
  std::map<std::pair<int, int>, std::vector<std::string>> youth_slot, company_slot;
  std::map<int, std::vector<std::string>> youth_all;
  std::vector<std::vector<std::string>> pair_vars(inst.pairs.size());
  std::ostringstream objective;
  for (std::size_t i = 0; i < inst.pairs.size(); ++i) {
    const Pair& p = inst.pairs[i];
    const Window wy = window(inst.youths[static_cast<std::size_t>(p.youth)].present);
    const Window wc = window(inst.companies[static_cast<std::size_t>(p.company)].present);
    for (int s = 0; s < inst.slots; ++s) {
      if (!wy.contains(s) || !wc.contains(s)) continue;
      const std::string x = "x_" + std::to_string(i) + "_" + std::to_string(s);
      pair_vars[i].push_back(x);
      youth_slot[{p.youth, s}].push_back(x);
      company_slot[{p.company, s}].push_back(x);
      youth_all[p.youth].push_back(x);
      if (phase == 2) objective << (p.score >= 0 ? " + " : " - ") << (p.score >= 0 ? p.score : -p.score) << " " << x;
    }
  }
  std::vector<int> guaranteed;
  for (std::size_t y = 0; y < inst.youths.size(); ++y) {
    if (inst.youths[y].guaranteed_min > 0) guaranteed.push_back(static_cast<int>(y));
  }
  if (phase == 1) {
    for (const int y : guaranteed) objective << " + u_" << y;
  }
  std::ostringstream lp;
  lp << "Maximize\n obj: " << (objective.str().empty() ? "0 dummy" : objective.str()) << "\nSubject To\n";
  int row = 0;
  auto sum_row = [&](const std::vector<std::string>& vars, const std::string& rhs) {
    if (vars.empty()) return;
    lp << " r" << row++ << ":";
    for (const auto& v : vars) lp << " + " << v;
    lp << rhs << "\n";
  };
  for (const auto& vars : pair_vars) sum_row(vars, " <= 1");
  for (const auto& [key, vars] : youth_slot) sum_row(vars, " <= 1");
  for (const auto& [key, vars] : company_slot) {
    sum_row(vars, " <= " + std::to_string(inst.companies[static_cast<std::size_t>(key.first)].tables));
  }
  for (const auto& [y, vars] : youth_all) sum_row(vars, " <= " + std::to_string(inst.youths[static_cast<std::size_t>(y)].max_talks));
  for (const int y : guaranteed) {
    lp << " r" << row++ << ": u_" << y;
    for (const auto& v : youth_all[y]) lp << " - " << v;
    lp << " <= 0\n";
  }
  if (phase == 2 && guaranteed_level > 0) {
    lp << " r" << row++ << ":";
    for (const int y : guaranteed) lp << " + u_" << y;
    lp << " >= " << guaranteed_level << "\n";
  }
  lp << "Bounds\n";
  for (const int y : guaranteed) lp << " 0 <= u_" << y << " <= " << inst.youths[static_cast<std::size_t>(y)].guaranteed_min << "\n";
  if (objective.str().empty()) lp << " 0 <= dummy <= 0\n";
  lp << "Binary\n";
  for (const auto& vars : pair_vars) {
    for (const auto& v : vars) lp << " " << v << "\n";
  }
  lp << "End\n";
  return lp.str();
}

}  // namespace bb::matching::oracle
