#include "services/audit.hpp"

#include <boost/json/serialize.hpp>

namespace bb::services {

Result<void> record_audit(storage::UnitOfWork& uow, const Actor& actor, const AuditChange& change, std::int64_t now) {
  domain::AuditEntry entry;
  entry.region_id = change.region_id ? change.region_id : actor.region_id;
  entry.user_id = actor.user_id;
  entry.at = now;
  entry.action = std::string(change.action);
  entry.object_type = std::string(change.object_type);
  entry.object_id = change.object_id;
  entry.before_json = boost::json::serialize(change.before);
  entry.after_json = boost::json::serialize(change.after);
  entry.request_id = actor.request_id;
  return uow.audit().append(entry);
}

boost::json::object audit_fields(const domain::User& user) {
  boost::json::object o;
  o["email"] = user.email;
  o["display_name"] = user.display_name;
  o["role"] = std::string(domain::to_string(user.role));
  o["language"] = std::string(domain::to_string(user.language));
  o["active"] = user.active;
  return o;
}

}  // namespace bb::services
