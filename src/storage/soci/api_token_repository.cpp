#include "storage/soci/soci_repositories.hpp"
#include "storage/soci/typed_rows.hpp"
#include "storage/soci/user_columns.hpp"

#include <string>
#include <utility>

namespace bb::storage::soci_impl {

namespace {
constexpr const char* kTokenColumns = "t.id, t.user_id, t.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at";

domain::ApiToken read_token(const RowReader& r) {
  return domain::ApiToken{r.int64(0), r.int64(1), r.text(2), r.text(3), r.int64(4), r.opt_int64(5), r.opt_int64(6)};
}

// Typed variables for kTokenColumns (see typed_rows.hpp): find_active runs on every API request.
struct TokenRow {
  long long id = 0;
  long long user_id = 0;
  std::string name;
  std::string prefix;
  long long created_at = 0;
  long long last_used_at = 0;
  soci::indicator last_used_ind = soci::i_null;
  long long revoked_at = 0;
  soci::indicator revoked_ind = soci::i_null;

  void bind_into(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(user_id));
    st.exchange(soci::into(name));
    st.exchange(soci::into(prefix));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(last_used_at, last_used_ind));
    st.exchange(soci::into(revoked_at, revoked_ind));
  }
  domain::ApiToken take() {
    const auto optional = [](long long value, soci::indicator ind) {
      return ind == soci::i_null ? std::nullopt : std::optional<UnixTime>(value);
    };
    return domain::ApiToken{id,         user_id, std::move(name), std::move(prefix), created_at,
                            optional(last_used_at, last_used_ind), optional(revoked_at, revoked_ind)};
  }
};

// find_active runs on every API request: kept prepared per connection (statement_cache.hpp).
struct FindActiveToken {
  std::string hash;
  TokenRow token;
  UserRow user;
  JoinedRegionRow region;
  soci::statement st;

  explicit FindActiveToken(soci::session& sql) : st(sql) {
    static const std::string query =
        std::string("SELECT ") + kTokenColumns + ", " + kUserColumns + ", " + kJoinedRegionColumns +
        " FROM api_tokens t JOIN users u ON u.id = t.user_id" + kRegionJoin +
        " WHERE t.token_hash = :h AND t.revoked_at IS NULL AND u.active = 1";
    token.bind_into(st);
    user.bind_into(st);
    region.bind_into(st);
    st.exchange(soci::use(hash));
    prepare_bound(st, query);
  }
};
}  // namespace

Result<Id> SociApiTokenRepository::create(Id user_id, std::string_view name, std::string_view prefix,
                                          std::string_view token_hash, UnixTime now) {
  long long id = 0;
  const long long user = user_id;
  const std::string n(name);
  const std::string p(prefix);
  const std::string h(token_hash);
  const long long at = now;
  sql_ << "INSERT INTO api_tokens (user_id, name, prefix, token_hash, created_at) VALUES (:u, :n, :p, :h, :a) "
          "RETURNING id",
      soci::use(user), soci::use(n), soci::use(p), soci::use(h), soci::use(at), soci::into(id);
  return Id{id};
}

Result<std::optional<ApiTokenWithUser>> SociApiTokenRepository::find_active(std::string_view token_hash) {
  return cache_.use<FindActiveToken>([&](FindActiveToken& q) {
    q.hash.assign(token_hash);
    if (!q.st.execute(true)) return std::optional<ApiTokenWithUser>();
    return std::optional<ApiTokenWithUser>(ApiTokenWithUser{q.token.take(), q.user.take(), q.region.take()});
  });
}

Result<std::vector<domain::ApiToken>> SociApiTokenRepository::list_for_user(Id user_id) {
  const long long user = user_id;
  std::vector<domain::ApiToken> out;
  soci::rowset<soci::row> rows = (sql_.prepare << std::string("SELECT ") + kTokenColumns +
                                                      " FROM api_tokens t WHERE t.user_id = :u ORDER BY t.created_at DESC, t.id DESC",
                                  soci::use(user));
  for (const auto& row : rows) out.push_back(read_token(RowReader(row)));
  return out;
}

Result<bool> SociApiTokenRepository::revoke(Id user_id, Id token_id, UnixTime now) {
  const long long user = user_id;
  const long long token = token_id;
  const long long at = now;
  soci::statement st = (sql_.prepare << "UPDATE api_tokens SET revoked_at = :a WHERE id = :t AND user_id = :u "
                                        "AND revoked_at IS NULL",
                        soci::use(at), soci::use(token), soci::use(user));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

Result<void> SociApiTokenRepository::touch(Id token_id, UnixTime now) {
  const long long token = token_id;
  const long long at = now;
  sql_ << "UPDATE api_tokens SET last_used_at = :a WHERE id = :t", soci::use(at), soci::use(token);
  return success();
}

}  // namespace bb::storage::soci_impl
