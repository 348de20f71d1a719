#pragma once
// The user columns every user query selects, and their mapping, shared by the user, session
// and API-token repositories (sessions and tokens load their user in the same statement).

#include "domain/entities.hpp"
#include "storage/soci/row_reader.hpp"

namespace bb::storage::soci_impl {

// Qualified with the alias "u" so it can be joined.
inline constexpr const char* kUserColumns =
    "u.id, u.region_id, u.email, u.display_name, u.role, u.language, u.active, u.created_at";
inline constexpr std::size_t kUserColumnCount = 8;

domain::User read_user(const RowReader& r, std::size_t first_column = 0);

// The columns of the user's region, for queries that join "LEFT JOIN regions r ON r.id =
// u.region_id" (kRegionJoin): the principal lookups load the region in the same statement.
// Read them with JoinedRegionRow (typed_rows.hpp).
inline constexpr const char* kJoinedRegionColumns = "r.id, r.slug, r.name, r.created_at";
inline constexpr const char* kRegionJoin = " LEFT JOIN regions r ON r.id = u.region_id";


}  // namespace bb::storage::soci_impl
