#include "services/register_service.hpp"

#include "domain/normalise.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"
#include "services/register_audit.hpp"
#include "services/register_rules.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

namespace bb::services {

namespace {

using domain::FieldErrors;
using domain::Id;
using domain::Role;
using storage::UnitOfWork;

Error invalid(FieldErrors fields) {
  return Error::invalid("validation.form", std::move(fields));
}

}  // namespace

// Writes to one organisation's profile or contacts (and, issue 5, its offers): staff, or the
// partner of that organisation.
Result<void> may_edit_organisation(UnitOfWork& uow, const RegisterCaller& who, Id organisation_id) {
  if (is_staff(who.role)) return success();
  if (who.role != Role::partner || !who.actor.user_id) return Error::forbidden();
  auto own = uow.organisations().partner_organisation(who.region_id, *who.actor.user_id);
  if (!own) return own.error();
  if (own->has_value() && **own == organisation_id) return success();
  return Error::forbidden("error.partner_own_organisation");
}

namespace {

Result<bool> organisation_exists(UnitOfWork& uow, Id region_id, Id organisation_id) {
  auto found = uow.organisations().find(region_id, organisation_id);
  if (!found) return found.error();
  return found->has_value();
}

Result<bool> network_exists(UnitOfWork& uow, Id region_id, Id network_id) {
  auto found = uow.networks().find(region_id, network_id);
  if (!found) return found.error();
  return found->has_value();
}

Result<bool> municipalities_exist(UnitOfWork& uow, Id region_id, const std::vector<Id>& ids) {
  if (ids.empty()) return true;
  auto all = uow.regions().municipalities(region_id);
  if (!all) return all.error();
  return std::all_of(ids.begin(), ids.end(), [&](Id id) {
    return std::any_of(all->begin(), all->end(), [&](const domain::Municipality& m) { return m.id == id; });
  });
}

// ----- checks against the region's data (field errors are added to `fields`) -----

Result<void> check_references(UnitOfWork& uow, Id region_id, const domain::Organisation& o, FieldErrors& fields) {
  if (o.municipality_id) {
    auto ok = municipalities_exist(uow, region_id, {*o.municipality_id});
    if (!ok) return ok.error();
    if (!*ok) fields["municipality_id"] = "validation.municipality";
  }
  if (!fields.contains("type") && !domain::is_builtin_organisation_type(o.type)) {
    auto types = uow.organisations().custom_types(region_id);
    if (!types) return types.error();
    if (std::none_of(types->begin(), types->end(), [&](const domain::OrganisationType& t) { return t.key == o.type; }))
      fields["type"] = "validation.organisation_type";
  }
  return success();
}

Result<void> check_references(UnitOfWork& uow, Id region_id, const domain::Contact& c, FieldErrors& fields) {
  if (c.organisation_id > 0) {
    auto ok = organisation_exists(uow, region_id, c.organisation_id);
    if (!ok) return ok.error();
    if (!*ok) fields["organisation_id"] = "validation.organisation";
  }
  return success();
}

Result<void> check_references(UnitOfWork& uow, Id region_id, const domain::Network& n, FieldErrors& fields) {
  if (n.lead_organisation_id) {
    auto ok = organisation_exists(uow, region_id, *n.lead_organisation_id);
    if (!ok) return ok.error();
    if (!*ok) fields["lead_organisation_id"] = "validation.organisation";
  }
  auto ok = municipalities_exist(uow, region_id, n.municipality_ids);
  if (!ok) return ok.error();
  if (!*ok) fields["municipality_ids"] = "validation.municipality";
  return success();
}

Result<void> check_references(UnitOfWork& uow, Id region_id, const domain::Membership& m, FieldErrors& fields) {
  if (m.network_id > 0) {
    auto ok = network_exists(uow, region_id, m.network_id);
    if (!ok) return ok.error();
    if (!*ok) fields["network_id"] = "validation.network";
  }
  if (m.organisation_id > 0) {
    auto ok = organisation_exists(uow, region_id, m.organisation_id);
    if (!ok) return ok.error();
    if (!*ok) fields["organisation_id"] = "validation.organisation";
  }
  if (!fields.empty()) return success();
  auto existing = uow.memberships().of_organisation(region_id, m.organisation_id, "");
  if (!existing) return existing.error();
  for (const auto& other : *existing) {
    if (other.membership.network_id == m.network_id && other.membership.id != m.id &&
        periods_overlap(other.membership, m))
      fields["since"] = "validation.membership_overlap";
  }
  return success();
}

Result<void> check_references(UnitOfWork& uow, Id region_id, const domain::Tie& t, FieldErrors& fields) {
  for (auto [field, id] : {std::pair<const char*, Id>{"organisation_a_id", t.organisation_a_id},
                           std::pair<const char*, Id>{"organisation_b_id", t.organisation_b_id}}) {
    if (id <= 0 || fields.contains(field)) continue;
    auto ok = organisation_exists(uow, region_id, id);
    if (!ok) return ok.error();
    if (!*ok) fields[field] = "validation.organisation";
  }
  return success();
}

Result<void> check_references(UnitOfWork& uow, Id region_id, const domain::Transfer& t, FieldErrors& fields) {
  for (auto [field, end] : {std::pair<const char*, const domain::TransferEnd*>{"from", &t.from},
                            std::pair<const char*, const domain::TransferEnd*>{"to", &t.to}}) {
    if (!end->network_id || fields.contains(field)) continue;
    auto ok = network_exists(uow, region_id, *end->network_id);
    if (!ok) return ok.error();
    if (!*ok) fields[field] = "validation.network";
  }
  return success();
}

// Validation of the record plus its references, as one Error.
template <typename Record>
Result<void> validate_in_region(UnitOfWork& uow, Id region_id, const Record& record) {
  FieldErrors fields = domain::validate(record);
  if (auto r = check_references(uow, region_id, record, fields); !r) return r;
  if (!fields.empty()) return invalid(std::move(fields));
  return success();
}

// Removes the personal values from a contact's earlier audit entries.
Result<void> redact_contact_history(UnitOfWork& uow, Id region_id, Id contact_id) {
  auto entries = uow.audit().list_for_object(region_id, "contact", std::to_string(contact_id));
  if (!entries) return entries.error();
  for (const auto& entry : *entries) {
    auto redacted = [](const std::string& text) {
      boost::system::error_code ec;
      boost::json::value parsed = boost::json::parse(text, ec);
      if (ec || !parsed.is_object()) return std::string("{}");
      redact_contact_fields(parsed.as_object());
      return boost::json::serialize(parsed);
    };
    auto r = uow.contacts().redact_audit_entry(region_id, contact_id, entry.id, redacted(entry.before_json),
                                               redacted(entry.after_json));
    if (!r) return r.error();
  }
  return success();
}

std::map<std::string, std::string> dependant_fields(const storage::OrganisationDependants& d) {
  std::map<std::string, std::string> fields;
  if (d.contacts > 0) fields["contacts"] = "error.in_use.contacts";
  if (d.memberships > 0) fields["memberships"] = "error.in_use.memberships";
  if (d.ties > 0) fields["ties"] = "error.in_use.ties";
  if (d.led_networks > 0) fields["led_networks"] = "error.in_use.led_networks";
  if (d.partner_users > 0) fields["partner_users"] = "error.in_use.partner_users";
  if (d.offers > 0) fields["offers"] = "error.in_use.offers";
  if (d.needs > 0) fields["needs"] = "error.in_use.needs";
  if (d.plan_measures > 0) fields["plan_measures"] = "error.in_use.plan_measures";
  return fields;
}

}  // namespace

RegisterCaller RegisterCaller::of(const domain::User& user, std::string request_id) {
  return RegisterCaller{Actor{user.id, user.region_id, std::move(request_id)}, user.region_id.value_or(0), user.role};
}

RegisterCaller RegisterCaller::operator_in(domain::Id region_id) {
  return RegisterCaller{Actor{std::nullopt, region_id, "cli"}, region_id, Role::staff};
}

// ===== organisations =====

Result<domain::Id> RegisterService::create_organisation(const RegisterCaller& who, domain::Organisation o,
                                                        std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(o);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = validate_in_region(uow, who.region_id, o); !r) return r.error();
    auto id = uow.organisations().create(who.region_id, o, now);
    if (!id) return id.error();
    auto created = uow.organisations().find(who.region_id, *id);
    if (!created) return created.error();
    if (!created->has_value()) return Error::internal("organisation vanished after insert");
    auto audited =
        record_audit(uow, who.actor,
                     {"create", "organisation", std::to_string(*id), {}, audit_fields(**created), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> RegisterService::update_organisation(const RegisterCaller& who, domain::Organisation o, std::int64_t now) {
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.organisations().find(who.region_id, o.id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    const domain::Organisation before = **found;
    if (auto r = may_edit_organisation(uow, who, o.id); !r) return r;
    if (!is_staff(who.role)) {  // partners keep their profile, not the register's classification
      o.type = before.type;
      o.active = before.active;
    }
    tidy(o);
    if (auto r = validate_in_region(uow, who.region_id, o); !r) return r;
    const auto before_fields = audit_fields(before);
    const auto after_fields = audit_fields(o);
    if (before_fields == after_fields) return success();
    auto updated = uow.organisations().update(who.region_id, o, now);
    if (!updated) return updated.error();
    if (!*updated) return Error::not_found();
    return record_update(uow, who, "organisation", o.id, before_fields, after_fields, now);
  });
}

Result<void> RegisterService::set_organisation_active(const RegisterCaller& who, domain::Id organisation_id,
                                                      bool active, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.organisations().find(who.region_id, organisation_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    domain::Organisation o = **found;
    if (o.active == active) return success();
    const auto before_fields = audit_fields(o);
    o.active = active;
    auto updated = uow.organisations().update(who.region_id, o, now);
    if (!updated) return updated.error();
    return record_update(uow, who, "organisation", o.id, before_fields, audit_fields(o), now);
  });
}

Result<void> RegisterService::delete_organisation(const RegisterCaller& who, domain::Id organisation_id,
                                                  std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.organisations().find(who.region_id, organisation_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    auto dependants = uow.organisations().dependants(who.region_id, organisation_id);
    if (!dependants) return dependants.error();
    if (dependants->any()) return Error::conflict("error.organisation_in_use", dependant_fields(*dependants));
    auto removed = uow.organisations().remove(who.region_id, organisation_id);
    if (!removed) return removed.error();
    return record_audit(
        uow, who.actor,
        {"delete", "organisation", std::to_string(organisation_id), audit_fields(**found), {}, who.region_id}, now);
  });
}

