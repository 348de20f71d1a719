#pragma once
// Rules of the register's writes that RegisterService and the import engine share (issue 3):
// who may write, how typed input is tidied before validation, when two membership periods
// overlap, and how an update is audited. Internal to bb_services.

#include <boost/json/object.hpp>
#include <cstdint>
#include <string_view>

#include "domain/register.hpp"
#include "services/register_service.hpp"
#include "storage/database.hpp"

namespace bb::services {

bool is_staff(domain::Role role);
// Writes that only staff may do; a partner is told what they may do instead.
Result<void> require_staff(const RegisterCaller& who);

// Trims what users type and drops what does not apply, before validation.
void tidy(domain::Organisation& o);
void tidy(domain::Contact& c);
void tidy(domain::Network& n);
void tidy(domain::Membership& m);
void tidy(domain::Tie& t);
void tidy(domain::Transfer& t);

// Empty since/until are open ends.
bool periods_overlap(const domain::Membership& a, const domain::Membership& b);

// Records an update with the changed fields only; no entry when nothing changed.
Result<void> record_update(storage::UnitOfWork& uow, const RegisterCaller& who, std::string_view type, domain::Id id,
                           const boost::json::object& before, const boost::json::object& after, std::int64_t now);

}  // namespace bb::services
