#include "storage/soci/soci_repositories.hpp"
#include "storage/soci/user_columns.hpp"

#include <string>

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

Result<std::optional<SessionWithUser>> SociSessionRepository::find_with_user(std::string_view token_hash) {
  const std::string hash(token_hash);
  soci::rowset<soci::row> rows =
      (sql_.prepare << std::string("SELECT s.token_hash, s.user_id, s.created_at, s.last_seen_at, s.expires_at, ") +
                           kUserColumns + " FROM sessions s JOIN users u ON u.id = s.user_id "
                           "WHERE s.token_hash = :h AND u.active = 1",
       soci::use(hash));
  for (const auto& row : rows) {
    RowReader r(row);
    SessionWithUser out;
    out.session = domain::Session{r.text(0), r.int64(1), r.int64(2), r.int64(3), r.int64(4)};
    out.user = read_user(r, 5);
    return std::optional<SessionWithUser>(std::move(out));
  }
  return std::optional<SessionWithUser>();
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
