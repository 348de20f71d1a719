#pragma once
// The import engine's inside (services/import.hpp has the outside): what a kind describes and
// the helpers kinds share. Internal to bb_services.
//  - ImportRow: one row as a kind sees it: mapped values by field, problems by field (reported
//    on the field's column), likely duplicates.
//  - ImportRules: one kind: load what rows are checked against (once per import), check each
//    row into a draft, write the drafts (only called when no row was rejected).
//  - Lookups of references by name or id: municipalities, organisations (name + municipality,
//    or id), networks (name or id), loaded once per import, so a 50k-row file costs a handful
//    of queries, not 50k.
//  - InFileDuplicates: the first row of each duplicate key, so the later row can be rejected.

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/register.hpp"
#include "services/import.hpp"
#include "services/register_service.hpp"
#include "services/spreadsheet.hpp"
#include "storage/database.hpp"

namespace bb::services::import_detail {

using domain::Id;

class ImportRow {
 public:
  ImportRow(const Table& table, std::size_t index, const std::map<std::string, std::size_t>& column_of,
            const ImportOptions& options, ImportRowReport& report)
      : table_(table), index_(index), column_of_(column_of), options_(options), report_(report) {}

  std::size_t number() const { return report_.row; }
  bool mapped(std::string_view field) const { return column_of_.contains(std::string(field)); }
  // The trimmed cell of the field's column; nullopt if no column is mapped to the field.
  std::optional<std::string> value(std::string_view field) const;
  // The mapped, non-empty value, else nullopt.
  std::optional<std::string> given(std::string_view field) const;
  // The header of the field's column, or the field key if it has none.
  std::string column(std::string_view field) const;

  void problem(std::string_view field, std::string key, std::string detail = {});
  bool has_problem(std::string_view field) const;
  // Domain validation errors (domain field -> key). `fields_of` names the import fields that
  // feed a domain field (e.g. "organisation_id" <- organisation, organisation_id); the problem
  // goes to the first of them that has a column. A column with a problem already gets no second.
  void problems(const domain::FieldErrors& errors,
                const std::map<std::string, std::vector<std::string>>& fields_of = {});

  // A closed value: the key itself, or a spelling from ImportOptions::aliases[field]. nullopt
  // (and a problem "import.error.choice") for anything else; nullopt without a problem if empty.
  template <typename Parse>
  auto choice(std::string_view field, const std::string& text, Parse parse) -> decltype(parse(text)) {
    if (text.empty()) return std::nullopt;
    if (auto v = parse(text)) return v;
    if (auto alias = alias_of(field, text)) {
      if (auto v = parse(*alias)) return v;
    }
    problem(field, "import.error.choice", text);
    return std::nullopt;
  }
  std::optional<std::string> alias_of(std::string_view field, std::string_view text) const;
  // "YYYY-MM-DD" as is; "D.M.YYYY" (German Excel) converted; anything else unchanged (the
  // domain validation then names it).
  static std::string date(std::string_view text);

  ImportRowReport& report() { return report_; }
  void set_name(std::string name) { report_.name = std::move(name); }
  void duplicate_of_row(std::size_t row) { report_.duplicate_rows.push_back(row); }
  void duplicate_in_register(std::string name) { report_.duplicates.push_back(std::move(name)); }

 private:
  const Table& table_;
  std::size_t index_;
  const std::map<std::string, std::size_t>& column_of_;
  const ImportOptions& options_;
  ImportRowReport& report_;
};

class ImportRules {
 public:
  virtual ~ImportRules() = default;
  virtual Result<void> load(storage::UnitOfWork& uow, Id region_id) = 0;
  // Called once per row, in file order. Returns true if the row updates an existing record.
  virtual bool check(ImportRow& row) = 0;
  // Writes the draft of the index-th row (file order), with its audit entry.
  virtual Result<void> write(storage::UnitOfWork& uow, const RegisterCaller& who, std::size_t index,
                             std::int64_t now) = 0;
};

std::unique_ptr<ImportRules> organisation_rules();
std::unique_ptr<ImportRules> contact_rules();
std::unique_ptr<ImportRules> network_rules();
std::unique_ptr<ImportRules> membership_rules();
std::unique_ptr<ImportRules> tie_rules();

// ----- shared lookups ---------------------------------------------------------------------------

// "123" -> 123; nullopt for anything else.
std::optional<Id> parse_id(std::string_view text);

class MunicipalityLookup {
 public:
  Result<void> load(storage::UnitOfWork& uow, Id region_id);
  std::optional<Id> find(std::string_view name) const;  // by normalised name
  std::string name_of(Id id) const;

 private:
  std::map<std::string, Id> by_name_;
  std::map<Id, std::string> names_;
};

class OrganisationLookup {
 public:
  Result<void> load(storage::UnitOfWork& uow, Id region_id);
  const std::map<Id, domain::Organisation>& all() const { return by_id_; }
  const domain::Organisation* find(Id id) const;
  std::string name_of(Id id) const;
  // The organisation a row refers to, by `id_field`, or else by `name_field` (normalised name;
  // `municipality_field` narrows it down when several organisations share the name). Problems
  // (unknown id, unknown name, ambiguous name) go to the row. nullopt if nothing was given or
  // nothing was found.
  std::optional<Id> resolve(ImportRow& row, std::string_view id_field, std::string_view name_field,
                            std::string_view municipality_field, const MunicipalityLookup& municipalities) const;

 private:
  std::map<Id, domain::Organisation> by_id_;
  std::map<std::string, std::vector<Id>> by_name_;
};

class NetworkLookup {
 public:
  Result<void> load(storage::UnitOfWork& uow, Id region_id);
  const std::map<Id, domain::Network>& all() const { return by_id_; }
  const domain::Network* find(Id id) const;
  std::string name_of(Id id) const;
  std::optional<Id> resolve(ImportRow& row, std::string_view id_field, std::string_view name_field) const;

 private:
  std::map<Id, domain::Network> by_id_;
  std::map<std::string, std::vector<Id>> by_name_;
};

// The first row of each key; a later row with the same key is a duplicate within the file.
class InFileDuplicates {
 public:
  // The earlier row with that key, or nullopt (and the key is remembered for this row).
  std::optional<std::size_t> check(const std::string& key, std::size_t row);

 private:
  std::map<std::string, std::size_t> first_row_;
};

}  // namespace bb::services::import_detail
