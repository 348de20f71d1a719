#pragma once
// Who performs a write, for the audit log. The CLI acts with no user (an operator on the
// machine); web and API requests act as the authenticated user.

#include "domain/entities.hpp"

#include <optional>
#include <string>

namespace bb::services {

struct Actor {
  std::optional<domain::Id> user_id;
  std::optional<domain::Id> region_id;
  std::string request_id;

  static Actor cli() { return Actor{std::nullopt, std::nullopt, "cli"}; }
};

}  // namespace bb::services
