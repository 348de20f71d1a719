#pragma once
// Who is calling: the authenticated user and how they proved it.

#include "domain/entities.hpp"

#include <optional>
#include <string>

namespace bb::auth {

enum class CredentialKind { session, api_token };

struct Principal {
  domain::User user;
  CredentialKind via = CredentialKind::session;
  std::string credential_hash;  // hash of the session cookie or of the API token
  std::optional<domain::Id> api_token_id;
  // The user's region, loaded together with the credential so that a request needs no separate
  // read for it; empty for national users.
  std::optional<domain::Region> region;
};

}  // namespace bb::auth
