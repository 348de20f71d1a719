#pragma once
// Reads columns of a soci::row without caring whether the backend reports an integer column
// as int or long long (SQLite reports by declared type, PostgreSQL by its own type), so the
// same repository code serves both backends.

#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>

namespace bb::storage::soci_impl {

class RowReader {
 public:
  explicit RowReader(const soci::row& row) : row_(row) {}

  bool is_null(std::size_t i) const { return row_.get_indicator(i) == soci::i_null; }
  std::int64_t int64(std::size_t i) const;
  std::optional<std::int64_t> opt_int64(std::size_t i) const;
  std::string text(std::size_t i) const;
  double number(std::size_t i) const;  // REAL/DOUBLE PRECISION (integers too)

 private:
  const soci::row& row_;
};

}  // namespace bb::storage::soci_impl
