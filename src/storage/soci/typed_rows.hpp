#pragma once
// Typed reads for the queries on the request hot path (principal lookup, one record, the
// dashboard). soci::rowset<soci::row> describes every column and allocates a holder per value
// on every row; binding plain variables with soci::into lets the backend write straight into
// them: malloc/free was about a quarter of the CPU time of an API read before (perf, bench/run.sh).
//
// Each *Row struct owns the variables of one entity's columns, binds them in column order
// (bind_into) and turns them into the domain record (take: moves the strings out, so a row
// struct can be fetched into again for the next row).
//
// Portability of the variable types, the same on SQLite and PostgreSQL:
//  - Ids and times are long long: BIGINT on both; SQLite hands out any integer as int64.
//  - Booleans are INTEGER 0/1 columns (see the migrations) and read as int.
//  - Nullable columns get a soci::indicator; without one SOCI throws on NULL.

#include "domain/entities.hpp"

#include <soci/soci.h>

#include <optional>
#include <string>

namespace bb::storage::soci_impl {

// Prepares and runs `query` on a statement whose into/use elements are already exchanged;
// fetches the first row. Returns whether there was one.
bool fetch_first(soci::statement& st, const std::string& query);

// Prepares `query` on a statement whose into/use elements are already exchanged, for executing
// it again and again (the entries of StatementCache).
void prepare_bound(soci::statement& st, const std::string& query);

// Prepares and runs `query` without fetching; then `while (st.fetch())` reads row by row.
void execute_for_rows(soci::statement& st, const std::string& query);

// kUserColumns (user_columns.hpp).
struct UserRow {
  long long id = 0;
  long long region_id = 0;
  soci::indicator region_ind = soci::i_null;
  std::string email;
  std::string display_name;
  std::string role;
  std::string language;
  int active = 0;
  long long created_at = 0;

  void bind_into(soci::statement& st);
  domain::User take();
};

// kJoinedRegionColumns (user_columns.hpp): every column nullable, since the LEFT JOIN finds no
// region for national users.
struct JoinedRegionRow {
  long long id = 0;
  soci::indicator id_ind = soci::i_null;
  std::string slug;
  soci::indicator slug_ind = soci::i_null;
  std::string name;
  soci::indicator name_ind = soci::i_null;
  long long created_at = 0;
  soci::indicator created_at_ind = soci::i_null;

  void bind_into(soci::statement& st);
  std::optional<domain::Region> take();  // empty if the join found no region
};

// id, slug, name, created_at of regions.
struct RegionRow {
  long long id = 0;
  std::string slug;
  std::string name;
  long long created_at = 0;

  void bind_into(soci::statement& st);
  domain::Region take();
};

// id, region_id, name of municipalities.
struct MunicipalityRow {
  long long id = 0;
  long long region_id = 0;
  std::string name;

  void bind_into(soci::statement& st);
  domain::Municipality take();
};

}  // namespace bb::storage::soci_impl
