#pragma once
// Prepared statements kept per pooled connection, for the queries on the request hot path.
//
// Why: preparing a statement costs SQLite a full parse and plan on every request (about a fifth
// of the server's CPU time for an API read, perf: docs/PERFORMANCE.md) and PostgreSQL a PREPARE
// and a DEALLOCATE each. SociDatabase keeps one StatementCache per pool slot and hands the one of
// the slot it leased to the unit of work, so a cached statement is only ever used by the one
// thread that holds its connection.
//
// Why the reset after every use: with SOCI 4.0.3 a SQLite statement that stepped to a row but was
// not reset keeps the connection's read transaction open. The connection would then go on reading
// that old snapshot in every later statement (a revoked token or removed session still found) and
// the WAL could not be checkpointed past it. use() therefore resets the statement as soon as the
// caller is done with it, also when the caller throws. (PostgreSQL keeps nothing open: the result
// is complete after execute.)
//
// An entry is a struct that owns a soci::statement `st` and the variables bound to it; its
// constructor takes the session, binds its members (into/use) and prepares the query (see
// prepare_bound in typed_rows.hpp). Callers set the use variables, execute, read the into ones.

#include "storage/database.hpp"

#include <soci/soci.h>

#include <memory>
#include <typeindex>
#include <type_traits>
#include <unordered_map>

namespace bb::storage::soci_impl {

class StatementCache {
 public:
  StatementCache(soci::session& sql, Backend backend) : sql_(sql), sqlite_(backend == Backend::sqlite) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // Runs body(entry) on this connection's Entry (built on first use) and resets its statement.
  template <class Entry, class Body>
  std::invoke_result_t<Body&, Entry&> use(Body&& body) {
    auto& slot = entries_[std::type_index(typeid(Entry))];
    if (!slot) slot = std::make_unique<Holder<Entry>>(sql_);
    Entry& entry = static_cast<Holder<Entry>&>(*slot).entry;
    const ResetAfterUse reset{*this, entry.st};
    return body(entry);
  }

 private:
  struct Slot {
    virtual ~Slot() = default;
  };
  template <class Entry>
  struct Holder final : Slot {
    explicit Holder(soci::session& sql) : entry(sql) {}
    Entry entry;  // never moved: its statement holds the addresses of its members
  };
  struct ResetAfterUse {
    StatementCache& cache;
    soci::statement& st;
    ~ResetAfterUse() { cache.reset(st); }
  };
  void reset(soci::statement& st) const noexcept;

  soci::session& sql_;
  bool sqlite_;
  std::unordered_map<std::type_index, std::unique_ptr<Slot>> entries_;
};

}  // namespace bb::storage::soci_impl
