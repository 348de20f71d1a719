#include "domain/role.hpp"

namespace bb::domain {

std::string_view to_string(Role role) {
  switch (role) {
    case Role::admin: return "admin";
    case Role::staff: return "staff";
    case Role::counsellor: return "counsellor";
    case Role::partner: return "partner";
    case Role::national: return "national";
  }
  return "partner";
}

std::optional<Role> parse_role(std::string_view text) {
  for (Role r : {Role::admin, Role::staff, Role::counsellor, Role::partner, Role::national}) {
    if (to_string(r) == text) return r;
  }
  return std::nullopt;
}

}  // namespace bb::domain
