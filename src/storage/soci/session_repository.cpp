#include "storage/soci/soci_repositories.hpp"
#include "storage/soci/typed_rows.hpp"
#include "storage/soci/user_columns.hpp"

#include <string>
#include <utility>

namespace bb::storage::soci_impl {

Result<void> SociSessionRepository::create(const domain::Session& session) {
  const long long user = session.user_id;
  const long long created = session.created_at;
  const long long seen = session.last_seen_at;
  const long long expires = session.expires_at;
  sql_ << "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) "
          "VALUES (:h, :u, :c, :s, :e)",
      soci::use(session.token_hash), soci::use(user), soci::use(created), soci::use(seen), soci::use(expires);
  return success();
}

namespace {
// find_with_user runs on every signed-in page: kept prepared per connection (statement_cache.hpp).
struct FindSessionWithUser {
  std::string hash;
  std::string stored_hash;
  long long user_id = 0;
  long long created = 0;
  long long seen = 0;
  long long expires = 0;
  UserRow user;
  JoinedRegionRow region;
  soci::statement st;

  explicit FindSessionWithUser(soci::session& sql) : st(sql) {
    static const std::string query =
        std::string("SELECT s.token_hash, s.user_id, s.created_at, s.last_seen_at, s.expires_at, ") + kUserColumns +
        ", " + kJoinedRegionColumns + " FROM sessions s JOIN users u ON u.id = s.user_id" + kRegionJoin +
        " WHERE s.token_hash = :h AND u.active = 1";
    st.exchange(soci::into(stored_hash));
    st.exchange(soci::into(user_id));
    st.exchange(soci::into(created));
    st.exchange(soci::into(seen));
    st.exchange(soci::into(expires));
    user.bind_into(st);
    region.bind_into(st);
    st.exchange(soci::use(hash));
    prepare_bound(st, query);
  }
};
}  // namespace

Result<std::optional<SessionWithUser>> SociSessionRepository::find_with_user(std::string_view token_hash) {
  return cache_.use<FindSessionWithUser>([&](FindSessionWithUser& q) {
    q.hash.assign(token_hash);
    if (!q.st.execute(true)) return std::optional<SessionWithUser>();
    return std::optional<SessionWithUser>(
        SessionWithUser{domain::Session{std::move(q.stored_hash), q.user_id, q.created, q.seen, q.expires},
                        q.user.take(), q.region.take()});
  });
}

Result<void> SociSessionRepository::touch(std::string_view token_hash, UnixTime now) {
  const std::string hash(token_hash);
  const long long at = now;
  sql_ << "UPDATE sessions SET last_seen_at = :a WHERE token_hash = :h", soci::use(at), soci::use(hash);
  return success();
}

Result<void> SociSessionRepository::remove(std::string_view token_hash) {
  const std::string hash(token_hash);
  sql_ << "DELETE FROM sessions WHERE token_hash = :h", soci::use(hash);
  return success();
}

Result<void> SociSessionRepository::remove_for_user(Id user_id, std::string_view except_token_hash) {
  const long long user = user_id;
  const std::string except(except_token_hash);
  sql_ << "DELETE FROM sessions WHERE user_id = :u AND token_hash <> :h", soci::use(user), soci::use(except);
  return success();
}

Result<void> SociSessionRepository::purge_expired(UnixTime idle_cutoff, UnixTime now) {
  const long long cutoff = idle_cutoff;
  const long long at = now;
  sql_ << "DELETE FROM sessions WHERE last_seen_at < :c OR expires_at < :n", soci::use(cutoff), soci::use(at);
  return success();
}

}  // namespace bb::storage::soci_impl