Result<std::optional<domain::Organisation>> RegisterService::find_organisation(domain::Id region_id,
                                                                               domain::Id organisation_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.organisations().find(region_id, organisation_id); });
}

Result<storage::PageOf<domain::Organisation>> RegisterService::list_organisations(
    domain::Id region_id, const storage::OrganisationQuery& query) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.organisations().list(region_id, query); });
}

Result<std::vector<storage::OrganisationName>> RegisterService::organisation_names(domain::Id region_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.organisations().names(region_id); });
}

Result<storage::OrganisationDependants> RegisterService::organisation_dependants(domain::Id region_id,
                                                                                 domain::Id organisation_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.organisations().dependants(region_id, organisation_id); });
}

Result<std::vector<domain::Organisation>> RegisterService::likely_duplicates(
    domain::Id region_id, std::string_view name, std::optional<domain::Id> municipality_id) {
  return db_.read_value(
      [&](UnitOfWork& uow) { return uow.organisations().likely_duplicates(region_id, name, municipality_id); });
}

Result<std::vector<OrganisationTypeOption>> RegisterService::organisation_types(domain::Id region_id) {
  auto custom = db_.read_value([&](UnitOfWork& uow) { return uow.organisations().custom_types(region_id); });
  if (!custom) return custom.error();
  std::vector<OrganisationTypeOption> out;
  for (auto key : domain::kBuiltinOrganisationTypes)
    out.push_back({std::string(key), "register.type." + std::string(key), {}, {}, true});
  for (const auto& t : *custom) out.push_back({t.key, {}, t.label, t.label_en, t.active});
  return out;
}

