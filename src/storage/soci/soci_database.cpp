#include "storage/soci/soci_database.hpp"

#include "storage/migrations.hpp"
#include "storage/soci/soci_unit_of_work.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <chrono>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace bb::storage {

namespace soci_impl {

namespace {

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

// SQLite's library defaults cost throughput with several worker threads (measured: see
// docs/PERFORMANCE.md): memory statistics take one global mutex on every allocation, and the
// "serialized" mode locks a connection on every call although the pool hands each connection to
// one thread at a time. Both must be set before the library initialises, hence once, before
// the first connection; if something initialised SQLite earlier the calls fail harmlessly.
void configure_sqlite_library_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    // SOCI's header declares the SQLite API inside namespace sqlite_api.
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  });
}

// SOCI 4.0's PostgreSQL factory re-tokenises the connect string as key=value pairs before libpq
// sees it; a URI without any '=' (postgresql://user@host:5432/db) comes out with a trailing '=',
// which libpq reads as part of the database name ("db=" does not exist). A URI with at least
// one '=' passes through unchanged, so add a parameter that changes nothing else:
// fallback_application_name only names the connection in pg_stat_activity, and only if the
// URL does not set application_name itself.
std::string soci_safe_libpq_uri(const std::string& uri) {
  if (contains(uri, "fallback_application_name=")) return uri;
  const char* separator = !contains(uri, "?") ? "?" : (uri.ends_with('?') || uri.ends_with('&')) ? "" : "&";
  return uri + separator + "fallback_application_name=brueckenbauer";
}

}  // namespace

Error to_error(const std::exception& e) {
  const std::string_view what = e.what();
  if (contains(what, "UNIQUE constraint failed") || contains(what, "duplicate key value"))
    return Error::conflict("error.duplicate");
  if (contains(what, "FOREIGN KEY constraint failed") || contains(what, "violates foreign key constraint"))
    return Error::conflict("error.has_dependants");
  if (contains(what, "Cannot establish connection") || contains(what, "server closed the connection") ||
      contains(what, "no connection to the server") || contains(what, "terminating connection"))
    return Error::unavailable(std::string("database unreachable: ") + e.what());
  return Error::internal(std::string("database error: ") + e.what());
}

SociDatabase::SociDatabase(ConnectionTarget target, unsigned pool_size)
    : target_(std::move(target)), pool_size_(pool_size == 0 ? 1 : pool_size) {}

void SociDatabase::connect() {
  pool_ = std::make_unique<soci::connection_pool>(pool_size_);
  for (std::size_t i = 0; i < pool_size_; ++i) {
    soci::session& session = pool_->at(i);
    if (target_.backend == Backend::sqlite) {
      // timeout= is SOCI's name for sqlite3_busy_timeout (seconds): other processes' writers.
      session.open(soci::sqlite3, "db=\"" + target_.sqlite_path + "\" timeout=30");
    } else {
      session.open(soci::postgresql, soci_safe_libpq_uri(target_.libpq_conninfo));
    }
    configure_connection(session);
    caches_.push_back(std::make_unique<StatementCache>(session, target_.backend));
  }
  if (target_.backend == Backend::sqlite) {
    // SQLite opens a read-only file without complaint and fails only at the first write; find
    // out now, so that the server refuses to start with one clear message instead.
    soci::session& probe = pool_->at(0);
    probe << "BEGIN IMMEDIATE";
    probe << "ROLLBACK";
  }
}

