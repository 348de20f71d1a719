#pragma once
// Builds audit entries: every write records who, when, which object, and the fields before
// and after, inside the same transaction as the write itself.

#include "domain/entities.hpp"
#include "services/actor.hpp"
#include "storage/database.hpp"

#include <boost/json/object.hpp>

#include <string>
#include <string_view>

namespace bb::services {

struct AuditChange {
  std::string_view action;       // create, update, delete, password_reset, ...
  std::string_view object_type;  // user, api_token, ...
  std::string object_id;
  boost::json::object before;
  boost::json::object after;
  std::optional<domain::Id> region_id;  // the region the object belongs to
};

Result<void> record_audit(storage::UnitOfWork& uow, const Actor& actor, const AuditChange& change, std::int64_t now);

// The fields of a user that the audit log shows (never the password hash).
boost::json::object audit_fields(const domain::User& user);

}  // namespace bb::services
