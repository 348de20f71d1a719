#pragma once
// The demo data's deterministic generator: std::mt19937 is specified bit for bit; the
// distributions of <random> are not, so the few draws the demo needs are made by hand.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <random>

namespace bb::demo {

class Rng {
 public:
  explicit Rng(std::uint32_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(engine_() % n); }
  bool percent(unsigned p) { return below(100) < p; }
  template <typename Container>
  const auto& pick(const Container& c) {
    return c[below(std::size(c))];
  }

 private:
  std::mt19937 engine_;
};

}  // namespace bb::demo
