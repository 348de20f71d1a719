#include "storage/connection_url.hpp"

#include <regex>

namespace bb::storage {

Result<ConnectionTarget> parse_database_url(std::string_view url) {
  ConnectionTarget target;
  if (url.starts_with("sqlite:")) {
    std::string_view path = url.substr(7);
    if (path.starts_with("//")) path.remove_prefix(2);  // sqlite:///abs -> /abs
    if (path.empty()) return Error::invalid("database URL 'sqlite:' needs a file path, e.g. sqlite:var/brueckenbauer.db");
    target.backend = Backend::sqlite;
    target.sqlite_path = std::string(path);
    return target;
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    target.backend = Backend::postgresql;
    target.libpq_conninfo = std::string(url);
    return target;
  }
  return Error::invalid("unsupported database URL '" + redact_database_url(url) +
                        "': use sqlite:PATH or postgresql://USER@HOST:PORT/DB");
}

std::string redact_database_url(std::string_view url) {
  static const std::regex password(R"(^(postgres(?:ql)?://[^:/@]+:)[^@]*@)");
  return std::regex_replace(std::string(url), password, "$1***@");
}

}  // namespace bb::storage
