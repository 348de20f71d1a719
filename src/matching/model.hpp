#pragma once
// The speed-dating planner's data model. Entities refer to each other by index into the
// Instance's vectors (the JSON layer maps external ids to indices), so the algorithms never
// hash strings. Slots and tables are 0-based; a break between blocks is simply not a slot
// (the caller maps slot indices to clock times).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bb::matching {

// Inclusive slot range [first, last].
struct Window {
  int first = 0;
  int last = 0;
  int size() const { return last < first ? 0 : last - first + 1; }
  bool contains(int slot) const { return first <= slot && slot <= last; }
  friend bool operator==(const Window&, const Window&) = default;
};

struct Youth {
  std::string id;
  int max_talks = 0;
  int guaranteed_min = 0;         // 0: no guarantee (did not take part in the preparation)
  std::optional<Window> present;  // absent: the whole event
};

struct Company {
  std::string id;
  int tables = 1;
  std::optional<Window> present;
};

// An allowed youth-company talk with its score. Pairs not listed are not allowed.
struct Pair {
  int youth = 0;
  int company = 0;
  std::int64_t score = 0;
};

struct Instance {
  int slots = 0;
  std::vector<Youth> youths;
  std::vector<Company> companies;
  std::vector<Pair> pairs;
};

struct Talk {
  int youth = 0;
  int company = 0;
  int table = 0;
  int slot = 0;
  friend bool operator==(const Talk&, const Talk&) = default;
};

struct Fairness {
  int min_talks = 0;                  // over all youths
  double mean_talks = 0;              // over all youths
  double share_guaranteed_met = 1;    // over youths with guaranteed_min > 0 (1 if there are none)
  double share_first_choice_met = 0;  // over youths with at least one pair: a top-scored pair is held
  double table_utilisation = 0;       // talks / table-slots open within the slots used
};

// How the plan was obtained; says what "optimal" rests on.
enum class Method {
  flow_and_colouring,  // min-cost flow + edge colouring: exact (see planner.cpp)
  mip,                 // time-indexed MIP solved by CBC (presence windows blocked the colouring)
  heuristic,           // colouring left talks out and the MIP was disabled or hit its limit
};
const char* to_string(Method method);

struct Plan {
  std::int64_t objective = 0;  // total score of the talks
  std::int64_t bound = 0;      // proven upper bound on the objective (equal when optimal)
  bool optimal = false;
  Method method = Method::flow_and_colouring;
  int slots_used = 0;             // 1 + last slot with a talk (0 without talks)
  int guarantee_shortfall = 0;    // sum over youths of max(0, guaranteed_min - talks)
  std::vector<Talk> talks;        // sorted by slot, company, table
  Fairness fairness;
};

struct PlanOptions {
  bool use_mip_fallback = true;
  double mip_time_limit_seconds = 20;
  // The MIP fallback is skipped above this many time-indexed variables (it would not finish).
  std::int64_t mip_max_variables = 400'000;
};

}  // namespace bb::matching
