#pragma once
// Manual edits of a plan with immediate conflict checks. Edits are applied even when they
// create conflicts: the caller shows the conflicts and decides whether to keep the edit.

#include "core/result.hpp"
#include "matching/model.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace bb::matching {

enum class ConflictKind {
  unknown_participant,    // youth/company index out of range
  pair_not_allowed,       // the pair is not in instance.pairs
  pair_twice,             // the same youth and company talk twice
  slot_out_of_range,
  table_out_of_range,     // table index >= company's tables
  youth_double_booked,    // a youth in two talks in one slot
  table_double_booked,    // a table with two talks in one slot
  outside_youth_window,
  outside_company_window,
  over_max_talks,
  guarantee_unmet,        // a warning, not a hard rule
};
const char* to_string(ConflictKind kind);

struct Conflict {
  ConflictKind kind = ConflictKind::pair_not_allowed;
  bool hard = true;
  std::vector<std::size_t> talks;  // indices into the talk list; empty for guarantee_unmet
  int youth = -1;
  int company = -1;
  int slot = -1;
  std::string message;  // developer text naming the ids
};

std::vector<Conflict> check_conflicts(const Instance& instance, const std::vector<Talk>& talks);

struct EditResult {
  std::vector<Talk> talks;
  std::vector<Conflict> conflicts;  // of the whole edited plan
};

// Moves talk `index` to (slot, table) of its company.
Result<EditResult> move_talk(const Instance& instance, std::vector<Talk> talks, std::size_t index, int slot, int table);

// Exchanges the places of two talks: their slots, and their tables too when both are with the
// same company (tables of different companies are not interchangeable).
Result<EditResult> swap_talks(const Instance& instance, std::vector<Talk> talks, std::size_t a, std::size_t b);

}  // namespace bb::matching