namespace {

// Trimmed labels of an admin's input, or the field errors.
Result<OrganisationTypeInput> checked_type_labels(const OrganisationTypeInput& input) {
  OrganisationTypeInput out{domain::trim(input.key), domain::trim(input.label), domain::trim(input.label_en)};
  FieldErrors fields;
  if (out.label.empty()) fields["label"] = "validation.required";
  if (out.label.size() > 100) fields["label"] = "validation.too_long";
  if (out.label_en.size() > 100) fields["label_en"] = "validation.too_long";
  if (out.key.size() > 60) fields["key"] = "validation.too_long";
  if (!fields.empty()) return invalid(std::move(fields));
  return out;
}

// Another type of the region (not `except_key`) whose German or English label reads the same.
bool label_taken(const std::vector<domain::OrganisationType>& types, const OrganisationTypeInput& input,
                 std::string_view except_key) {
  const std::string de = domain::normalise_for_search(input.label);
  const std::string en = domain::normalise_for_search(input.label_en);
  return std::any_of(types.begin(), types.end(), [&](const domain::OrganisationType& t) {
    if (t.key == except_key) return false;
    const std::string other_de = domain::normalise_for_search(t.label);
    const std::string other_en = domain::normalise_for_search(t.label_en);
    return other_de == de || (!en.empty() && other_en == en);
  });
}

}  // namespace

