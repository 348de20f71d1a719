#pragma once

#include <chrono>
#include <cstdint>

namespace bb {

// Wall-clock time in Unix seconds; the one place the application reads the clock, so tests
// can reason about expiry by passing explicit times to the services.
inline std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace bb
