#pragma once
// The Region Hannover demo: the region, its 21 municipalities, a small fictional team and the
// register of actors and networks (demo_register.hpp). Passwords are random and shown once;
// nothing here is a constant credential.

#include "core/result.hpp"
#include "services/user_service.hpp"
#include "storage/database.hpp"

#include <string>

namespace bb::demo {

inline constexpr const char* kDemoRegionSlug = "region-hannover";

struct DemoCredentials {
  std::string admin_email;
  std::string admin_password;
};

// Creates the demo region if it does not exist yet; nullopt if it existed already.
Result<std::optional<DemoCredentials>> create_demo_region(storage::Database& db, services::UserService& users,
                                                          std::int64_t now);

}  // namespace bb::demo
