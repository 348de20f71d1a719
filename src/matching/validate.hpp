#pragma once
// Semantic checks of an Instance built in C++ or parsed from JSON: ranges, windows, unique ids,
// pairs that refer to existing participants and occur once. Errors name the field and the id.

#include "core/result.hpp"
#include "matching/model.hpp"

namespace bb::matching {

// Limits keep the int64 arithmetic of the solver (scores times a guarantee weight) exact.
inline constexpr int kMaxSlots = 1000;
inline constexpr int kMaxTables = 1000;
inline constexpr std::int64_t kMaxAbsScore = 1'000'000;

Result<void> validate(const Instance& instance);

// The window a participant is present in, [0, slots-1] when not given.
Window window_or_all(const std::optional<Window>& present, int slots);

}  // namespace bb::matching
