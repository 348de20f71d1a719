#pragma once
// Managing accounts: region admins (web UI) and operators (CLI) create users, change roles,
// deactivate and reset passwords; every user changes their own password and language and
// keeps personal API tokens. Each write is one transaction with its audit entry.

#include "auth/principal.hpp"
#include "core/result.hpp"
#include "services/actor.hpp"
#include "storage/database.hpp"

#include <string>
#include <vector>

namespace bb::services {

struct CreateUserInput {
  std::optional<domain::Id> region_id;
  std::string email;
  std::string display_name;
  std::string role;  // as typed; validated here
  std::string language = "de";
  std::string password;
};

struct UpdateUserInput {
  std::string display_name;
  std::string role;
  bool active = true;
};

struct NewApiToken {
  domain::Id id = 0;
  std::string token;  // shown once, never stored
};

class UserService {
 public:
  explicit UserService(storage::Database& db) : db_(db) {}

  Result<domain::Id> create(const Actor& actor, const CreateUserInput& input, std::int64_t now);
  // Region-scoped: a user id of another region is not_found.
  Result<void> update(const Actor& actor, domain::Id region_id, domain::Id user_id, const UpdateUserInput& input,
                      std::int64_t now);
  Result<void> reset_password(const Actor& actor, domain::Id user_id, std::string_view new_password, std::int64_t now);
  // Checks the current password; signs out the user's other sessions.
  Result<void> change_own_password(const auth::Principal& who, std::string_view current_password,
                                   std::string_view new_password, std::string_view new_password_repeat,
                                   std::string_view request_id, std::int64_t now);
  Result<void> set_language(const auth::Principal& who, std::string_view language, std::string_view request_id,
                            std::int64_t now);

  Result<NewApiToken> create_token(const Actor& actor, domain::Id user_id, std::string_view name, std::int64_t now);
  Result<void> revoke_token(const Actor& actor, domain::Id user_id, domain::Id token_id, std::int64_t now);
  Result<std::vector<domain::ApiToken>> tokens(domain::Id user_id);

 private:
  storage::Database& db_;
};

}  // namespace bb::services
