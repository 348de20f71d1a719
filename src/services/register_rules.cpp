#include "services/register_rules.hpp"

#include <algorithm>
#include <cctype>

#include "domain/normalise.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"
#include "services/register_audit.hpp"

namespace bb::services {

using domain::Id;
using domain::Role;
using storage::UnitOfWork;

bool is_staff(Role role) {
  return role == Role::admin || role == Role::staff;
}

Result<void> require_staff(const RegisterCaller& who) {
  if (is_staff(who.role)) return success();
  if (who.role == Role::partner) return Error::forbidden("error.partner_own_organisation");
  return Error::forbidden();
}

namespace {

std::vector<std::string> lower_codes(const std::vector<std::string>& codes) {
  std::vector<std::string> out = domain::clean_list(codes);
  for (auto& code : out)
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

void tidy(domain::Organisation& o) {
  o.name = domain::trim(o.name);
  o.type = domain::trim(o.type);
  o.address = domain::trim(o.address);
  o.website = domain::trim(o.website);
  o.email = domain::normalise_email(o.email);
  o.phone = domain::trim(o.phone);
  o.languages = lower_codes(o.languages);
  o.tags = domain::clean_list(o.tags);
  o.notes = domain::trim(o.notes);
  o.sector = domain::trim(o.sector);
  if (o.type != "company") {  // size, sector and training apply to companies only
    o.size.reset();
    o.sector.clear();
    o.may_train = false;
    o.trains_now = false;
  }
}

void tidy(domain::Contact& c) {
  c.name = domain::trim(c.name);
  c.function = domain::trim(c.function);
  c.email = domain::normalise_email(c.email);
  c.phone = domain::trim(c.phone);
  c.languages = lower_codes(c.languages);
  c.consent_date = domain::trim(c.consent_date);
  if (c.data_basis != domain::DataBasis::consent) c.consent_date.clear();
}

void tidy(domain::Network& n) {
  n.name = domain::trim(n.name);
  n.goals = domain::trim(n.goals);
  n.channels = domain::clean_list(n.channels);
  n.work_forms = domain::trim(n.work_forms);
  n.started_on = domain::trim(n.started_on);
  n.status_since = domain::trim(n.status_since);
  std::sort(n.municipality_ids.begin(), n.municipality_ids.end());
  n.municipality_ids.erase(std::unique(n.municipality_ids.begin(), n.municipality_ids.end()), n.municipality_ids.end());
}

void tidy(domain::Membership& m) {
  m.since = domain::trim(m.since);
  m.until = domain::trim(m.until);
}

void tidy(domain::Tie& t) {
  t.since = domain::trim(t.since);
  t.until = domain::trim(t.until);
  t.note = domain::trim(t.note);
}

void tidy(domain::Transfer& t) {
  t.date = domain::trim(t.date);
  t.topic = domain::trim(t.topic);
  t.from.event = domain::trim(t.from.event);
  t.to.event = domain::trim(t.to.event);
  t.result = domain::trim(t.result);
}

bool periods_overlap(const domain::Membership& a, const domain::Membership& b) {
  const bool a_starts_before_b_ends = a.since.empty() || b.until.empty() || a.since <= b.until;
  const bool b_starts_before_a_ends = b.since.empty() || a.until.empty() || b.since <= a.until;
  return a_starts_before_b_ends && b_starts_before_a_ends;
}

Result<void> record_update(UnitOfWork& uow, const RegisterCaller& who, std::string_view type, Id id,
                           const boost::json::object& before, const boost::json::object& after, std::int64_t now) {
  auto [b, a] = changed_fields(before, after);
  if (b.empty() && a.empty()) return success();
  return record_audit(uow, who.actor, {"update", type, std::to_string(id), std::move(b), std::move(a), who.region_id},
                      now);
}

}  // namespace bb::services