Result<std::vector<RegionTypeUse>> RegisterService::region_types(const RegisterCaller& who) {
  if (who.role != Role::admin) return Error::forbidden();
  return db_.read_value([&](UnitOfWork& uow) -> Result<std::vector<RegionTypeUse>> {
    auto custom = uow.organisations().all_custom_types(who.region_id);
    if (!custom) return custom.error();
    std::vector<RegionTypeUse> out;
    for (auto key : domain::kBuiltinOrganisationTypes)
      out.push_back({{std::string(key), "register.type." + std::string(key), {}, {}, true}, 0});
    for (const auto& t : *custom) out.push_back({{t.key, {}, t.label, t.label_en, t.active}, 0});
    for (auto& row : out) {  // a few dozen types: one COUNT each on the admin's page
      auto used = uow.organisations().count_of_type(who.region_id, row.type.key);
      if (!used) return used.error();
      row.organisations = *used;
    }
    return out;
  });
}

Result<std::string> RegisterService::add_organisation_type(const RegisterCaller& who,
                                                           const OrganisationTypeInput& input, std::int64_t now) {
  if (who.role != Role::admin) return Error::forbidden();
  auto checked = checked_type_labels(input);
  if (!checked) return checked.error();
  return db_.write_value([&](UnitOfWork& uow) -> Result<std::string> {
    auto existing = uow.organisations().all_custom_types(who.region_id);
    if (!existing) return existing.error();
    if (label_taken(*existing, *checked, {})) return invalid({{"label", "validation.type_exists"}});
    const auto key_taken = [&](const std::string& key) {
      return std::any_of(existing->begin(), existing->end(), [&](const auto& t) { return t.key == key; });
    };
    std::string key;
    if (!checked->key.empty()) {  // chosen by the admin: taken is an error
      key = domain::custom_type_key(checked->key);
      if (key_taken(key)) return invalid({{"key", "validation.type_exists"}});
    } else {  // a slug of the label, numbered if another label has the same slug
      const std::string base = domain::custom_type_key(checked->label);
      key = base;
      for (int n = 2; key_taken(key); ++n) key = base + "_" + std::to_string(n);
    }
    auto id = uow.organisations().add_custom_type(who.region_id, key, checked->label, checked->label_en);
    if (!id) return id.error();
    boost::json::object after{{"key", key}, {"label", checked->label}, {"label_en", checked->label_en}, {"active", true}};
    auto audited = record_audit(uow, who.actor,
                                {"create", "organisation_type", std::to_string(*id), {}, after, who.region_id}, now);
    if (!audited) return audited.error();
    return key;
  });
}

