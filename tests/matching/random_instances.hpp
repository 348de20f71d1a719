#pragma once
// Random speed-dating instances for the property and oracle tests (deterministic per seed).

#include "matching/model.hpp"

#include <algorithm>
#include <numeric>
#include <random>

namespace bb::matching::testing {

struct RandomSpec {
  int youths = 10;
  int companies = 4;
  int slots = 4;
  int max_tables = 2;
  int pairs_per_youth = 3;
  double window_probability = 0.0;     // chance a participant has a presence window
  double guarantee_probability = 0.0;  // chance a youth has a guaranteed minimum
  int min_score = 1;
  int max_score = 10;
};

inline Instance random_instance(const RandomSpec& spec, unsigned seed) {
  std::mt19937 rng(seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
  auto window = [&]() -> std::optional<Window> {
    if (!chance(spec.window_probability)) return std::nullopt;
    const int first = uniform(0, spec.slots - 1);
    return Window{first, uniform(first, spec.slots - 1)};
  };
  Instance inst;
  inst.slots = spec.slots;
  for (int c = 0; c < spec.companies; ++c) {
    inst.companies.push_back({"c" + std::to_string(c), uniform(1, spec.max_tables), window()});
  }
  std::vector<int> order(static_cast<std::size_t>(spec.companies));
  std::iota(order.begin(), order.end(), 0);
  for (int y = 0; y < spec.youths; ++y) {
    Youth youth{"y" + std::to_string(y), uniform(1, spec.slots), 0, window()};
    if (chance(spec.guarantee_probability)) youth.guaranteed_min = uniform(1, youth.max_talks);
    inst.youths.push_back(youth);
    std::shuffle(order.begin(), order.end(), rng);
    const int count = std::min(spec.companies, uniform(1, spec.pairs_per_youth));
    for (int k = 0; k < count; ++k) {
      inst.pairs.push_back({y, order[static_cast<std::size_t>(k)], std::int64_t{uniform(spec.min_score, spec.max_score)}});
    }
  }
  return inst;
}

}  // namespace bb::matching::testing
