#include "storage/soci/statement_cache.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

namespace bb::storage::soci_impl {

void StatementCache::reset(soci::statement& st) const noexcept {
  if (!sqlite_) return;
  auto* backend = static_cast<soci::sqlite3_statement_backend*>(st.get_backend());
  // SOCI's header declares the SQLite API inside namespace sqlite_api. The result code repeats
  // the statement's last error, which the caller has seen already.
  if (backend != nullptr && backend->stmt_ != nullptr) (void)sqlite_api::sqlite3_reset(backend->stmt_);
}

}  // namespace bb::storage::soci_impl
