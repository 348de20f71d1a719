// Throttle, audit and settings repositories: small enough to share one file.
#include "storage/soci/row_reader.hpp"
#include "storage/soci/soci_repositories.hpp"
#include "storage/soci/typed_rows.hpp"

#include <array>
#include <string>
#include <utility>

namespace bb::storage::soci_impl {

Result<ThrottleState> SociThrottleRepository::get(std::string_view key) {
  const std::string k(key);
  ThrottleState state;
  soci::rowset<soci::row> rows =
      (sql_.prepare << "SELECT window_start, failures, locked_until FROM login_throttle WHERE key = :k", soci::use(k));
  for (const auto& row : rows) {
    RowReader r(row);
    state.window_start = r.int64(0);
    state.failures = static_cast<int>(r.int64(1));
    state.locked_until = r.int64(2);
  }
  return state;
}

Result<void> SociThrottleRepository::put(std::string_view key, const ThrottleState& state) {
  const std::string k(key);
  const long long window = state.window_start;
  const int failures = state.failures;
  const long long locked = state.locked_until;
  // INSERT ... ON CONFLICT is understood by both SQLite (>= 3.24) and PostgreSQL.
  sql_ << "INSERT INTO login_throttle (key, window_start, failures, locked_until) VALUES (:k, :w, :f, :l) "
          "ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start, failures = excluded.failures, "
          "locked_until = excluded.locked_until",
      soci::use(k), soci::use(window), soci::use(failures), soci::use(locked);
  return success();
}

Result<void> SociThrottleRepository::clear(std::string_view key) {
  const std::string k(key);
  sql_ << "DELETE FROM login_throttle WHERE key = :k", soci::use(k);
  return success();
}

namespace {

constexpr std::size_t kAuditBatch = 64;

// The bound values of one audit row.
struct AuditValues {
  long long region = 0;
  soci::indicator region_ind = soci::i_null;
  long long user = 0;
  soci::indicator user_ind = soci::i_null;
  long long at = 0;
  std::string action, object_type, object_id, before_json, after_json, request_id;

  void bind(soci::statement& st) {
    st.exchange(soci::use(region, region_ind));
    st.exchange(soci::use(user, user_ind));
    st.exchange(soci::use(at));
    st.exchange(soci::use(action));
    st.exchange(soci::use(object_type));
    st.exchange(soci::use(object_id));
    st.exchange(soci::use(before_json));
    st.exchange(soci::use(after_json));
    st.exchange(soci::use(request_id));
  }
  void set(domain::AuditEntry&& e) {
    region = e.region_id.value_or(0);
    region_ind = e.region_id ? soci::i_ok : soci::i_null;
    user = e.user_id.value_or(0);
    user_ind = e.user_id ? soci::i_ok : soci::i_null;
    at = e.at;
    action = std::move(e.action);
    object_type = std::move(e.object_type);
    object_id = std::move(e.object_id);
    before_json = std::move(e.before_json);
    after_json = std::move(e.after_json);
    request_id = std::move(e.request_id);
  }
};

// INSERT of N audit rows in one statement, kept prepared per connection (statement_cache.hpp).
template <std::size_t N>
struct AppendAudit {
  std::array<AuditValues, N> rows;
  soci::statement st;

  explicit AppendAudit(soci::session& sql) : st(sql) {
    std::string query =
        "INSERT INTO audit_log (region_id, user_id, at, action, object_type, object_id, before_json, after_json, "
        "request_id) VALUES ";
    for (std::size_t i = 0; i < N; ++i) {
      const std::string n = std::to_string(i);
      query += (i == 0 ? "(" : ", (") + (":r" + n) + ", :u" + n + ", :a" + n + ", :ac" + n + ", :ot" + n + ", :oi" + n +
               ", :b" + n + ", :af" + n + ", :rq" + n + ")";
      rows[i].bind(st);
    }
    prepare_bound(st, query);
  }
};

}  // namespace

Result<void> SociAuditRepository::append(const domain::AuditEntry& e) {
  pending_.push_back(e);
  if (pending_.size() >= kAuditBatch) flush();
  return success();
}

void SociAuditRepository::flush() {
  std::size_t i = 0;
  for (; pending_.size() - i >= kAuditBatch; i += kAuditBatch)
    cache_.use<AppendAudit<kAuditBatch>>([&](AppendAudit<kAuditBatch>& q) {
      for (std::size_t k = 0; k < kAuditBatch; ++k) q.rows[k].set(std::move(pending_[i + k]));
      q.st.execute(true);
    });
  for (; i < pending_.size(); ++i)  // the rest one by one (a page's write appends one or two)
    cache_.use<AppendAudit<1>>([&](AppendAudit<1>& q) {
      q.rows[0].set(std::move(pending_[i]));
      q.st.execute(true);
    });
  pending_.clear();
}

namespace {
constexpr const char* kAuditSelect =
    "SELECT a.id, a.region_id, a.user_id, COALESCE(u.display_name, ''), a.at, a.action, a.object_type, a.object_id, "
    "a.before_json, a.after_json, a.request_id FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ";

domain::AuditEntry read_audit(const RowReader& r) {
  domain::AuditEntry e;
  e.id = r.int64(0);
  e.region_id = r.opt_int64(1);
  e.user_id = r.opt_int64(2);
  e.user_name = r.text(3);
  e.at = r.int64(4);
  e.action = r.text(5);
  e.object_type = r.text(6);
  e.object_id = r.text(7);
  e.before_json = r.text(8);
  e.after_json = r.text(9);
  e.request_id = r.text(10);
  return e;
}

// Typed variables for kAuditSelect (see typed_rows.hpp): the admin's dashboard lists the latest
// entries on every view.
struct AuditRow {
  long long id = 0;
  long long region_id = 0;
  soci::indicator region_ind = soci::i_null;
  long long user_id = 0;
  soci::indicator user_ind = soci::i_null;
  long long at = 0;
  domain::AuditEntry text;  // the text columns go straight into the entry

