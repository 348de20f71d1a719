#pragma once

#include "storage/connection_url.hpp"
#include "storage/database.hpp"
#include "storage/soci/statement_cache.hpp"

#include <soci/soci.h>

#include <memory>
#include <mutex>
#include <vector>

namespace bb::storage::soci_impl {

// One Database implementation for both backends: SOCI hides the client libraries, the SQL is
// portable, and the few dialect differences are handled where they occur (migrations,
// transaction start).
class SociDatabase final : public Database {
 public:
  SociDatabase(ConnectionTarget target, unsigned pool_size);
  // Opens every pooled connection; throws soci::soci_error on failure (open_database converts).
  void connect();
  Result<void> migrate();

  Backend backend() const override { return target_.backend; }
  Result<void> ping() override;
  Result<void> write(const Work& work) override;
  Result<void> read(const Work& work) override;

 private:
  Result<void> run(const Work& work, bool writing);
  void configure_connection(soci::session& session) const;

  ConnectionTarget target_;
  unsigned pool_size_;
  std::unique_ptr<soci::connection_pool> pool_;
  // The prepared hot-path statements of each pooled connection, by pool slot (run() leases the
  // slot itself to know it). Declared after pool_: destroyed before the connections they use.
  std::vector<std::unique_ptr<StatementCache>> caches_;
  // SQLite allows one writer at a time; serialising writers of this process here (and starting
  // them with BEGIN IMMEDIATE, with a busy timeout for other processes) is what keeps
  // "database is locked" from ever reaching a user.
  std::mutex sqlite_writer_;
};

// Maps a SOCI exception to a Result error: unique violations become conflicts.
Error to_error(const std::exception& e);

}  // namespace bb::storage::soci_impl