namespace {

boost::json::object type_audit_fields(const domain::OrganisationType& t) {
  return {{"key", t.key}, {"label", t.label}, {"label_en", t.label_en}, {"active", t.active}};
}

}  // namespace

Result<void> RegisterService::rename_organisation_type(const RegisterCaller& who, std::string_view key,
                                                       const OrganisationTypeInput& input, std::int64_t now) {
  if (who.role != Role::admin) return Error::forbidden();
  auto checked = checked_type_labels(input);
  if (!checked) return checked.error();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto existing = uow.organisations().all_custom_types(who.region_id);
    if (!existing) return existing.error();
    const auto found = std::find_if(existing->begin(), existing->end(), [&](const auto& t) { return t.key == key; });
    if (found == existing->end()) return Error::not_found();
    if (label_taken(*existing, *checked, key)) return invalid({{"label", "validation.type_exists"}});
    domain::OrganisationType after = *found;
    after.label = checked->label;
    after.label_en = checked->label_en;
    if (after.label == found->label && after.label_en == found->label_en) return success();
    auto updated = uow.organisations().update_custom_type(who.region_id, after);
    if (!updated) return updated.error();
    return record_audit(uow, who.actor,
                        {"update", "organisation_type", std::to_string(found->id), type_audit_fields(*found),
                         type_audit_fields(after), who.region_id},
                        now);
  });
}

Result<void> RegisterService::set_organisation_type_active(const RegisterCaller& who, std::string_view key,
                                                           bool active, std::int64_t now) {
  if (who.role != Role::admin) return Error::forbidden();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto existing = uow.organisations().all_custom_types(who.region_id);
    if (!existing) return existing.error();
    const auto found = std::find_if(existing->begin(), existing->end(), [&](const auto& t) { return t.key == key; });
    if (found == existing->end()) return Error::not_found();
    if (found->active == active) return success();
    if (!active) {
      auto used = uow.organisations().count_of_type(who.region_id, key);
      if (!used) return used.error();
      if (*used > 0)
        return Error::conflict("register_admin.error.type_in_use",
                               {{"organisations", "register_admin.error.type_used_by"}});
    }
    domain::OrganisationType after = *found;
    after.active = active;
    auto updated = uow.organisations().update_custom_type(who.region_id, after);
    if (!updated) return updated.error();
    return record_audit(uow, who.actor,
                        {"update", "organisation_type", std::to_string(found->id), type_audit_fields(*found),
                         type_audit_fields(after), who.region_id},
                        now);
  });
}

Result<void> RegisterService::set_partner_organisation(const RegisterCaller& who, domain::Id user_id,
                                                       std::optional<domain::Id> organisation_id, std::int64_t now) {
  if (who.role != Role::admin) return Error::forbidden();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto user = uow.users().find_in_region(who.region_id, user_id);
    if (!user) return user.error();
    if (!user->has_value()) return Error::not_found();
    if (organisation_id) {
      if ((*user)->role != Role::partner) return invalid({{"organisation_id", "validation.partner_only"}});
      auto ok = organisation_exists(uow, who.region_id, *organisation_id);
      if (!ok) return ok.error();
      if (!*ok) return invalid({{"organisation_id", "validation.organisation"}});
    }
    auto before = uow.organisations().partner_organisation(who.region_id, user_id);
    if (!before) return before.error();
    if (*before == organisation_id) return success();
    auto changed = uow.organisations().set_partner_organisation(who.region_id, user_id, organisation_id);
    if (!changed) return changed.error();
    auto as_json = [](const std::optional<Id>& id) {
      return id ? boost::json::value(*id) : boost::json::value(nullptr);
    };
    boost::json::object b{{"organisation_id", as_json(*before)}};
    boost::json::object a{{"organisation_id", as_json(organisation_id)}};
    return record_audit(uow, who.actor, {"update", "user", std::to_string(user_id), b, a, who.region_id}, now);
  });
}

