#include "storage/soci/soci_repositories.hpp"
#include "storage/soci/typed_rows.hpp"
#include "storage/soci/user_columns.hpp"

#include <map>
#include <string>

namespace bb::storage::soci_impl {

domain::User read_user(const RowReader& r, std::size_t c) {
  domain::User u;
  u.id = r.int64(c);
  u.region_id = r.opt_int64(c + 1);
  u.email = r.text(c + 2);
  u.display_name = r.text(c + 3);
  u.role = domain::parse_role(r.text(c + 4)).value_or(domain::Role::partner);
  u.language = domain::parse_ui_language(r.text(c + 5)).value_or(domain::UiLanguage::de);
  u.active = r.int64(c + 6) != 0;
  u.created_at = r.int64(c + 7);
  return u;
}

namespace {

std::string select_users(const char* where_clause) {
  return std::string("SELECT ") + kUserColumns + " FROM users u " + where_clause;
}

// One user by a query on kUserColumns whose parameters `bind_uses` exchanges.
template <class BindUses>
std::optional<domain::User> fetch_user(soci::session& sql, const std::string& query, BindUses bind_uses) {
  UserRow row;
  soci::statement st(sql);
  row.bind_into(st);
  bind_uses(st);
  if (!fetch_first(st, query)) return std::nullopt;
  return row.take();
}

template <class BindUses>
std::vector<domain::User> fetch_users(soci::session& sql, const std::string& query, BindUses bind_uses) {
  UserRow row;
  soci::statement st(sql);
  row.bind_into(st);
  bind_uses(st);
  execute_for_rows(st, query);
  std::vector<domain::User> out;
  while (st.fetch()) out.push_back(row.take());
  return out;
}

// The API's read of one record: kept prepared per connection (statement_cache.hpp).
struct FindUserInRegion {
  long long key = 0;
  long long region = 0;
  UserRow row;
  soci::statement st;

  explicit FindUserInRegion(soci::session& sql) : st(sql) {
    static const std::string query = select_users("WHERE u.id = :id AND u.region_id = :r");
    row.bind_into(st);
    st.exchange(soci::use(key));
    st.exchange(soci::use(region));
    prepare_bound(st, query);
  }
};

// The dashboard's figures on every view: kept prepared per connection (statement_cache.hpp).
struct CountActiveByRole {
  long long region = 0;
  std::string role;
  long long count = 0;
  soci::statement st;

  explicit CountActiveByRole(soci::session& sql) : st(sql) {
    static const std::string query =
        "SELECT role, COUNT(*) FROM users WHERE region_id = :r AND active = 1 GROUP BY role";
    st.exchange(soci::into(role));
    st.exchange(soci::into(count));
    st.exchange(soci::use(region));
    prepare_bound(st, query);
  }
};

}  // namespace

Result<Id> SociUserRepository::create(const domain::NewUser& user, UnixTime now) {
  const std::string email = user.email;
  int taken = 0;
  sql_ << "SELECT COUNT(*) FROM users WHERE email = :e", soci::use(email), soci::into(taken);
  if (taken > 0) return Error::conflict("validation.email_taken", {{"email", "validation.email_taken"}});

  long long id = 0;
  long long region = user.region_id.value_or(0);
  soci::indicator region_ind = user.region_id ? soci::i_ok : soci::i_null;
  const std::string name = user.display_name;
  const std::string role(domain::to_string(user.role));
  const std::string language(domain::to_string(user.language));
  const std::string hash = user.password_hash;
  const long long at = now;
  sql_ << "INSERT INTO users (region_id, email, display_name, role, language, password_hash, active, created_at, "
          "password_changed_at) VALUES (:r, :e, :n, :ro, :l, :h, 1, :a, :a2) RETURNING id",
      soci::use(region, region_ind), soci::use(email), soci::use(name), soci::use(role), soci::use(language),
      soci::use(hash), soci::use(at), soci::use(at), soci::into(id);
  return Id{id};
}

Result<std::optional<domain::User>> SociUserRepository::find(Id id) {
  static const std::string query = select_users("WHERE u.id = :id");
  const long long key = id;
  return fetch_user(sql_, query, [&](soci::statement& st) { st.exchange(soci::use(key)); });
}

Result<std::optional<domain::User>> SociUserRepository::find_in_region(Id region_id, Id user_id) {
  return cache_.use<FindUserInRegion>([&](FindUserInRegion& q) {
    q.key = user_id;
    q.region = region_id;
    if (!q.st.execute(true)) return std::optional<domain::User>();
    return std::optional<domain::User>(q.row.take());
  });
}

Result<std::optional<UserWithHash>> SociUserRepository::find_by_email(std::string_view normalised_email) {
  const std::string email(normalised_email);
  soci::rowset<soci::row> rows =
      (sql_.prepare << std::string("SELECT ") + kUserColumns + ", u.password_hash FROM users u WHERE u.email = :e",
       soci::use(email));
  for (const auto& row : rows) {
    RowReader r(row);
    return std::optional<UserWithHash>(UserWithHash{read_user(r), r.text(kUserColumnCount)});
  }
  return std::optional<UserWithHash>();
}

Result<std::optional<std::string>> SociUserRepository::password_hash(Id user_id) {
  const long long key = user_id;
  std::string hash;
  soci::indicator ind = soci::i_null;
  sql_ << "SELECT password_hash FROM users WHERE id = :id", soci::use(key), soci::into(hash, ind);
  if (!sql_.got_data()) return std::optional<std::string>();
  return std::optional<std::string>(hash);
}

Result<std::vector<domain::User>> SociUserRepository::list_in_region(Id region_id) {
  static const std::string query = select_users("WHERE u.region_id = :r ORDER BY u.display_name, u.id");
  const long long region = region_id;
  return fetch_users(sql_, query, [&](soci::statement& st) { st.exchange(soci::use(region)); });
}

Result<std::vector<domain::User>> SociUserRepository::list_all() {
  static const std::string query = select_users("ORDER BY u.region_id, u.display_name, u.id");
  return fetch_users(sql_, query, [](soci::statement&) {});
}

Result<std::map<domain::Role, std::int64_t>> SociUserRepository::count_active_by_role(Id region_id) {
  return cache_.use<CountActiveByRole>([&](CountActiveByRole& q) {
    q.region = region_id;
    std::map<domain::Role, std::int64_t> out;
    if (!q.st.execute(true)) return out;
    do {
      if (auto role = domain::parse_role(q.role)) out[*role] += q.count;
    } while (q.st.fetch());
    return out;
  });
}

Result<void> SociUserRepository::update(Id user_id, const UserUpdate& update) {
  const long long key = user_id;
  const std::string name = update.display_name;
  const std::string role(domain::to_string(update.role));
  const int active = update.active ? 1 : 0;
  sql_ << "UPDATE users SET display_name = :n, role = :r, active = :a WHERE id = :id", soci::use(name), soci::use(role),
      soci::use(active), soci::use(key);
  return success();
}

Result<void> SociUserRepository::set_password_hash(Id user_id, std::string_view hash, UnixTime now) {
  const long long key = user_id;
  const std::string h(hash);
  const long long at = now;
  sql_ << "UPDATE users SET password_hash = :h, password_changed_at = :a WHERE id = :id", soci::use(h), soci::use(at),
      soci::use(key);
  return success();
}

Result<void> SociUserRepository::set_language(Id user_id, domain::UiLanguage language) {
  const long long key = user_id;
  const std::string l(domain::to_string(language));
  sql_ << "UPDATE users SET language = :l WHERE id = :id", soci::use(l), soci::use(key);
  return success();
}

}  // namespace bb::storage::soci_impl
