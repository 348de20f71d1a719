#pragma once
// The fields of register records that the audit log shows, and the diff that an update records.

#include "domain/register.hpp"

#include <boost/json/object.hpp>

#include <array>
#include <string_view>
#include <utility>

namespace bb::services {

boost::json::object audit_fields(const domain::Organisation& organisation);
boost::json::object audit_fields(const domain::Contact& contact);
boost::json::object audit_fields(const domain::Network& network);
boost::json::object audit_fields(const domain::Membership& membership);
boost::json::object audit_fields(const domain::Tie& tie);
boost::json::object audit_fields(const domain::Transfer& transfer);

// The keys whose values differ, with their values before and after (both empty: no change).
std::pair<boost::json::object, boost::json::object> changed_fields(const boost::json::object& before,
                                                                   const boost::json::object& after);

// The personal fields of a contact; anonymisation and deletion replace their values by null,
// in the record's audit entries too.
inline constexpr std::array<std::string_view, 6> kContactPersonalFields = {"name",  "function",  "email",
                                                                           "phone", "languages", "consent_date"};
// Sets each personal field present in `fields` to null.
void redact_contact_fields(boost::json::object& fields);

}  // namespace bb::services
