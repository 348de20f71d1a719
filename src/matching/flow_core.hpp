#pragma once
// C++20-clean interface to the min-cost-flow core. The implementation (flow_core_lemon.cpp)
// includes LEMON 1.3.1, whose headers use std::allocator::construct (removed in C++20), so that
// one translation unit is compiled as C++17 (see CMakeLists.txt). Nothing from LEMON leaks here.
//
// Network: source -> youth (two arcs: the first `guaranteed` units earn `guarantee_weight` each,
// the rest up to `cap` earn nothing) -> company (one arc per pair, capacity 1, gain = score)
// -> sink (capacity = company_cap), plus a free source -> sink bypass so the amount of flow is
// not fixed. Maximising gain = minimising cost with costs negated.

#include <cstdint>
#include <vector>

namespace bb::matching::detail {

struct FlowProblem {
  std::vector<int> youth_cap;
  std::vector<int> youth_guaranteed;  // <= youth_cap
  std::vector<std::int64_t> company_cap;
  std::vector<int> pair_youth;
  std::vector<int> pair_company;
  std::vector<std::int64_t> pair_score;
  std::int64_t guarantee_weight = 0;  // > any possible difference in total score
};

struct FlowSolution {
  bool ok = false;                   // false only if LEMON reports infeasible/unbounded (a bug)
  std::vector<unsigned char> chosen; // per pair
  std::int64_t score = 0;            // sum of scores of chosen pairs
  std::int64_t guaranteed_units = 0; // sum over youths of min(flow, guaranteed)
};

FlowSolution solve_flow(const FlowProblem& problem);


}  // namespace bb::matching::detail