void SociDatabase::configure_connection(soci::session& session) const {
  if (target_.backend == Backend::sqlite) {
    // Switching a new file to WAL needs an exclusive lock, and SQLite answers "database is
    // locked" at once, without waiting the busy timeout, while another process holds a lock on
    // it (deadlock avoidance). That happens when several processes open a new file together, so
    // wait here as the busy timeout would (once the file is in WAL mode this never waits).
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    for (;;) {
      try {
        session << "PRAGMA journal_mode = WAL";
        break;
      } catch (const soci::soci_error& e) {
        if (!contains(e.what(), "database is locked") || std::chrono::steady_clock::now() > give_up) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    }
    session << "PRAGMA foreign_keys = ON";
    session << "PRAGMA synchronous = NORMAL";
    session << "PRAGMA busy_timeout = 30000";
  } else {
    session << "SET client_min_messages TO WARNING";
  }
}

Result<void> SociDatabase::migrate() {
  try {
    soci::session sql(*pool_);
    const bool pg = target_.backend == Backend::postgresql;
    // Several server processes may start at once on one PostgreSQL: let one migrate at a time.
    if (pg) sql << "SELECT pg_advisory_lock(724242)";
    struct Unlock {
      soci::session& s;
      bool pg;
      ~Unlock() {
        try {
          if (pg) s << "SELECT pg_advisory_unlock(724242)";
        } catch (...) {  // NOLINT(bugprone-empty-catch): closing the connection releases it anyway
        }
      }
    } unlock{sql, pg};

    sql << "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
           "applied_at BIGINT NOT NULL)";
    int current = 0;
    soci::indicator ind = soci::i_ok;
    sql << "SELECT MAX(version) FROM schema_version", soci::into(current, ind);
    if (ind == soci::i_null) current = 0;
    const int latest = latest_schema_version();
    if (current > latest) {
      return Error::unavailable("the database has schema version " + std::to_string(current) +
                                ", newer than this brueckenbauer knows (" + std::to_string(latest) +
                                "); run a newer brueckenbauer against it");
    }
    // Every migration not yet recorded runs, not only those above the highest recorded one:
    // modules are developed side by side, so a lower number can arrive after a higher one
    // (each migration touches its own tables, so their order among themselves does not matter).
    std::set<int> recorded;
    {
      soci::rowset<int> versions = (sql.prepare << "SELECT version FROM schema_version");
      recorded.insert(versions.begin(), versions.end());
    }
    for (const auto& migration : embedded_migrations()) {
      if (recorded.contains(migration.version)) continue;
      sql << (pg ? "BEGIN" : "BEGIN IMMEDIATE");
      try {
        // Another process may have applied it between our first look and this transaction
        // (SQLite has no advisory lock; BEGIN IMMEDIATE only serialises from here on).
        int applied = 0;
        sql << "SELECT COUNT(*) FROM schema_version WHERE version = :v", soci::use(migration.version), soci::into(applied);
        if (applied > 0) {
          sql << "COMMIT";
          continue;
        }
        for (const auto& statement : migration_statements(migration.sql, target_.backend)) sql << statement;
        const std::int64_t at = now_seconds();
        sql << "INSERT INTO schema_version (version, name, applied_at) VALUES (:v, :n, :a)", soci::use(migration.version),
            soci::use(migration.name), soci::use(at);
        sql << "COMMIT";
      } catch (...) {
        sql << "ROLLBACK";
        throw;
      }
    }
    return success();
  } catch (const std::exception& e) {
    return to_error(e);
  }
}

Result<void> SociDatabase::ping() {
  try {
    soci::session sql(*pool_);
    int one = 0;
    sql << "SELECT 1", soci::into(one);
    if (one != 1) return Error::unavailable("database answered SELECT 1 wrongly");
    return success();
  } catch (const std::exception& e) {
    return Error::unavailable(std::string("database unreachable: ") + e.what());
  }
}

Result<void> SociDatabase::write(const Work& work) { return run(work, true); }
Result<void> SociDatabase::read(const Work& work) { return run(work, false); }

Result<void> SociDatabase::run(const Work& work, bool writing) {
  const bool sqlite = target_.backend == Backend::sqlite;
  std::unique_lock<std::mutex> writer_lock(sqlite_writer_, std::defer_lock);
  if (writing && sqlite) writer_lock.lock();
  try {
    // Leased by hand instead of soci::session(pool): the slot selects this connection's cache.
    const std::size_t slot = pool_->lease();
    struct GiveBack {
      soci::connection_pool& pool;
      std::size_t slot;
      ~GiveBack() { pool.give_back(slot); }
    } give_back{*pool_, slot};
    soci::session& sql = pool_->at(slot);
    SociUnitOfWork uow(sql, target_.backend, *caches_[slot]);
    // Reads run without an explicit transaction: each statement sees committed data, and the
    // hot path (session check plus one record) saves two round trips.
    if (!writing) {
      Result<void> outcome = work(uow);
      uow.flush();  // a read that appended (none should) still writes it
      return outcome;
    }
    sql << (sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    Result<void> outcome = success();
    try {
      outcome = work(uow);
      if (outcome.ok()) uow.flush();
    } catch (...) {
      sql << "ROLLBACK";
      throw;
    }
    sql << (outcome.ok() ? "COMMIT" : "ROLLBACK");
    return outcome;
  } catch (const std::exception& e) {
    return to_error(e);
  }
}

}  // namespace soci_impl

Result<std::unique_ptr<Database>> open_database(std::string_view url, const OpenOptions& options) {
  auto target = parse_database_url(url);
  if (!target) return target.error();
  if (target->backend == Backend::sqlite) {
    std::error_code ec;
    const auto parent = std::filesystem::path(target->sqlite_path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec)
      return Error::unavailable("cannot create the directory '" + parent.string() + "' for the SQLite database: " +
                                ec.message());
  }
  if (target->backend == Backend::sqlite) soci_impl::configure_sqlite_library_once();
  auto db = std::make_unique<soci_impl::SociDatabase>(*target, options.pool_size);
  try {
    db->connect();
  } catch (const std::exception& e) {
    if (target->backend == Backend::sqlite)
      return Error::unavailable("cannot open the SQLite database '" + target->sqlite_path + "': " + e.what());
    return Error::unavailable("cannot connect to PostgreSQL at '" + redact_database_url(url) + "': " + e.what());
  }
  if (options.migrate) {
    auto migrated = db->migrate();
    if (!migrated) return migrated.error();
  }
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace bb::storage
