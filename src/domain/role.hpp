#pragma once
// The five roles of PRODUCT.md. A user has exactly one role in exactly one region, except
// `national`, which belongs to no region and only ever sees aggregates.

#include <optional>
#include <string_view>

namespace bb::domain {

enum class Role { admin, staff, counsellor, partner, national };

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);

// Role sets are small bit masks so that routes can declare who may call them cheaply.
class RoleSet {
 public:
  constexpr RoleSet() = default;
  constexpr RoleSet(std::initializer_list<Role> roles) {
    for (Role r : roles) bits_ |= bit(r);
  }
  static constexpr RoleSet all() { return RoleSet{Role::admin, Role::staff, Role::counsellor, Role::partner, Role::national}; }
  static constexpr RoleSet regional() { return RoleSet{Role::admin, Role::staff, Role::counsellor, Role::partner}; }
  constexpr bool contains(Role role) const { return (bits_ & bit(role)) != 0; }
  constexpr bool empty() const { return bits_ == 0; }

 private:
  static constexpr unsigned bit(Role r) { return 1U << static_cast<unsigned>(r); }
  unsigned bits_ = 0;
};

// Only counsellors see case data (PRODUCT.md, "Beratung").
constexpr bool may_see_case_data(Role role) { return role == Role::counsellor; }
// Region admins manage users and read the audit log of their region.
constexpr bool may_manage_users(Role role) { return role == Role::admin; }

}  // namespace bb::domain
