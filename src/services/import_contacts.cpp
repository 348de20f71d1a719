// Import kind "contacts": a row creates a contact person of an organisation (by id, or by name
// and, where names repeat, municipality), or updates the contact with its id (not an
// anonymised one). Likely duplicates: the same e-mail address, or the same normalised name at
// the same organisation (twice in the file: the later row is rejected; in the register: flagged).
#include "domain/normalise.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"
#include "services/import_kinds.hpp"
#include "services/register_audit.hpp"
#include "services/register_rules.hpp"

namespace bb::services::import_detail {

namespace {

std::string name_key(Id organisation_id, const std::string& name) {
  return "n\x1f" + std::to_string(organisation_id) + "\x1f" + domain::normalise_for_search(name);
}
std::string email_key(const std::string& email) {
  return "e\x1f" + email;
}

class ContactRules final : public ImportRules {
 public:
  Result<void> load(storage::UnitOfWork& uow, Id region_id) override {
    if (auto r = municipalities_.load(uow, region_id); !r) return r;
    if (auto r = organisations_.load(uow, region_id); !r) return r;
    storage::ContactQuery query;
    query.limit = 1000;
    for (query.offset = 0;; query.offset += query.limit) {
      auto page = uow.contacts().list(region_id, query);
      if (!page) return page.error();
      for (auto& c : page->items) {
        if (!c.anonymised) {
          existing_by_key_[name_key(c.organisation_id, c.name)].push_back(c.id);
          if (!c.email.empty()) existing_by_key_[email_key(c.email)].push_back(c.id);
        }
        const auto id = c.id;
        existing_.emplace(id, std::move(c));
      }
      if (page->items.size() < static_cast<std::size_t>(query.limit)) break;
    }
    return success();
  }

  bool check(ImportRow& row) override {
    Draft d;
    domain::Contact& c = d.contact;
    if (auto id_text = row.given("id")) {
      const auto id = parse_id(*id_text);
      const auto found = id ? existing_.find(*id) : existing_.end();
      if (found == existing_.end()) {
        row.problem("id", "import.error.unknown_contact_id", *id_text);
      } else if (found->second.anonymised) {
        row.problem("id", "error.contact_anonymised", *id_text);
      } else {
        c = found->second;
        d.update = true;
      }
    }
    if (row.given("organisation_id") || row.given("organisation")) {
      if (auto org = organisations_.resolve(row, "organisation_id", "organisation", "organisation_municipality",
                                            municipalities_))
        c.organisation_id = *org;
      else
        c.organisation_id = -1;  // unresolved: a problem is reported already
    }
    if (auto v = row.value("name")) c.name = *v;
    if (auto v = row.value("function")) c.function = *v;
    if (auto v = row.value("email")) c.email = *v;
    if (auto v = row.value("phone")) c.phone = *v;
    if (auto v = row.value("languages")) c.languages = domain::split_list(*v);
    if (auto v = row.value("data_basis")) {
      if (v->empty()) {
        c.data_basis = domain::DataBasis::legitimate_interest;
      } else if (auto basis = row.choice("data_basis", *v, domain::parse_data_basis)) {
        c.data_basis = *basis;
      }
    }
    if (auto v = row.value("consent_date")) c.consent_date = ImportRow::date(*v);
    tidy(c);
    const auto has_organisation_problem = row.has_problem("organisation") || row.has_problem("organisation_id") ||
                                          row.has_problem("organisation_municipality");
    auto errors = domain::validate(c);
    if (has_organisation_problem || c.organisation_id < 0) errors.erase("organisation_id");
    row.problems(errors, {{"organisation_id", {"organisation", "organisation_id"}}});
    row.set_name(c.name + (c.organisation_id > 0 ? " (" + organisations_.name_of(c.organisation_id) + ")" : ""));
    if (!c.name.empty() && c.organisation_id > 0) {
      std::vector<std::string> keys = {name_key(c.organisation_id, c.name)};
      if (!c.email.empty()) keys.push_back(email_key(c.email));
      bool repeated = false;
      for (const auto& key : keys) {
        if (auto first = in_file_.check(key, row.number()); first && !repeated) {
          row.problem(key.starts_with("e") ? "email" : "name", "import.error.duplicate_contact_in_file",
                      std::to_string(*first));
          row.duplicate_of_row(*first);
          repeated = true;
        }
        if (auto found = existing_by_key_.find(key); found != existing_by_key_.end()) {
          for (Id other : found->second) {
            if (d.update && other == c.id) continue;
            const auto& o = existing_.at(other);
            const auto label = o.name + " (" + organisations_.name_of(o.organisation_id) + ")";
            auto& dups = row.report().duplicates;
            if (std::find(dups.begin(), dups.end(), label) == dups.end()) row.duplicate_in_register(label);
          }
        }
      }
    }
    drafts_.push_back(std::move(d));
    return drafts_.back().update;
  }

  Result<void> write(storage::UnitOfWork& uow, const RegisterCaller& who, std::size_t index,
                     std::int64_t now) override {
    auto& c = drafts_[index].contact;
    if (drafts_[index].update) {
      const auto before = audit_fields(existing_.at(c.id));
      const auto after = audit_fields(c);
      if (before == after) return success();
      auto updated = uow.contacts().update(who.region_id, c, now);
      if (!updated) return updated.error();
      return record_update(uow, who, "contact", c.id, before, after, now);
    }
    auto id = uow.contacts().create(who.region_id, c, now);
    if (!id) return id.error();
    return record_audit(uow, who.actor, {"create", "contact", std::to_string(*id), {}, audit_fields(c), who.region_id},
                        now);
  }

 private:
  struct Draft {
    domain::Contact contact;
    bool update = false;
  };
  MunicipalityLookup municipalities_;
  OrganisationLookup organisations_;
  std::map<Id, domain::Contact> existing_;
  std::map<std::string, std::vector<Id>> existing_by_key_;
  InFileDuplicates in_file_;
  std::vector<Draft> drafts_;
};

}  // namespace

std::unique_ptr<ImportRules> contact_rules() {
  return std::make_unique<ContactRules>();
}

}  // namespace bb::services::import_detail
