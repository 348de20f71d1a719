#pragma once
// The exact time-indexed model, solved by COIN-OR CBC (through its C interface, so no C++
// solver headers reach our code). Used when presence windows keep the edge colouring from
// scheduling every talk the flow chose.
//
//   x[p,s] in {0,1}  pair p talks in slot s, s in (youth window ∩ company window)
//   sum_s x[p,s] <= 1              no pair twice
//   sum_{p of y} x[p,s] <= 1       a youth is in one talk per slot
//   sum_{p of c} x[p,s] <= tables  a company holds at most `tables` talks per slot
//   sum_{p of y, s} x[p,s] <= max_talks
//   u[y] <= sum x[p of y], 0 <= u[y] <= guaranteed_min   (guarantee units met)
// Lexicographic objective: phase 1 maximises sum u; phase 2 fixes sum u >= that and maximises
// total score. Tables are numbered per slot afterwards (they are interchangeable).

#include "matching/model.hpp"

#include <cstdint>
#include <vector>

namespace bb::matching::detail {

struct MipProblem {
  int slots = 0;
  std::vector<int> youth_max;
  std::vector<int> youth_guaranteed;
  std::vector<int> company_tables;
  std::vector<int> pair_youth;
  std::vector<int> pair_company;
  std::vector<std::int64_t> pair_score;
  std::vector<Window> pair_window;
  std::int64_t guaranteed_upper = 0;     // upper bound on guarantee units (from the flow relaxation)
  double time_limit_seconds = 20;
};

struct MipSolution {
  bool ok = false;       // a feasible solution is available
  bool optimal = false;  // both phases proven optimal
  std::vector<int> pair_slot;  // per pair, -1 = not held
  std::int64_t score = 0;
  std::int64_t score_bound = 0;  // valid upper bound on the score at the achieved guarantee level
  std::int64_t guaranteed_units = 0;
};

std::int64_t count_mip_variables(const std::vector<Window>& pair_window);

MipSolution solve_mip(const MipProblem& problem);

}  // namespace bb::matching::detail
