#pragma once
// The speed-dating planner's entry points. One engine serves the web planner and the CLI.
//
// Objective (lexicographic, see planner.cpp): first maximise the number of guaranteed talk units
// delivered, i.e. sum over youths of min(talks, guaranteed_min) -- when every guarantee can be
// met this means "all guarantees met" -- then maximise the total score.

#include "core/result.hpp"
#include "matching/model.hpp"

#include <vector>

namespace bb::matching {

Result<Plan> plan(const Instance& instance, const PlanOptions& options = {});

// Re-plan after no-shows: talks of `previous` in slots before `from_slot` happened and are kept
// as they are; the rest of the event is planned anew for the participants still there, without
// repeating a pair that already talked and counting past talks against max_talks and guarantees.
struct NoShows {
  std::vector<int> youths;     // indices into instance.youths
  std::vector<int> companies;  // indices into instance.companies
};
Result<Plan> replan(const Instance& instance, const std::vector<Talk>& previous, int from_slot,
                    const NoShows& no_shows = {}, const PlanOptions& options = {});

// Fairness figures of any set of talks (also after manual edits).
Fairness compute_fairness(const Instance& instance, const std::vector<Talk>& talks);

}  // namespace bb::matching
