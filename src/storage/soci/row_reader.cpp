#include "storage/soci/row_reader.hpp"

namespace bb::storage::soci_impl {

std::int64_t RowReader::int64(std::size_t i) const {
  if (is_null(i)) return 0;
  switch (row_.get_properties(i).get_data_type()) {
    case soci::dt_integer: return row_.get<int>(i);
    case soci::dt_long_long: return row_.get<long long>(i);
    case soci::dt_unsigned_long_long: return static_cast<std::int64_t>(row_.get<unsigned long long>(i));
    case soci::dt_double: return static_cast<std::int64_t>(row_.get<double>(i));
    case soci::dt_string: return std::stoll(row_.get<std::string>(i));
    default: throw soci::soci_error("column " + std::to_string(i) + " is not an integer");
  }
}

std::optional<std::int64_t> RowReader::opt_int64(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return int64(i);
}

std::string RowReader::text(std::size_t i) const {
  if (is_null(i)) return {};
  if (row_.get_properties(i).get_data_type() == soci::dt_string) return row_.get<std::string>(i);
  return std::to_string(int64(i));
}

double RowReader::number(std::size_t i) const {
  if (is_null(i)) return 0;
  switch (row_.get_properties(i).get_data_type()) {
    case soci::dt_double: return row_.get<double>(i);
    case soci::dt_string: return std::stod(row_.get<std::string>(i));
    default: return static_cast<double>(int64(i));
  }
}

}  // namespace bb::storage::soci_impl