Result<std::optional<domain::Id>> RegisterService::partner_organisation(domain::Id region_id, domain::Id user_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.organisations().partner_organisation(region_id, user_id); });
}

// ===== contacts =====

Result<domain::Id> RegisterService::create_contact(const RegisterCaller& who, domain::Contact c, std::int64_t now) {
  tidy(c);
  c.anonymised = false;
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = validate_in_region(uow, who.region_id, c); !r) return r.error();
    if (auto r = may_edit_organisation(uow, who, c.organisation_id); !r) return r.error();
    auto id = uow.contacts().create(who.region_id, c, now);
    if (!id) return id.error();
    auto audited = record_audit(uow, who.actor,
                                {"create", "contact", std::to_string(*id), {}, audit_fields(c), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> RegisterService::update_contact(const RegisterCaller& who, domain::Contact c, std::int64_t now) {
  tidy(c);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.contacts().find(who.region_id, c.id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    const domain::Contact before = **found;
    if (auto r = may_edit_organisation(uow, who, before.organisation_id); !r) return r;
    if (before.anonymised) return Error::conflict("error.contact_anonymised");
    if (auto r = validate_in_region(uow, who.region_id, c); !r) return r;
    // Moving a contact to another organisation needs the right to edit that one too.
    if (c.organisation_id != before.organisation_id) {
      if (auto r = may_edit_organisation(uow, who, c.organisation_id); !r) return r;
    }
    c.anonymised = false;
    const auto before_fields = audit_fields(before);
    const auto after_fields = audit_fields(c);
    if (before_fields == after_fields) return success();
    auto updated = uow.contacts().update(who.region_id, c, now);
    if (!updated) return updated.error();
    return record_update(uow, who, "contact", c.id, before_fields, after_fields, now);
  });
}

Result<void> RegisterService::delete_contact(const RegisterCaller& who, domain::Id contact_id, std::int64_t now) {
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.contacts().find(who.region_id, contact_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    if (auto r = may_edit_organisation(uow, who, (*found)->organisation_id); !r) return r;
    auto removed = uow.contacts().remove(who.region_id, contact_id);
    if (!removed) return removed.error();
    // A deleted person leaves no personal data in the history either.
    if (auto r = redact_contact_history(uow, who.region_id, contact_id); !r) return r;
    auto before = audit_fields(**found);
    redact_contact_fields(before);
    return record_audit(uow, who.actor, {"delete", "contact", std::to_string(contact_id), before, {}, who.region_id},
                        now);
  });
}

Result<void> RegisterService::anonymise_contact(const RegisterCaller& who, domain::Id contact_id, std::int64_t now) {
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.contacts().find(who.region_id, contact_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    if (auto r = may_edit_organisation(uow, who, (*found)->organisation_id); !r) return r;
    if ((*found)->anonymised) return success();
    auto done = uow.contacts().anonymise(who.region_id, contact_id, now);
    if (!done) return done.error();
    if (auto r = redact_contact_history(uow, who.region_id, contact_id); !r) return r;
    boost::json::object before{{"anonymised", false}};
    boost::json::object after{{"anonymised", true}};
    return record_audit(uow, who.actor,
                        {"anonymise", "contact", std::to_string(contact_id), before, after, who.region_id}, now);
  });
}

Result<std::optional<domain::Contact>> RegisterService::find_contact(domain::Id region_id, domain::Id contact_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.contacts().find(region_id, contact_id); });
}

Result<storage::PageOf<domain::Contact>> RegisterService::list_contacts(domain::Id region_id,
                                                                        const storage::ContactQuery& query) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.contacts().list(region_id, query); });
}

