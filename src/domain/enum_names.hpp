#pragma once
// Closed value sets: one table of (value, name) per enum, so that to_string and parse cannot
// drift apart. Shared by the register, events and the action plan.

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace bb::domain {

template <typename E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, name] : table)
    if (v == value) return name;
  return table.front().second;
}

template <typename E, std::size_t N>
std::optional<E> parse_in(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view text) {
  for (const auto& [v, name] : table)
    if (name == text) return v;
  return std::nullopt;
}

}  // namespace bb::domain
