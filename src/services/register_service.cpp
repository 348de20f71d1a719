#include "services/register_service.hpp"

#include "domain/normalise.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"
#include "services/register_audit.hpp"

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

bool is_staff(Role role) {
  return role == Role::admin || role == Role::staff;
}

Error invalid(FieldErrors fields) {
  return Error::invalid("validation.form", std::move(fields));
}

// Writes that only staff may do; a partner is told what they may do instead.
Result<void> require_staff(const RegisterCaller& who) {
  if (is_staff(who.role)) return success();
  if (who.role == Role::partner) return Error::forbidden("error.partner_own_organisation");
  return Error::forbidden();
}

// Writes to one organisation's profile or contacts: staff, or the partner of that organisation.
Result<void> may_edit_organisation(UnitOfWork& uow, const RegisterCaller& who, Id organisation_id) {
  if (is_staff(who.role)) return success();
  if (who.role != Role::partner || !who.actor.user_id) return Error::forbidden();
  auto own = uow.organisations().partner_organisation(who.region_id, *who.actor.user_id);
  if (!own) return own.error();
  if (own->has_value() && **own == organisation_id) return success();
  return Error::forbidden("error.partner_own_organisation");
}

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

std::vector<std::string> lower_codes(const std::vector<std::string>& codes) {
  std::vector<std::string> out = domain::clean_list(codes);
  for (auto& code : out)
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Trims what users type and drops what does not apply, before validation.
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

bool periods_overlap(const domain::Membership& a, const domain::Membership& b) {
  const bool a_starts_before_b_ends = a.since.empty() || b.until.empty() || a.since <= b.until;
  const bool b_starts_before_a_ends = b.since.empty() || a.until.empty() || b.since <= a.until;
  return a_starts_before_b_ends && b_starts_before_a_ends;
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

// Records an update with the changed fields only; no entry (and no write) when nothing changed.
Result<void> record_update(UnitOfWork& uow, const RegisterCaller& who, std::string_view type, Id id,
                           const boost::json::object& before, const boost::json::object& after, std::int64_t now) {
  auto [b, a] = changed_fields(before, after);
  if (b.empty() && a.empty()) return success();
  return record_audit(uow, who.actor, {"update", type, std::to_string(id), std::move(b), std::move(a), who.region_id},
                      now);
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

namespace {

// One row of an organisation import: the record it becomes and where each field came from.
struct ImportDraft {
  domain::Organisation organisation;
  bool update = false;
  ImportRowReport report;
};

std::string cell_of(const std::vector<std::string>& row, std::size_t column) {
  return column < row.size() ? row[column] : std::string();
}

}  // namespace

Result<ImportReport> RegisterService::import_organisations(const RegisterCaller& who, const Table& table,
                                                           const std::vector<std::string>& mapping,
                                                           const ImportOptions& options, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  // field -> column index
  std::map<std::string, std::size_t> column_of;
  for (std::size_t i = 0; i < mapping.size() && i < table.header.size(); ++i) {
    if (mapping[i].empty()) continue;
    if (!is_organisation_import_field(mapping[i])) return Error::invalid("import.error.mapping", {{mapping[i], "import.error.unknown_field"}});
    if (column_of.contains(mapping[i])) return Error::invalid("import.error.mapping", {{mapping[i], "import.error.mapped_twice"}});
    column_of[mapping[i]] = i;
  }
  FieldErrors missing;
  for (const char* required : {"name", "type"})
    if (!column_of.contains(required)) missing[required] = "import.error.missing_column";
  if (!missing.empty()) return Error::invalid("import.error.mapping", std::move(missing));
  const auto column_name = [&](const std::string& field) {
    const auto found = column_of.find(field == "municipality_id" ? std::string("municipality") : field);
    return found == column_of.end() ? field : table.header[found->second];
  };
  const auto report_progress = [&](std::string_view phase, std::size_t done) {
    if (options.progress && (done % 1000 == 0 || done == table.rows.size())) options.progress(phase, done, table.rows.size());
  };

  const auto run = [&](UnitOfWork& uow, bool write) -> Result<ImportReport> {
    // What the rows are checked against, loaded once (a 50k-row file must not cost 100k queries).
    auto municipalities = uow.regions().municipalities(who.region_id);
    if (!municipalities) return municipalities.error();
    std::map<std::string, Id> municipality_by_name;
    std::set<Id> municipality_ids;
    for (const auto& m : *municipalities) {
      municipality_by_name[domain::normalise_for_search(m.name)] = m.id;
      municipality_ids.insert(m.id);
    }
    auto custom = uow.organisations().custom_types(who.region_id);
    if (!custom) return custom.error();
    std::map<std::string, std::string> type_by_name = options.type_aliases;
    std::set<std::string> type_keys(domain::kBuiltinOrganisationTypes.begin(), domain::kBuiltinOrganisationTypes.end());
    for (const auto& t : *custom) {
      type_keys.insert(t.key);
      type_by_name[domain::normalise_for_search(t.label)] = t.key;
    }
    std::map<Id, domain::Organisation> existing;
    std::map<std::string, std::vector<Id>> existing_by_key;  // normalised name + municipality
    const auto duplicate_key = [](const std::string& name, std::optional<Id> municipality) {
      return domain::normalise_for_search(name) + "\x1f" + (municipality ? std::to_string(*municipality) : "");
    };
    for (int offset = 0;; offset += 1000) {
      storage::OrganisationQuery query;
      query.limit = 1000;
      query.offset = offset;
      auto page = uow.organisations().list(who.region_id, query);
      if (!page) return page.error();
      for (auto& o : page->items) {
        existing_by_key[duplicate_key(o.name, o.municipality_id)].push_back(o.id);
        const auto id = o.id;
        existing.emplace(id, std::move(o));
      }
      if (page->items.size() < 1000) break;
    }

    ImportReport report;
    std::vector<ImportDraft> drafts;
    drafts.reserve(table.rows.size());
    std::map<std::string, std::size_t> first_row_of_key;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const auto& row = table.rows[r];
      ImportDraft d;
      d.report.row = r + 2;
      const auto problem = [&](const std::string& field, std::string key, std::string detail = {}) {
        d.report.problems.push_back({column_name(field), std::move(key), std::move(detail)});
      };
      const auto value = [&](const std::string& field) -> std::optional<std::string> {
        const auto found = column_of.find(field);
        if (found == column_of.end()) return std::nullopt;
        return domain::trim(cell_of(row, found->second));
      };
      domain::Organisation& o = d.organisation;
      o.active = true;
      if (auto id_text = value("id"); id_text && !id_text->empty()) {
        Id id = 0;
        const auto* end = id_text->data() + id_text->size();
        const auto parsed = std::from_chars(id_text->data(), end, id);
        const auto found = parsed.ec == std::errc() && parsed.ptr == end ? existing.find(id) : existing.end();
        if (found == existing.end()) {
          problem("id", "import.error.unknown_id", *id_text);
        } else {
          o = found->second;
          d.update = true;
        }
      }
      if (auto v = value("name")) o.name = *v;
      if (auto v = value("type")) {
        if (type_keys.contains(*v)) {
          o.type = *v;
        } else if (auto t = type_by_name.find(domain::normalise_for_search(*v)); t != type_by_name.end()) {
          o.type = t->second;
        } else if (v->empty()) {
          o.type.clear();
        } else {
          problem("type", "validation.organisation_type", *v);
        }
      }
      if (auto v = value("municipality")) {
        if (v->empty()) {
          o.municipality_id.reset();
        } else if (auto m = municipality_by_name.find(domain::normalise_for_search(*v)); m != municipality_by_name.end()) {
          o.municipality_id = m->second;
        } else {
          problem("municipality", "validation.municipality", *v);
        }
      }
      if (auto v = value("address")) o.address = *v;
      if (auto v = value("website")) o.website = *v;
      if (auto v = value("email")) o.email = *v;
      if (auto v = value("phone")) o.phone = *v;
      if (auto v = value("languages")) o.languages = domain::split_list(*v);
      if (auto v = value("tags")) o.tags = domain::split_list(*v);
      if (auto v = value("notes")) o.notes = *v;
      if (auto v = value("sector")) o.sector = *v;
      if (auto v = value("size")) {
        if (v->empty()) {
          o.size.reset();
        } else if (auto size = domain::parse_company_size(*v)) {
          o.size = size;
        } else {
          problem("size", "import.error.size", *v);
        }
      }
      for (const char* flag : {"active", "migrant_led", "may_train", "trains_now"}) {
        auto v = value(flag);
        if (!v) continue;
        bool* target = std::string_view(flag) == "active"        ? &o.active
                       : std::string_view(flag) == "migrant_led" ? &o.migrant_led
                       : std::string_view(flag) == "may_train"   ? &o.may_train
                                                                 : &o.trains_now;
        if (std::string_view(flag) == "active" && v->empty()) continue;  // default: active
        if (auto b = parse_import_flag(*v)) {
          *target = *b;
        } else {
          problem(flag, "import.error.flag", *v);
        }
      }
      tidy(o);
      for (const auto& [field, key] : domain::validate(o)) {
        const bool already = std::any_of(d.report.problems.begin(), d.report.problems.end(),
                                         [&](const ImportProblem& p) { return p.column == column_name(field); });
        if (!already) problem(field, key);
      }
      if (o.municipality_id && !municipality_ids.contains(*o.municipality_id)) problem("municipality", "validation.municipality");
      if (!o.type.empty() && !type_keys.contains(o.type) &&
          std::none_of(d.report.problems.begin(), d.report.problems.end(),
                       [&](const ImportProblem& p) { return p.column == column_name("type"); }))
        problem("type", "validation.organisation_type", o.type);
      d.report.name = o.name;
      // Duplicates: twice in the file is an error (the later row); in the register a hint.
      if (!o.name.empty()) {
        const auto key = duplicate_key(o.name, o.municipality_id);
        if (auto first = first_row_of_key.find(key); first != first_row_of_key.end()) {
          problem("name", "import.error.duplicate_in_file", std::to_string(first->second));
          d.report.duplicate_rows.push_back(first->second);
        } else {
          first_row_of_key.emplace(key, d.report.row);
        }
        if (auto found = existing_by_key.find(key); found != existing_by_key.end()) {
          for (Id other : found->second)
            if (!d.update || other != o.id) d.report.duplicates.push_back(existing.at(other).name);
        }
      }
      if (!d.report.problems.empty()) {
        d.report.outcome = ImportRowReport::Outcome::rejected;
        ++report.rejected;
      } else if (d.update) {
        d.report.outcome = ImportRowReport::Outcome::updated;
        ++report.updated;
      } else {
        d.report.outcome = ImportRowReport::Outcome::created;
        ++report.created;
      }
      if (!d.report.duplicates.empty() || !d.report.duplicate_rows.empty()) ++report.flagged;
      drafts.push_back(std::move(d));
      report_progress("check", r + 1);
    }

    if (write && report.rejected == 0) {
      for (std::size_t i = 0; i < drafts.size(); ++i) {
        auto& o = drafts[i].organisation;
        if (drafts[i].update) {
          const auto before_fields = audit_fields(existing.at(o.id));
          const auto after_fields = audit_fields(o);
          if (before_fields != after_fields) {
            auto updated = uow.organisations().update(who.region_id, o, now);
            if (!updated) return updated.error();
            if (auto r = record_update(uow, who, "organisation", o.id, before_fields, after_fields, now); !r)
              return r.error();
          }
        } else {
          auto id = uow.organisations().create(who.region_id, o, now);
          if (!id) return id.error();
          o.id = *id;
          o.region_id = who.region_id;
          o.created_at = o.updated_at = now;
          auto audited = record_audit(
              uow, who.actor, {"create", "organisation", std::to_string(*id), {}, audit_fields(o), who.region_id}, now);
          if (!audited) return audited.error();
        }
        report_progress("write", i + 1);
      }
      report.committed = true;
    }
    for (auto& d : drafts) report.rows.push_back(std::move(d.report));
    return report;
  };

  if (options.dry_run) return db_.read_value([&](UnitOfWork& uow) { return run(uow, false); });
  return db_.write_value([&](UnitOfWork& uow) { return run(uow, true); });
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
    out.push_back({std::string(key), "register.type." + std::string(key), {}});
  for (const auto& t : *custom) out.push_back({t.key, {}, t.label});
  return out;
}

Result<std::string> RegisterService::add_organisation_type(const RegisterCaller& who, std::string_view label,
                                                           std::int64_t now) {
  if (who.role != Role::admin) return Error::forbidden();
  const std::string trimmed = domain::trim(label);
  if (trimmed.empty()) return invalid({{"label", "validation.required"}});
  if (trimmed.size() > 100) return invalid({{"label", "validation.too_long"}});
  return db_.write_value([&](UnitOfWork& uow) -> Result<std::string> {
    auto existing = uow.organisations().custom_types(who.region_id);
    if (!existing) return existing.error();
    const std::string normalised = domain::normalise_for_search(trimmed);
    for (const auto& t : *existing) {
      if (domain::normalise_for_search(t.label) == normalised) return invalid({{"label", "validation.type_exists"}});
    }
    // The key is a slug of the label, numbered if another label has the same slug.
    const std::string base = domain::custom_type_key(trimmed);
    std::string key = base;
    for (int n = 2; std::any_of(existing->begin(), existing->end(), [&](const auto& t) { return t.key == key; }); ++n)
      key = base + "_" + std::to_string(n);
    auto id = uow.organisations().add_custom_type(who.region_id, key, trimmed);
    if (!id) return id.error();
    boost::json::object after{{"key", key}, {"label", trimmed}};
    auto audited = record_audit(uow, who.actor,
                                {"create", "organisation_type", std::to_string(*id), {}, after, who.region_id}, now);
    if (!audited) return audited.error();
    return key;
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
