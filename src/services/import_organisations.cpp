// Import kind "organisations": a row creates an organisation, or updates the one with its id.
// Likely duplicate: the same normalised name in the same municipality (twice in the file: the
// later row is rejected; already in the register: flagged).
#include "domain/normalise.hpp"
#include "services/audit.hpp"
#include "services/import_kinds.hpp"
#include "services/register_audit.hpp"
#include "services/register_rules.hpp"

namespace bb::services::import_detail {

namespace {

std::string duplicate_key(const std::string& name, std::optional<Id> municipality) {
  return domain::normalise_for_search(name) + "\x1f" + (municipality ? std::to_string(*municipality) : "");
}

class OrganisationRules final : public ImportRules {
 public:
  Result<void> load(storage::UnitOfWork& uow, Id region_id) override {
    if (auto r = municipalities_.load(uow, region_id); !r) return r;
    if (auto r = organisations_.load(uow, region_id); !r) return r;
    auto custom = uow.organisations().custom_types(region_id);
    if (!custom) return custom.error();
    type_keys_.insert(domain::kBuiltinOrganisationTypes.begin(), domain::kBuiltinOrganisationTypes.end());
    for (const auto& t : *custom) {
      type_keys_.insert(t.key);
      custom_by_label_[domain::normalise_for_search(t.label)] = t.key;
    }
    for (const auto& [id, o] : organisations_.all())
      existing_by_key_[duplicate_key(o.name, o.municipality_id)].push_back(id);
    return success();
  }

  bool check(ImportRow& row) override {
    Draft d;
    domain::Organisation& o = d.organisation;
    o.active = true;
    if (auto id_text = row.given("id")) {
      const auto id = parse_id(*id_text);
      const auto* found = id ? organisations_.find(*id) : nullptr;
      if (!found) {
        row.problem("id", "import.error.unknown_id", *id_text);
      } else {
        o = *found;
        d.update = true;
      }
    }
    if (auto v = row.value("name")) o.name = *v;
    if (auto v = row.value("type")) {
      if (v->empty()) {
        o.type.clear();
      } else if (type_keys_.contains(*v)) {
        o.type = *v;
      } else if (auto custom = custom_by_label_.find(domain::normalise_for_search(*v));
                 custom != custom_by_label_.end()) {
        o.type = custom->second;
      } else if (auto alias = row.alias_of("type", *v)) {
        o.type = *alias;
      } else {
        row.problem("type", "validation.organisation_type", *v);
      }
    }
    if (auto v = row.value("municipality")) {
      if (v->empty()) {
        o.municipality_id.reset();
      } else if (auto m = municipalities_.find(*v)) {
        o.municipality_id = m;
      } else {
        row.problem("municipality", "validation.municipality", *v);
      }
    }
    if (auto v = row.value("address")) o.address = *v;
    if (auto v = row.value("website")) o.website = *v;
    if (auto v = row.value("email")) o.email = *v;
    if (auto v = row.value("phone")) o.phone = *v;
    if (auto v = row.value("languages")) o.languages = domain::split_list(*v);
    if (auto v = row.value("tags")) o.tags = domain::split_list(*v);
    if (auto v = row.value("notes")) o.notes = *v;
    if (auto v = row.value("sector")) o.sector = *v;
    if (auto v = row.value("size")) {
      o.size = row.choice("size", *v, domain::parse_company_size);
    }
    for (const char* flag : {"active", "migrant_led", "may_train", "trains_now"}) {
      auto v = row.value(flag);
      if (!v) continue;
      const std::string_view f = flag;
      bool* target = f == "active"        ? &o.active
                     : f == "migrant_led" ? &o.migrant_led
                     : f == "may_train"   ? &o.may_train
                                          : &o.trains_now;
      if (f == "active" && v->empty()) continue;  // default: active
      if (auto b = parse_import_flag(*v)) {
        *target = *b;
      } else {
        row.problem(flag, "import.error.flag", *v);
      }
    }
    tidy(o);
    row.problems(domain::validate(o), {{"municipality_id", {"municipality"}}});
    if (!o.type.empty() && !type_keys_.contains(o.type) && !row.has_problem("type"))
      row.problem("type", "validation.organisation_type", o.type);
    row.set_name(o.name);
    if (!o.name.empty()) {
      const auto key = duplicate_key(o.name, o.municipality_id);
      if (auto first = in_file_.check(key, row.number())) {
        row.problem("name", "import.error.duplicate_in_file", std::to_string(*first));
        row.duplicate_of_row(*first);
      }
      if (auto found = existing_by_key_.find(key); found != existing_by_key_.end()) {
        for (Id other : found->second)
          if (!d.update || other != o.id) row.duplicate_in_register(organisations_.name_of(other));
      }
    }
    drafts_.push_back(std::move(d));
    return drafts_.back().update;
  }

  Result<void> write(storage::UnitOfWork& uow, const RegisterCaller& who, std::size_t index,
                     std::int64_t now) override {
    auto& o = drafts_[index].organisation;
    if (drafts_[index].update) {
      const auto before = audit_fields(*organisations_.find(o.id));
      const auto after = audit_fields(o);
      if (before == after) return success();
      auto updated = uow.organisations().update(who.region_id, o, now);
      if (!updated) return updated.error();
      return record_update(uow, who, "organisation", o.id, before, after, now);
    }
    auto id = uow.organisations().create(who.region_id, o, now);
    if (!id) return id.error();
    o.id = *id;
    o.region_id = who.region_id;
    o.created_at = o.updated_at = now;
    return record_audit(uow, who.actor,
                        {"create", "organisation", std::to_string(*id), {}, audit_fields(o), who.region_id}, now);
  }

 private:
  struct Draft {
    domain::Organisation organisation;
    bool update = false;
  };
  MunicipalityLookup municipalities_;
  OrganisationLookup organisations_;
  std::set<std::string> type_keys_;
  std::map<std::string, std::string> custom_by_label_;
  std::map<std::string, std::vector<Id>> existing_by_key_;
  InFileDuplicates in_file_;
  std::vector<Draft> drafts_;
};

}  // namespace

std::unique_ptr<ImportRules> organisation_rules() {
  return std::make_unique<OrganisationRules>();
}

}  // namespace bb::services::import_detail
