#pragma once
// Database URLs as users write them:
//   sqlite:var/brueckenbauer.db      (relative to the working directory)
//   sqlite:///abs/path.db            (absolute)
//   postgresql://user:pw@host:5432/db?sslmode=disable   (libpq URI; also postgres://)

#include "core/result.hpp"
#include "storage/database.hpp"

#include <string>
#include <string_view>

namespace bb::storage {

struct ConnectionTarget {
  Backend backend = Backend::sqlite;
  std::string sqlite_path;     // for sqlite
  std::string libpq_conninfo;  // for postgresql: the URI, passed to libpq unchanged
};

Result<ConnectionTarget> parse_database_url(std::string_view url);

// For messages and logs: the URL with any password replaced by "***".
std::string redact_database_url(std::string_view url);

}  // namespace bb::storage
