#pragma once
// The network plan() builds for an instance (slots from `from_slot` on). Exposed for the
// benchmark, which times the same graph through LEMON directly; defined in planner.cpp.
// (Separate from flow_core.hpp, which must stay C++17-compatible.)

#include "matching/flow_core.hpp"
#include "matching/model.hpp"

namespace bb::matching::detail {

FlowProblem flow_problem_for(const Instance& instance, int from_slot = 0);

}  // namespace bb::matching::detail
