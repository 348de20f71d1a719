#pragma once
// CSV import of the register (issue 3): organisations, contacts, networks, memberships and
// cooperation ties through ONE engine (services/import_engine.cpp). What differs per kind is
// its description (services/import_kinds.hpp): the fields a column can be mapped to, which are
// required, how a row becomes a record (values, references by name or id, validation), what
// counts as a likely duplicate, and how the record is written.
//
// The engine's guarantees, the same for every kind:
//  - the mapping is checked first (unknown field, a field on two columns, a required field on
//    none: invalid_input "import.error.mapping" with field -> reason);
//  - every row is checked before anything is written; the per-row report names row, column and
//    message for each problem, and flags likely duplicates (in the file: the later row is
//    rejected; already in the register: flagged only);
//  - only if no row is rejected and it is not a dry run are all rows written, each with its
//    audit entry, in ONE transaction: all or nothing;
//  - staff only (admins and staff of the region); partners may not import.

#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace bb::services {

enum class ImportKind { organisations, contacts, networks, memberships, ties };
inline constexpr std::array<ImportKind, 5> kImportKinds = {
    ImportKind::organisations, ImportKind::contacts, ImportKind::networks, ImportKind::memberships, ImportKind::ties};
// "organisations", "contacts", "networks", "memberships", "ties" (URLs, CLI, catalog keys).
std::string_view to_string(ImportKind kind);
std::optional<ImportKind> parse_import_kind(std::string_view text);

// One field a column can be mapped to. Catalog: "import.field.<key>" (shared by all kinds).
struct ImportField {
  std::string_view key;
  // Required alone, or one of a group of alternatives (e.g. "organisation" or "organisation_id"):
  // fields with the same non-empty `one_of` satisfy the requirement together.
  bool required = false;
  std::string_view one_of;
  // Usual German/English headings besides the key itself; compared after
  // domain::normalise_for_search, so "E-Mail", "e mail" and "EMAIL" are one.
  std::vector<std::string_view> headings;
};

const std::vector<ImportField>& import_fields(ImportKind kind);
bool is_import_field(ImportKind kind, std::string_view field);

// For each column the field it fills ("" = ignored), guessed from the header. A field is given
// to the first column that matches only.
std::vector<std::string> default_mapping(ImportKind kind, const std::vector<std::string>& header);

// "ja"/"nein", "yes"/"no", "1"/"0", "x"/"", "wahr"/"falsch", "true"/"false" (any case).
std::optional<bool> parse_import_flag(std::string_view text);

struct ImportProblem {
  std::string column;       // the header of the column (or the field key if it has no column)
  std::string message_key;  // catalog key; arguments {row} and {value} are `detail`
  std::string detail;       // e.g. the other row's number, the offending value
};

struct ImportRowReport {
  enum class Outcome { created, updated, rejected };
  std::size_t row = 0;  // as in the spreadsheet: the header is row 1
  std::string name;     // what the row is about, e.g. "IHK Hannover" or "IHK Hannover – Netzwerk X"
  Outcome outcome = Outcome::created;
  std::vector<ImportProblem> problems;      // why rejected
  std::vector<std::string> duplicates;      // likely duplicates already in the register (their names)
  std::vector<std::size_t> duplicate_rows;  // rows of the file that this row repeats
};

struct ImportReport {
  ImportKind kind = ImportKind::organisations;
  std::vector<ImportRowReport> rows;
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t rejected = 0;
  std::size_t flagged = 0;  // rows with likely duplicates
  bool committed = false;
};

struct ImportOptions {
  bool dry_run = true;
  // Further spellings of closed values: field -> (normalised label -> key), e.g. for "type" the
  // catalog's German and English names of the built-in organisation types, for "role" the
  // names of the membership roles (see web/import_aliases or the CLI; keys are always accepted).
  std::map<std::string, std::map<std::string, std::string>> aliases;
  // Called now and then with (rows done, rows in all) while checking ("check") and writing
  // ("write"); from the thread that runs the import.
  std::function<void(std::string_view phase, std::size_t done, std::size_t total)> progress;
};

}  // namespace bb::services

namespace bb::services {
// The organisation import's default mapping (kept for callers that predate the other kinds).
inline std::vector<std::string> default_organisation_mapping(const std::vector<std::string>& header) {
  return default_mapping(ImportKind::organisations, header);
}
}  // namespace bb::services
