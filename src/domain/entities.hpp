#pragma once
// Plain records of the foundation: regions, municipalities, users, sessions, API tokens and
// audit entries. They carry no behaviour that needs HTTP or SQL.

#include "domain/role.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bb::domain {

using Id = std::int64_t;
using UnixTime = std::int64_t;  // seconds since the epoch, UTC

struct Region {
  Id id = 0;
  std::string slug;  // URL form, e.g. "region-hannover"
  std::string name;
  UnixTime created_at = 0;
};

struct Municipality {
  Id id = 0;
  Id region_id = 0;
  std::string name;
};

// Languages the UI speaks. German is the default and the source of every message.
enum class UiLanguage { de, en };
std::string_view to_string(UiLanguage language);
std::optional<UiLanguage> parse_ui_language(std::string_view text);

struct User {
  Id id = 0;
  std::optional<Id> region_id;  // empty only for role national
  std::string email;            // stored lower-case; unique in the installation
  std::string display_name;
  Role role = Role::partner;
  UiLanguage language = UiLanguage::de;
  bool active = true;
  UnixTime created_at = 0;
};

struct NewUser {
  std::optional<Id> region_id;
  std::string email;
  std::string display_name;
  Role role = Role::partner;
  UiLanguage language = UiLanguage::de;
  std::string password_hash;
};

struct Session {
  std::string token_hash;  // hex of a hash of the cookie value; the cookie value itself is never stored
  Id user_id = 0;
  UnixTime created_at = 0;
  UnixTime last_seen_at = 0;
  UnixTime expires_at = 0;  // absolute expiry
};

struct ApiToken {
  Id id = 0;
  Id user_id = 0;
  std::string name;
  std::string prefix;  // first characters, shown in lists so users can tell tokens apart
  UnixTime created_at = 0;
  std::optional<UnixTime> last_used_at;
  std::optional<UnixTime> revoked_at;
};

struct AuditEntry {
  Id id = 0;
  std::optional<Id> region_id;
  std::optional<Id> user_id;
  std::string user_name;  // resolved for display
  UnixTime at = 0;
  std::string action;       // create, update, delete, login, ...
  std::string object_type;  // user, api_token, region, ...
  std::string object_id;
  std::string before_json;  // fields before the write ("{}" for create)
  std::string after_json;   // fields after the write ("{}" for delete)
  std::string request_id;
};

}  // namespace bb::domain