// ===== networks =====

Result<domain::Id> RegisterService::create_network(const RegisterCaller& who, domain::Network n, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(n);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = validate_in_region(uow, who.region_id, n); !r) return r.error();
    auto id = uow.networks().create(who.region_id, n, now);
    if (!id) return id.error();
    auto audited = record_audit(uow, who.actor,
                                {"create", "network", std::to_string(*id), {}, audit_fields(n), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> RegisterService::update_network(const RegisterCaller& who, domain::Network n, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  tidy(n);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.networks().find(who.region_id, n.id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    if (auto r = validate_in_region(uow, who.region_id, n); !r) return r;
    const auto before_fields = audit_fields(**found);
    const auto after_fields = audit_fields(n);
    if (before_fields == after_fields) return success();
    auto updated = uow.networks().update(who.region_id, n, now);
    if (!updated) return updated.error();
    return record_update(uow, who, "network", n.id, before_fields, after_fields, now);
  });
}

Result<void> RegisterService::delete_network(const RegisterCaller& who, domain::Id network_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.networks().find(who.region_id, network_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    auto dependants = uow.networks().dependants(who.region_id, network_id);
    if (!dependants) return dependants.error();
    if (dependants->any()) {
      std::map<std::string, std::string> fields;
      if (dependants->memberships > 0) fields["memberships"] = "error.in_use.memberships";
      if (dependants->transfers > 0) fields["transfers"] = "error.in_use.transfers";
      return Error::conflict("error.network_in_use", std::move(fields));
    }
    auto removed = uow.networks().remove(who.region_id, network_id);
    if (!removed) return removed.error();
    return record_audit(uow, who.actor,
                        {"delete", "network", std::to_string(network_id), audit_fields(**found), {}, who.region_id},
                        now);
  });
}

Result<std::optional<domain::Network>> RegisterService::find_network(domain::Id region_id, domain::Id network_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.networks().find(region_id, network_id); });
}

Result<storage::PageOf<domain::Network>> RegisterService::list_networks(domain::Id region_id,
                                                                        const storage::NetworkQuery& query) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.networks().list(region_id, query); });
}

Result<storage::NetworkDependants> RegisterService::network_dependants(domain::Id region_id, domain::Id network_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.networks().dependants(region_id, network_id); });
}

// ===== memberships =====

Result<domain::Id> RegisterService::create_membership(const RegisterCaller& who, domain::Membership m,
                                                      std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(m);
  m.id = 0;
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = validate_in_region(uow, who.region_id, m); !r) return r.error();
    auto id = uow.memberships().create(who.region_id, m);
    if (!id) return id.error();
    auto audited = record_audit(uow, who.actor,
                                {"create", "membership", std::to_string(*id), {}, audit_fields(m), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> RegisterService::update_membership(const RegisterCaller& who, domain::Membership m, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  tidy(m);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.memberships().find(who.region_id, m.id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    if (auto r = validate_in_region(uow, who.region_id, m); !r) return r;
    const auto before_fields = audit_fields(**found);
    const auto after_fields = audit_fields(m);
    if (before_fields == after_fields) return success();
    auto updated = uow.memberships().update(who.region_id, m);
    if (!updated) return updated.error();
    return record_update(uow, who, "membership", m.id, before_fields, after_fields, now);
  });
}

Result<void> RegisterService::delete_membership(const RegisterCaller& who, domain::Id membership_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.memberships().find(who.region_id, membership_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    auto removed = uow.memberships().remove(who.region_id, membership_id);
    if (!removed) return removed.error();
    return record_audit(
        uow, who.actor,
        {"delete", "membership", std::to_string(membership_id), audit_fields(**found), {}, who.region_id}, now);
  });
}

Result<std::vector<storage::MembershipView>> RegisterService::members_of(domain::Id region_id, domain::Id network_id,
                                                                         std::string_view as_of) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.memberships().of_network(region_id, network_id, as_of); });
}

