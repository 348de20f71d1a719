#pragma once
// Slot scheduling of chosen youth-company talks as a bipartite edge colouring: colours are
// slots; one side is youths, the other side is company tables (a company with t tables is
// split into t table nodes, so "at most t talks per slot" becomes "at most one per node").

#include "matching/model.hpp"

#include <vector>

namespace bb::matching::detail {

struct ScheduleProblem {
  int slots = 0;  // colours are 0..slots-1; each edge is further limited to its window
  int num_youths = 0;
  std::vector<int> company_tables;
  std::vector<int> edge_youth;
  std::vector<int> edge_company;
  std::vector<Window> edge_window;  // slots the talk may take (youth window ∩ company window)
  // Work limit for the alternating-path search per edge when windows differ; with identical
  // windows the search always succeeds at its first attempt (König), so this never binds there.
  long long max_steps_per_edge = 200'000;
};

struct ScheduleResult {
  std::vector<int> slot;         // per edge, -1 if unscheduled
  std::vector<int> table;        // per edge, -1 if unscheduled
  std::vector<int> unscheduled;  // edge indices that could not be placed
};

ScheduleResult colour_edges(const ScheduleProblem& problem);

}  // namespace bb::matching::detail
