#pragma once
// Versioned schema migrations, embedded in the binary from migrations/*.sql.

#include <string>
#include <string_view>
#include <vector>

namespace bb::storage {

struct Migration {
  int version;
  std::string name;
  std::string sql;  // portable SQL with {{ID}} placeholders
};

const std::vector<Migration>& embedded_migrations();
int latest_schema_version();

enum class Backend;
// Replaces dialect placeholders and splits the file into single statements
// (SQLite prepares one statement at a time). A statement whose first line is "-- only: sqlite" or
// "-- only: postgresql" is kept for that backend only.
std::vector<std::string> migration_statements(std::string_view sql, Backend backend);

}  // namespace bb::storage