Result<std::vector<storage::MembershipView>> RegisterService::networks_of(domain::Id region_id,
                                                                          domain::Id organisation_id,
                                                                          std::string_view as_of) {
  return db_.read_value(
      [&](UnitOfWork& uow) { return uow.memberships().of_organisation(region_id, organisation_id, as_of); });
}

// ===== ties =====

Result<domain::Id> RegisterService::create_tie(const RegisterCaller& who, domain::Tie t, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(t);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = validate_in_region(uow, who.region_id, t); !r) return r.error();
    auto id = uow.ties().create(who.region_id, t);
    if (!id) return id.error();
    auto audited =
        record_audit(uow, who.actor, {"create", "tie", std::to_string(*id), {}, audit_fields(t), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> RegisterService::update_tie(const RegisterCaller& who, domain::Tie t, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  tidy(t);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.ties().find(who.region_id, t.id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    if (auto r = validate_in_region(uow, who.region_id, t); !r) return r;
    const auto before_fields = audit_fields(**found);
    const auto after_fields = audit_fields(t);
    if (before_fields == after_fields) return success();
    auto updated = uow.ties().update(who.region_id, t);
    if (!updated) return updated.error();
    return record_update(uow, who, "tie", t.id, before_fields, after_fields, now);
  });
}

Result<void> RegisterService::delete_tie(const RegisterCaller& who, domain::Id tie_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.ties().find(who.region_id, tie_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    auto removed = uow.ties().remove(who.region_id, tie_id);
    if (!removed) return removed.error();
    return record_audit(uow, who.actor,
                        {"delete", "tie", std::to_string(tie_id), audit_fields(**found), {}, who.region_id}, now);
  });
}

Result<std::vector<storage::TieView>> RegisterService::ties_of(domain::Id region_id, domain::Id organisation_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.ties().of_organisation(region_id, organisation_id); });
}

// ===== transfers =====

Result<domain::Id> RegisterService::create_transfer(const RegisterCaller& who, domain::Transfer t, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(t);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = validate_in_region(uow, who.region_id, t); !r) return r.error();
    auto id = uow.transfers().create(who.region_id, t, now);
    if (!id) return id.error();
    auto audited = record_audit(uow, who.actor,
                                {"create", "transfer", std::to_string(*id), {}, audit_fields(t), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> RegisterService::update_transfer(const RegisterCaller& who, domain::Transfer t, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  tidy(t);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.transfers().find(who.region_id, t.id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    if (auto r = validate_in_region(uow, who.region_id, t); !r) return r;
    const auto before_fields = audit_fields(**found);
    const auto after_fields = audit_fields(t);
    if (before_fields == after_fields) return success();
    auto updated = uow.transfers().update(who.region_id, t);
    if (!updated) return updated.error();
    return record_update(uow, who, "transfer", t.id, before_fields, after_fields, now);
  });
}

Result<void> RegisterService::delete_transfer(const RegisterCaller& who, domain::Id transfer_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.transfers().find(who.region_id, transfer_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    auto removed = uow.transfers().remove(who.region_id, transfer_id);
    if (!removed) return removed.error();
    return record_audit(uow, who.actor,
                        {"delete", "transfer", std::to_string(transfer_id), audit_fields(**found), {}, who.region_id},
                        now);
  });
}

Result<storage::NetworkTransfers> RegisterService::transfers_of(domain::Id region_id, domain::Id network_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.transfers().of_network(region_id, network_id); });
}

Result<storage::PageOf<storage::TransferView>> RegisterService::list_transfers(domain::Id region_id, int limit,
                                                                               int offset) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.transfers().list(region_id, limit, offset); });
}

Result<std::vector<domain::AuditEntry>> RegisterService::history(domain::Id region_id, std::string_view object_type,
                                                                 domain::Id object_id) {
  return db_.read_value(
      [&](UnitOfWork& uow) { return uow.audit().list_for_object(region_id, object_type, std::to_string(object_id)); });
}

}  // namespace bb::services