  void bind_into(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(region_id, region_ind));
    st.exchange(soci::into(user_id, user_ind));
    st.exchange(soci::into(text.user_name));
    st.exchange(soci::into(at));
    st.exchange(soci::into(text.action));
    st.exchange(soci::into(text.object_type));
    st.exchange(soci::into(text.object_id));
    st.exchange(soci::into(text.before_json));
    st.exchange(soci::into(text.after_json));
    st.exchange(soci::into(text.request_id));
  }
  domain::AuditEntry take() {
    domain::AuditEntry e = std::move(text);
    e.id = id;
    e.region_id = region_ind == soci::i_null ? std::nullopt : std::optional<Id>(region_id);
    e.user_id = user_ind == soci::i_null ? std::nullopt : std::optional<Id>(user_id);
    e.at = at;
    return e;
  }
};

// The admin's dashboard and the audit pages: kept prepared per connection (statement_cache.hpp).
struct ListAuditForRegion {
  long long region = 0;
  int limit = 0;
  int offset = 0;
  AuditRow row;
  soci::statement st;

  explicit ListAuditForRegion(soci::session& sql) : st(sql) {
    static const std::string query =
        std::string(kAuditSelect) + "WHERE a.region_id = :r ORDER BY a.at DESC, a.id DESC LIMIT :l OFFSET :o";
    row.bind_into(st);
    st.exchange(soci::use(region));
    st.exchange(soci::use(limit));
    st.exchange(soci::use(offset));
    prepare_bound(st, query);
  }
};
}  // namespace

Result<std::vector<domain::AuditEntry>> SociAuditRepository::list_for_region(Id region_id, int limit, int offset) {
  flush();
  return cache_.use<ListAuditForRegion>([&](ListAuditForRegion& q) {
    q.region = region_id;
    q.limit = limit;
    q.offset = offset;
    q.st.execute(false);
    std::vector<domain::AuditEntry> out;
    while (q.st.fetch()) out.push_back(q.row.take());
    return out;
  });
}

Result<std::int64_t> SociAuditRepository::count_for_region(Id region_id) {
  flush();
  const long long region = region_id;
  long long count = 0;
  sql_ << "SELECT COUNT(*) FROM audit_log WHERE region_id = :r", soci::use(region), soci::into(count);
  return std::int64_t{count};
}

Result<std::vector<domain::AuditEntry>> SociAuditRepository::list_for_object(Id region_id, std::string_view object_type,
                                                                             std::string_view object_id) {
  flush();
  const long long region = region_id;
  const std::string type(object_type);
  const std::string id(object_id);
  std::vector<domain::AuditEntry> out;
  soci::rowset<soci::row> rows =
      (sql_.prepare << std::string(kAuditSelect) +
                           "WHERE a.region_id = :r AND a.object_type = :t AND a.object_id = :i ORDER BY a.at DESC, a.id DESC",
       soci::use(region), soci::use(type), soci::use(id));
  for (const auto& row : rows) out.push_back(read_audit(RowReader(row)));
  return out;
}

Result<std::optional<std::string>> SociSettingsRepository::get(std::string_view key) {
  const std::string k(key);
  std::string value;
  soci::indicator ind = soci::i_null;
  sql_ << "SELECT value FROM instance_settings WHERE key = :k", soci::use(k), soci::into(value, ind);
  if (!sql_.got_data() || ind == soci::i_null) return std::optional<std::string>();
  return std::optional<std::string>(value);
}

Result<std::string> SociSettingsRepository::get_or_insert(std::string_view key, std::string_view value) {
  (void)backend_;  // both backends understand ON CONFLICT DO NOTHING
  const std::string k(key);
  const std::string v(value);
  sql_ << "INSERT INTO instance_settings (key, value) VALUES (:k, :v) ON CONFLICT (key) DO NOTHING", soci::use(k),
      soci::use(v);
  auto stored = get(key);
  if (!stored) return stored.error();
  if (!stored.value()) return Error::internal("setting vanished after insert: " + k);
  return **stored;
}

}  // namespace bb::storage::soci_impl
