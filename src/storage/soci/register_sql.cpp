#include "storage/soci/register_sql.hpp"

#include "domain/normalise.hpp"
#include "storage/soci/row_reader.hpp"

namespace bb::storage::soci_impl {

void append_search(std::string& where, Bindings& binds, const std::string& column, std::string_view search) {
  // Normalised words hold letters and digits only, so they carry no LIKE wildcards. A pasted
  // paragraph must not grow the statement without bound: the first eight words decide.
  constexpr std::size_t kMaxWords = 8;
  const auto words = domain::search_words(search);
  for (std::size_t i = 0; i < words.size() && i < kMaxWords; ++i)
    where += " AND " + column + " LIKE " + binds.value("%" + words[i] + "%");
}

std::int64_t query_int(soci::session& sql, const std::string& query, Bindings& binds) {
  soci::details::prepare_temp_type prep = (sql.prepare << query);
  binds.bind(prep);
  soci::rowset<soci::row> rows(prep);
  for (const auto& row : rows) return RowReader(row).int64(0);
  return 0;
}

bool execute_changed(soci::session& sql, const std::string& statement, Bindings& binds) {
  soci::details::prepare_temp_type prep = (sql.prepare << statement);
  binds.bind(prep);
  soci::statement st(prep);
  st.execute(true);
  return st.get_affected_rows() > 0;
}

}  // namespace bb::storage::soci_impl
